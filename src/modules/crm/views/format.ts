/**
 * Small pieces every crm view shares: times as people read them, a role's localized name, the
 * reply options. Times are shown in UTC with the zone said, as netmon does: the bot cannot know
 * each admin's time zone.
 */
import type { BotContext } from "../../../kernel/context.js";
import { cut } from "../../../kernel/html.js";
import { isRole } from "../domain/rbac.js";

export const HTML = { parse_mode: "HTML" } as const;

export type Translate = BotContext["t"];

const pad = (n: number) => String(n).padStart(2, "0");

/** `2025-12-05 21:48 UTC`. */
export function formatUtc(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/**
 * A backend time (ISO 8601; FastAPI may leave out the zone, which then means UTC) as
 * `formatUtc` writes it; what does not parse is shown cut, as given.
 */
export function formatBackendTime(iso: string | undefined): string {
  if (!iso) return "—";
  const zoned = /([zZ]|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? cut(iso, 32) : formatUtc(ms);
}

/** The role's name in the user's language; a role the bot does not know, as the backend wrote it. */
export function roleName(t: Translate, role: string): string {
  return isRole(role) ? t(`crm-role-${role.replace(/_/g, "-")}`) : cut(role, 32);
}
