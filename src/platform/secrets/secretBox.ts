import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { Logger } from "pino";
import { SecretBoxError } from "./secretBoxError.js";
import { loadOrCreateKeyFile, parseSecretKeys, type SecretKey } from "./secretKeys.js";

export { SecretBoxError } from "./secretBoxError.js";

/**
 * Encrypts secrets at rest (AES-256-GCM). A sealed string carries the id of the key that sealed
 * it, so keys can be rotated: the current key seals, every known key opens.
 * Opening a tampered or foreign ciphertext throws `SecretBoxError`, never returns garbage.
 */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
  /** Id of the key new seals use. */
  readonly keyId: string;
}

export interface CreateSecretBoxOptions {
  /**
   * `SWITCHBOARD_SECRET_KEY`: one 32-byte key (64 hex digits or base64), or a list
   * `id1:key1,id2:key2` whose first key seals and all open (format in `secretKeys.ts`). Absent or empty: the key in
   * `<dataDir>/secret.key`, generated on first start.
   */
  keys?: string;
  /** The data folder (created when missing); holds `secret.key` when `keys` is absent. */
  dataDir: string;
  logger?: Logger;
}

/** Version tag of the sealed format: `sb1.<keyId>.<iv>.<ciphertext+tag>`, parts base64url. */
const FORMAT = "sb1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Makes the process's secret box from `SWITCHBOARD_SECRET_KEY` or the data folder's key file. */
export function createSecretBox(options: CreateSecretBoxOptions): SecretBox {
  const spec = options.keys?.trim();
  const keys = spec ? parseSecretKeys(spec) : loadOrCreateKeyFile(options.dataDir, options.logger);
  return secretBoxFromKeys(keys);
}

/** A secret box over already-parsed keys; the first seals. */
export function secretBoxFromKeys(keys: readonly SecretKey[]): SecretBox {
  const sealing = keys[0];
  if (!sealing) throw new SecretBoxError("a secret box needs at least one key");
  const byId = new Map(keys.map((k) => [k.id, k.key]));

  return {
    keyId: sealing.id,
    seal(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", sealing.key, iv);
      // The header is authenticated too, so a ciphertext cannot be relabelled with another key id.
      cipher.setAAD(Buffer.from(`${FORMAT}.${sealing.id}`));
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
      return [FORMAT, sealing.id, iv.toString("base64url"), body.toString("base64url")].join(".");
    },
    open(sealed) {
      const parts = sealed.split(".");
      const [format, keyId, ivText, bodyText] = parts;
      if (parts.length !== 4 || format !== FORMAT || !keyId || !ivText || !bodyText) {
        throw new SecretBoxError("not a sealed secret (expected sb1.<keyId>.<iv>.<data>)");
      }
      const key = byId.get(keyId);
      if (!key) throw new SecretBoxError(`sealed with unknown key id "${keyId}"`);
      const iv = Buffer.from(ivText, "base64url");
      const body = Buffer.from(bodyText, "base64url");
      if (iv.length !== IV_BYTES || body.length < TAG_BYTES)
        throw new SecretBoxError("sealed secret is truncated");
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, iv);
        decipher.setAAD(Buffer.from(`${FORMAT}.${keyId}`));
        decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
        return Buffer.concat([
          decipher.update(body.subarray(0, body.length - TAG_BYTES)),
          decipher.final(),
        ]).toString("utf8");
      } catch {
        // GCM reports tampering and a wrong key alike; neither must leak which byte was wrong.
        throw new SecretBoxError(
          `sealed secret failed authentication (tampered, or key "${keyId}" is not the one that sealed it)`,
        );
      }
    },
  };
}
