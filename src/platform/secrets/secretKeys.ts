/**
 * Where the secret box's keys come from: `SWITCHBOARD_SECRET_KEY`, or a key generated once into
 * the data folder.
 *
 * Key-spec format (the value of `SWITCHBOARD_SECRET_KEY`, and the content of `secret.key`):
 *
 *     <key>[,<key>…]        where <key> is  [<id>:]<32 random bytes, as 64 hex digits or base64>
 *
 * - The FIRST key seals; every listed key opens. To rotate, put the new key first and keep the
 *   old ones after it until everything has been re-sealed.
 * - `<id>` is 1–32 of `A-Z a-z 0-9 _ -`. Without one, the id is derived from the key itself
 *   (`k` + 8 hex chars of its SHA-256), so a bare key keeps the same id when you later write it
 *   into a list: `new:BASE64NEW,BASE64OLD` still opens what `BASE64OLD` alone sealed.
 * - Hex is what `openssl rand -hex 32` prints (either case). Base64 may be standard or URL-safe,
 *   padded or not (`openssl rand -base64 32`). The two cannot be confused: 64 hex digits read as
 *   base64 would be 48 bytes, and base64 of 32 bytes is 43-44 characters. The same key written
 *   either way gets the same derived id.
 */
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "pino";
import { SecretBoxError } from "./secretBoxError.js";

/** One AES-256 key and the id sealed strings name it by. */
export interface SecretKey {
  id: string;
  key: Buffer;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
const HEX_KEY = /^[0-9a-fA-F]{64}$/;

/** File name of the generated key inside the data folder. */
export const SECRET_KEY_FILE = "secret.key";

/**
 * Parses a key spec (see the file comment). Throws `SecretBoxError` on a malformed spec; the
 * message names the entry's position, never its content.
 */
export function parseSecretKeys(spec: string): SecretKey[] {
  const entries = spec
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) throw new SecretBoxError("SWITCHBOARD_SECRET_KEY holds no key");
  const keys = entries.map((entry, index) => parseEntry(entry, index + 1));
  const ids = new Set<string>();
  for (const { id } of keys) {
    if (ids.has(id)) throw new SecretBoxError(`SWITCHBOARD_SECRET_KEY names key id "${id}" twice`);
    ids.add(id);
  }
  return keys;
}

function parseEntry(entry: string, position: number): SecretKey {
  const colon = entry.indexOf(":");
  const id = colon === -1 ? undefined : entry.slice(0, colon);
  const encoded = colon === -1 ? entry : entry.slice(colon + 1);
  if (id !== undefined && !KEY_ID.test(id)) {
    throw new SecretBoxError(`key #${position}: the id must be 1-32 of A-Z a-z 0-9 _ -`);
  }
  const key = decodeKey(encoded);
  if (key.length !== 32) {
    throw new SecretBoxError(`key #${position}: expected 32 bytes as 64 hex digits or as base64`);
  }
  return { id: id ?? fingerprint(key), key };
}

/** The key's bytes from hex or base64; empty when it is neither (the caller names the problem). */
function decodeKey(encoded: string): Buffer {
  if (HEX_KEY.test(encoded)) return Buffer.from(encoded, "hex");
  return BASE64.test(encoded) ? Buffer.from(encoded, "base64") : Buffer.alloc(0);
}

/** A stable id for a bare key. 32 bits of its hash: names the key, reveals nothing usable. */
function fingerprint(key: Buffer): string {
  return `k${createHash("sha256").update(key).digest("hex").slice(0, 8)}`;
}

/**
 * Reads `<dataDir>/secret.key`, or creates it (mode 0600, folder created) with a fresh random key.
 * Creation is logged once, with the path and key id but never the key.
 */
export function loadOrCreateKeyFile(dataDir: string, logger?: Logger): SecretKey[] {
  const path = join(dataDir, SECRET_KEY_FILE);
  mkdirSync(dataDir, { recursive: true });
  const spec = randomBytes(32).toString("base64");
  try {
    // `wx` fails when the file exists, so two processes starting together cannot both write one.
    writeFileSync(path, `${spec}\n`, { mode: 0o600, flag: "wx" });
    chmodSync(path, 0o600); // the umask may have narrowed `mode`; this makes it exact
    const keys = parseSecretKeys(spec);
    logger?.warn(
      { path, keyId: keys[0]?.id },
      "SWITCHBOARD_SECRET_KEY is not set: generated a secret key; back this file up, secrets at rest are unreadable without it",
    );
    return keys;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    logger?.warn({ path, mode: mode.toString(8) }, "secret key file is readable by others; chmod 600 it");
  }
  try {
    return parseSecretKeys(readFileSync(path, "utf8"));
  } catch (error) {
    if (!(error instanceof SecretBoxError)) throw error;
    throw new SecretBoxError(`${path}: ${error.message.replace("SWITCHBOARD_SECRET_KEY", "the key file")}`);
  }
}
