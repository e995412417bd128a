/** Types of restrictionNotice.js (plain JavaScript for the browser; unit-tested from TypeScript). */
export const RESTRICTION_LANGUAGES: string[];
export function untilText(
  until: number,
  now: number,
  language: string | undefined,
  timeZone?: string,
): string;
export function restrictionNotice(
  language: string | undefined,
  standing: { block?: string; until: number; limited: boolean },
  now: number,
  timeZone?: string,
): { lang: string; text: string; closes: boolean; block: string } | undefined;
