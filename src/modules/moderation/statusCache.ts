/**
 * Members' status as API V2 answered it, kept 30 s in this instance's memory (the seed's status
 * cache, which the original defined and never used): opening a panel or `/info` for a member just
 * looked at costs no request. Every action the bot records refreshes the entry from API V2's own
 * answer (an enforcement answer carries the member's status after it), or forgets it when the
 * record is pending, so what a panel shows right after an action is API V2's state after it; a
 * group action (lockdown, night mode) forgets the group's entries. The panel's Refresh reads API
 * V2 again. Another instance's action shows here within the TTL.
 */
import type { ApiV2Client } from "./apiV2Client.js";
import type { UserStatus } from "./apiV2Schemas.js";

export const STATUS_TTL_MS = 30_000;
/** Entries kept per instance; the oldest group is dropped beyond it. */
const MAX_GROUPS = 10_000;

export interface StatusCache {
  /** The member's status: from memory when younger than the TTL (unless `fresh`), else API V2. */
  get(groupId: number, userId: number, options?: { fresh?: boolean }): Promise<UserStatus>;
  /** Keeps a status API V2 just answered. */
  remember(status: UserStatus): void;
  forget(groupId: number, userId: number): void;
  /** Forgets every member of the group (its lockdown or night mode changed). */
  forgetGroup(groupId: number): void;
}

export function statusCache(options: {
  api: Pick<ApiV2Client, "status">;
  now: () => number;
  ttlMs?: number;
}): StatusCache {
  const ttlMs = options.ttlMs ?? STATUS_TTL_MS;
  const groups = new Map<number, Map<number, { status: UserStatus; at: number }>>();

  const remember = (status: UserStatus): void => {
    let members = groups.get(status.group_id);
    if (!members) {
      if (groups.size >= MAX_GROUPS) groups.delete(groups.keys().next().value as number);
      members = new Map();
      groups.set(status.group_id, members);
    }
    members.set(status.user_id, { status, at: options.now() });
  };

  return {
    async get(groupId, userId, { fresh = false } = {}) {
      const entry = groups.get(groupId)?.get(userId);
      if (!fresh && entry && options.now() - entry.at < ttlMs) return entry.status;
      const status = await options.api.status(groupId, userId);
      remember(status);
      return status;
    },
    remember,
    forget: (groupId, userId) => void groups.get(groupId)?.delete(userId),
    forgetGroup: (groupId) => void groups.delete(groupId),
  };
}
