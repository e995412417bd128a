/**
 * Backend ids too long for a button's 64 bytes: the button carries a short reference (16
 * characters of the id's SHA-256), and the store maps it back. The mapping is written when the
 * id is first shown (`rememberIds`), read when a button is pressed (a callback field's `resolve`),
 * and has no expiry, so a button still works after a restart or months later. Not a secret: the
 * reference is derived from the id alone, so every bot and instance agrees on it.
 */
import { createHash } from "node:crypto";
import type { Storage } from "../platform/storage/storage.js";

/** Length of a reference, in base64url characters (96 bits). */
export const REF_LENGTH = 16;

const refKey = (ref: string) => `idref:${ref}`;

/** The short reference of `id`. */
export function refOf(id: string): string {
  return createHash("sha256").update(id).digest("base64url").slice(0, REF_LENGTH);
}

/** Makes the references of `ids` resolvable: one store round trip, whatever their number. */
export async function rememberIds(storage: Pick<Storage, "batch">, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  await storage.batch(unique.map((id) => ({ op: "set" as const, key: refKey(refOf(id)), value: id })));
}

/** The id behind `ref`, or undefined when it was never remembered. */
export async function resolveRef(storage: Pick<Storage, "get">, ref: string): Promise<string | undefined> {
  const id = await storage.get<string>(refKey(ref));
  // A hash collision, or a value written by something else: never act on another id.
  return typeof id === "string" && refOf(id) === ref ? id : undefined;
}
