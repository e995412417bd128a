/**
 * Whether a user may act on a group from a private chat (a report's buttons, the settings menu):
 * an admin of the group now, with the right the action needs. Asked on every press, through the
 * platform's admin cache (kept current by member updates); a "no" from the cache is checked once
 * more against a list at most 10 s old, so a promotion counts at once and a demotion never lets
 * anyone through. A group the bot has left answers `gone`.
 */
import { GrammyError } from "grammy";
import { type AdminRight, rightsOf } from "../../../platform/groups/index.js";
import type { Moderation } from "../runtime.js";

export type Access = "admin" | "not-admin" | "lacks-right" | "gone";

export async function adminAccess(
  mod: Moderation,
  chatId: number,
  userId: number,
  right?: AdminRight,
): Promise<Access> {
  const holds = (entry: Awaited<ReturnType<Moderation["admins"]["admin"]>>) =>
    entry !== undefined && (right === undefined || rightsOf(entry)[right]);
  try {
    let entry = await mod.admins.admin(chatId, userId);
    if (!holds(entry)) entry = await mod.admins.admin(chatId, userId, { maxAgeMs: 10_000 });
    if (!entry) return "not-admin";
    return holds(entry) ? "admin" : "lacks-right";
  } catch (error) {
    // Telegram refuses the admin list of a chat the bot is not in (any more).
    if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) return "gone";
    throw error;
  }
}
