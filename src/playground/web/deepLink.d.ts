/** Types of deepLink.js (plain JavaScript for the browser; unit-tested from TypeScript). */
export function deepLinkFrom(search: string): { bot: string; payload: string } | undefined;
