/**
 * The members the bot has seen in each group, by @username: what lets an admin name a target as
 * `/ban @ann` (Telegram's Bot API cannot look a username up). Fed from every ordinary message,
 * `chat_member` update and join the module sees, so it costs a map lookup per message; the store
 * is written only when a username is new to this instance, changed hands, or its entry is due a
 * refresh, so other instances and restarts find it too.
 *
 * A username names whoever was last seen with it in the group: a member who changed theirs is
 * still found under the old one until someone else is seen with it, so a caller acting on the
 * answer should confirm it (getChatMember shows the member's current username).
 */
import type { User } from "grammy/types";
import type { Logger } from "pino";
import type { Storage } from "../../platform/storage/storage.js";
import { nameOf } from "./views.js";

/** A member as last seen. */
export interface SeenMember {
  id: number;
  name: string;
  /** Without the @, as they spell it. */
  username: string;
}

interface Stored extends SeenMember {
  /** When this entry was written (ms): it is written again after `REFRESH_MS`. */
  writtenAt: number;
}

/** The text of `lookup` finding nobody: "I have not seen @x in this group" (variable `username`). */
export const NOT_SEEN_KEY = "mod-target-not-seen";

/** Entries live this long in the store past their last write… */
const STORED_TTL_MS = 180 * 86_400_000;
/** …and a member still seen is written again after this, so an active one never expires. */
const REFRESH_MS = 30 * 86_400_000;
/** Entries held in memory; the oldest written leave first (a member seen again is written again). */
const DEFAULT_CAPACITY = 50_000;

export interface MemberDirectory {
  /**
   * Remembers `user` as seen in `chatId`. Nothing for bots or users without a username; a store
   * write only when the entry is new here, changed, or due a refresh.
   */
  see(chatId: number, user: User): Promise<void>;
  /** The member last seen in `chatId` as `username` (with or without the @, any case), or undefined. */
  lookup(chatId: number, username: string): Promise<SeenMember | undefined>;
}

export function memberDirectory(deps: {
  storage: Storage;
  /** A storage key of the module instance. */
  key: (...parts: Array<string | number>) => string;
  now: () => number;
  logger: Pick<Logger, "warn">;
  capacity?: number;
}): MemberDirectory {
  const { storage, key, now, logger } = deps;
  const capacity = deps.capacity ?? DEFAULT_CAPACITY;
  const known = new Map<string, Stored>();
  const memoryKey = (chatId: number, lower: string) => `${chatId}:${lower}`;

  const keep = (at: string, entry: Stored) => {
    known.delete(at);
    known.set(at, entry);
    // Insertion order is write order: the first key is the longest unwritten.
    if (known.size > capacity) known.delete(known.keys().next().value as string);
  };

  return {
    async see(chatId, user) {
      if (user.is_bot || !user.username) return;
      const lower = user.username.toLowerCase();
      const at = memoryKey(chatId, lower);
      const name = nameOf(user);
      const held = known.get(at);
      const time = now();
      if (
        held &&
        held.id === user.id &&
        held.name === name &&
        held.username === user.username &&
        time - held.writtenAt < REFRESH_MS
      ) {
        return;
      }
      const entry: Stored = { id: user.id, name, username: user.username, writtenAt: time };
      keep(at, entry);
      try {
        await storage.set(key("member", chatId, lower), entry, STORED_TTL_MS);
      } catch (error) {
        // Not kept as written: the next message of theirs tries again.
        known.delete(at);
        logger.warn({ err: error, chatId }, "moderation: member directory write failed");
      }
    },

    async lookup(chatId, username) {
      const lower = username.replace(/^@/, "").toLowerCase();
      const at = memoryKey(chatId, lower);
      let entry = known.get(at);
      if (!entry) {
        entry = await storage.get<Stored>(key("member", chatId, lower));
        if (entry) keep(at, entry);
      }
      return entry ? { id: entry.id, name: entry.name, username: entry.username } : undefined;
    },
  };
}
