/**
 * A member's status as the bot's admin panel shows it (the seed's fields): restrictions in force
 * by the backend's clock, the warnings that count (a number), the group's lockdown and night mode,
 * and the time of the newest log entry about them.
 */
import type { Kysely } from "kysely";
import { lastActionAt } from "./actionLogStore.js";
import { isoOrNull } from "./commonSchemas.js";
import type { ApiV2Database } from "./db/schema.js";
import { readGroup, settingsOf } from "./groupStore.js";
import { RESTRICTION_KINDS, type UserStatus } from "./moderationSchemas.js";
import { restrictionsInForce } from "./restrictionStore.js";
import { countingWarnings } from "./warningStore.js";

export async function userStatus(
  db: Kysely<ApiV2Database>,
  groupId: number,
  userId: number,
  now: number,
): Promise<UserStatus> {
  const group = await readGroup(db, groupId);
  const settings = settingsOf(group);
  const restrictions = await restrictionsInForce(db, groupId, userId, now);
  const warnings = await countingWarnings(db, groupId, userId, now, settings.warnings.expiry);
  const until = (kind: (typeof RESTRICTION_KINDS)[number]) =>
    isoOrNull(restrictions.get(kind)?.until ?? null);
  return {
    user_id: userId,
    group_id: groupId,
    is_muted: restrictions.has("mute"),
    is_banned: restrictions.has("ban"),
    has_warnings: warnings.length,
    warning_limit: settings.warnings.limit,
    is_restricted: restrictions.has("restrict"),
    is_locked_down: group?.lockdown === 1,
    night_mode_enabled: settings.night_mode.enabled,
    last_action: isoOrNull(await lastActionAt(db, groupId, userId)),
    active_actions: [
      ...RESTRICTION_KINDS.filter((kind) => restrictions.has(kind)),
      ...(warnings.length > 0 ? (["warn"] as const) : []),
    ],
    banned_until: until("ban"),
    muted_until: until("mute"),
    restricted_until: until("restrict"),
  };
}
