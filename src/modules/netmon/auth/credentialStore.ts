/**
 * A Telegram user's Plume credentials, sealed with the secret box (AES-256-GCM) in storage:
 * they survive restarts, are shared by instances, and are never readable at rest.
 */
import type { SecretBox } from "../../../platform/secrets/secretBox.js";
import type { Storage } from "../../../platform/storage/storage.js";
import type { NetmonKeys } from "../storageKeys.js";

export interface PlumeCredentials {
  /** `Basic <base64(client_id:client_secret)>`, as the token endpoint wants it. */
  authorization: string;
  partnerId: string;
  /** Epoch ms of /setup. */
  savedAt: number;
}

export class CredentialStore {
  constructor(
    private readonly storage: Storage,
    private readonly secrets: SecretBox,
    private readonly keys: NetmonKeys,
  ) {}

  async save(userId: number, credentials: PlumeCredentials): Promise<void> {
    await this.storage.set(this.keys.credentials(userId), this.secrets.seal(JSON.stringify(credentials)));
  }

  /** The user's credentials, or undefined when none are stored (or they no longer open). */
  async load(userId: number): Promise<PlumeCredentials | undefined> {
    const sealed = await this.storage.get<string>(this.keys.credentials(userId));
    if (typeof sealed !== "string") return undefined;
    try {
      return JSON.parse(this.secrets.open(sealed)) as PlumeCredentials;
    } catch {
      // Sealed with a key that is gone: as good as absent; the user runs /setup again.
      return undefined;
    }
  }

  async has(userId: number): Promise<boolean> {
    return (await this.storage.get(this.keys.credentials(userId))) !== undefined;
  }

  async forget(userId: number): Promise<boolean> {
    return this.storage.delete(this.keys.credentials(userId));
  }
}
