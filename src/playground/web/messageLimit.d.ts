/** Types of messageLimit.js (plain JavaScript for the browser; unit-tested from TypeScript). */
export const TEXT_LIMIT: number;
export const COUNTER_FROM: number;
export const NOTICE_LANGUAGES: string[];
export function formatCount(count: number, language: string | undefined): string;
export function tooLongNotice(language: string | undefined, length: number): { lang: string; text: string };
export function counterText(language: string | undefined, length: number): string | undefined;
