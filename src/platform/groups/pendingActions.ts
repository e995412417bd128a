import { randomBytes } from "node:crypto";
import type { Storage } from "../storage/storage.js";

/** Length of a pending action's id: 12 random bytes in base64url (96 bits, unguessable). */
export const PENDING_ID_LENGTH = 16;

/** An action waiting for an admin to confirm who they are. Stored as JSON. */
export interface PendingAction {
  /** The name the module registered the action under. */
  action: string;
  /** The action's arguments, validated again with the action's schema when confirmed. */
  payload: unknown;
  /** The group the action applies to: the confirming admin must be an admin there. */
  chatId: number;
  /** What the admin ran, for the texts ("/ban"). */
  label: string;
  createdAt: number;
}

export type PendingState =
  | { state: "pending"; pending: PendingAction }
  | { state: "used"; by: number }
  | { state: "expired" };

export interface PendingActionsOptions {
  storage: Storage;
  /** Key namespace, e.g. `<bot>:<callback prefix>`. */
  scope: string;
  /** How long a confirmation can be given. */
  ttlMs: number;
  /** How long a used confirmation is remembered, so a late press says "already done". */
  usedTtlMs: number;
  now: () => number;
}

/**
 * Pending actions in the storage (`anon:<scope>:<id>`), so a button still works after a restart
 * or on another instance, and single use across all of them: `claim` is a `setIfAbsent` of a
 * used-marker (`anon-used:<scope>:<id>`), which exactly one presser wins.
 */
export function pendingActions(options: PendingActionsOptions) {
  const { storage, scope, ttlMs, usedTtlMs, now } = options;
  const pendingKey = (id: string) => `anon:${scope}:${id}`;
  const usedKey = (id: string) => `anon-used:${scope}:${id}`;

  return {
    /** Stores the action and returns its id (for the button). */
    async create(pending: Omit<PendingAction, "createdAt">): Promise<string> {
      const id = randomBytes(12).toString("base64url");
      await storage.set(pendingKey(id), { ...pending, createdAt: now() } satisfies PendingAction, ttlMs);
      return id;
    },

    async read(id: string): Promise<PendingState> {
      const used = await storage.get<{ by: number }>(usedKey(id));
      if (used) return { state: "used", by: used.by };
      const pending = await storage.get<PendingAction>(pendingKey(id));
      return pending ? { state: "pending", pending } : { state: "expired" };
    },

    /** True for the one caller that gets to run the action; false when someone already did. */
    async claim(id: string, userId: number): Promise<boolean> {
      const won = await storage.setIfAbsent(usedKey(id), { by: userId, at: now() }, usedTtlMs);
      if (won) await storage.delete(pendingKey(id));
      return won;
    },
  };
}
