/**
 * grammY's session and conversations plugins, persisted on our Storage. With these, a user's
 * session and a half-finished conversation survive a restart (and move between instances on Redis),
 * and nothing about them lives in the heap between updates.
 */
import type { ConversationData, ConversationKeyStorage, VersionedState } from "@grammyjs/conversations";
import type { Context, StorageAdapter } from "grammy";
import type { Storage } from "./storage.js";

/**
 * A grammY `StorageAdapter` for `session({ storage })`. Session keys (by default the chat id)
 * are stored as `<prefix><key>`; give each bot its own prefix, e.g. `session:netmon:`.
 *
 * `ttlMs` makes an untouched session expire (every write renews it), which keeps a store that
 * serves many users from growing forever. Values must be JSON-serialisable: a `Date` in a session
 * comes back as a string.
 *
 * grammY writes a session back after every update that read it. Without a TTL to renew, a write
 * of exactly what was read is skipped: one store write less per update, and on a shared store it
 * cannot overwrite another instance's newer value with a stale copy.
 */
export function storageSessionAdapter<T>(
  storage: Storage,
  prefix: string,
  ttlMs?: number,
): StorageAdapter<T> {
  // Serialized values as read, until written back; sequentialize keeps one update per key at a time.
  const asRead = new Map<string, string>();
  return {
    read: async (key) => {
      const value = await storage.get<T>(`${prefix}${key}`);
      if (ttlMs === undefined) {
        // Only a memory of updates in flight; if writes never come (errors), start over.
        if (asRead.size >= 10_000) asRead.clear();
        asRead.set(key, JSON.stringify(value ?? null));
      }
      return value;
    },
    write: async (key, value) => {
      const before = asRead.get(key);
      asRead.delete(key);
      if (before !== undefined && before === JSON.stringify(value)) return;
      await storage.set(`${prefix}${key}`, value, ttlMs);
    },
    delete: async (key) => {
      await storage.delete(`${prefix}${key}`);
    },
    has: async (key) => (await storage.get(`${prefix}${key}`)) !== undefined,
  };
}

/** Options for {@link storageConversationStorage}. */
export interface ConversationStorageOptions<C extends Context> {
  /**
   * The conversations' code version. Bump it when a conversation's steps change: the plugin then
   * discards stored states recorded by the old code instead of replaying them into the new one.
   */
  version?: string | number;
  /** Expire idle conversation state (renewed on every write). Default: never. */
  ttlMs?: number;
  /** Which key a context's state lives under; the plugin's default is the chat id. */
  getStorageKey?(ctx: C): string | undefined;
}

/**
 * Storage for `conversations({ storage })` (grammY conversations v2). State is stored as
 * `<prefix><chat id>`, e.g. `conversation:netmon:42`, versioned so stale replay logs are dropped
 * when `version` changes.
 */
export function storageConversationStorage<C extends Context>(
  storage: Storage,
  prefix: string,
  options: ConversationStorageOptions<C> = {},
): ConversationKeyStorage<C, ConversationData> {
  const { version, ttlMs, getStorageKey } = options;
  return {
    type: "key",
    ...(version === undefined ? {} : { version }),
    ...(getStorageKey ? { getStorageKey } : {}),
    adapter: {
      read: (key) => storage.get<VersionedState<ConversationData>>(`${prefix}${key}`),
      write: (key, state) => storage.set(`${prefix}${key}`, state, ttlMs),
      delete: async (key) => {
        await storage.delete(`${prefix}${key}`);
      },
    },
  };
}
