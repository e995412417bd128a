/**
 * Links between Telegram users and ERP accounts, on the platform token vault: the link (who, and
 * the rotating refresh token) is the vault's credentials, the access token its token, both sealed
 * in one value per Telegram user. So tokens are unreadable at rest, survive restarts, are renewed
 * through refresh-token shortly before they expire (or after a 401), once across instances, and a
 * rotated refresh token is stored with its access token in one write.
 *
 * One Telegram account holds one ERP account (the vault's key), and one ERP account is held by one
 * Telegram account: an owner index (`owner:<server>:<erp user>`) says which. A set lists every
 * linked Telegram user for the hourly clean-up.
 */
import { BackendError } from "../../../platform/http/backendError.js";
import type { SecretBox } from "../../../platform/secrets/secretBox.js";
import type { Storage } from "../../../platform/storage/storage.js";
import {
  createTokenVault,
  settleVaultFailure,
  type TokenVault,
} from "../../../platform/tokens/tokenVault.js";
import type { ErpClient } from "../erpClient.js";
import type { TokenPair } from "../erpSchemas.js";
import { NotLinkedError } from "./notLinkedError.js";

/** What the bot keeps of a link (sealed). */
export interface ErpLink {
  erpUserId: number;
  email: string;
  name: string;
  serverId: string;
  refreshToken: string;
  /** Epoch ms. */
  linkedAt: number;
  /** The user's language when they linked: for messages the bot sends them unasked. */
  language: string;
}

export interface LinkStoreOptions {
  storage: Storage;
  secrets: SecretBox;
  key: (...parts: Array<string | number>) => string;
  client: ErpClient;
  /** The backend's name in errors (the client's). */
  backend: string;
  now: () => number;
  /** How long one refresh may take across instances (above the HTTP timeout). */
  leaseMs: number;
}

/** A refusal of the link's tokens by the backend: the user must link again. */
const isRefusal = (error: unknown) =>
  error instanceof BackendError &&
  (error.kind === "unauthorized" || error.kind === "forbidden" || error.kind === "not_found");

export class LinkStore {
  private readonly vault: TokenVault<ErpLink>;

  constructor(private readonly options: LinkStoreOptions) {
    this.vault = createTokenVault<ErpLink>({
      storage: options.storage,
      secrets: options.secrets,
      keyPrefix: options.key(""),
      refresh: async (link) => {
        const pair = await options.client.refresh(link.refreshToken);
        const credentials: ErpLink = {
          ...link,
          email: pair.user.email,
          name: pair.user.name,
          refreshToken: pair.refresh_token,
        };
        return { ...this.token(pair), credentials };
      },
      isCredentialFailure: isRefusal,
      now: options.now,
      leaseMs: options.leaseMs,
    });
  }

  /** The key the kernel prefetches for commands and buttons. */
  recordKey(telegramUserId: number): string {
    return this.vault.recordKey(telegramUserId);
  }

  private ownerKey = (serverId: string, erpUserId: number) => this.options.key("owner", serverId, erpUserId);
  private get indexKey() {
    return this.options.key("links");
  }

  private token(pair: TokenPair) {
    return { token: pair.access_token, expiresAt: this.options.now() + pair.expires_in * 1000 };
  }

  /** The user's link, or undefined (none, or no longer readable). */
  get(telegramUserId: number): Promise<ErpLink | undefined> {
    return this.vault.get(telegramUserId);
  }

  /** The Telegram user holding an ERP account on this bot, if any. */
  async ownerOf(serverId: string, erpUserId: number): Promise<number | undefined> {
    return this.options.storage.get<number>(this.ownerKey(serverId, erpUserId));
  }

  /** Stores the link verify-user just granted, replacing the user's earlier one. */
  async put(telegramUserId: number, pair: TokenPair, serverId: string, language: string): Promise<ErpLink> {
    const link: ErpLink = {
      erpUserId: pair.user.id,
      email: pair.user.email,
      name: pair.user.name,
      serverId,
      refreshToken: pair.refresh_token,
      linkedAt: this.options.now(),
      language,
    };
    await this.vault.put(telegramUserId, link, this.token(pair));
    await this.options.storage.set(this.ownerKey(serverId, link.erpUserId), telegramUserId);
    await this.options.storage.addToSet(this.indexKey, String(telegramUserId));
    return link;
  }

  /** Forgets the user's link here (the backend's unlink is the caller's); the link that was. */
  async end(telegramUserId: number): Promise<ErpLink | undefined> {
    const link = await this.vault.get(telegramUserId);
    await this.vault.delete(telegramUserId);
    await this.options.storage.removeFromSet(this.indexKey, String(telegramUserId));
    if (link && (await this.ownerOf(link.serverId, link.erpUserId)) === telegramUserId)
      await this.options.storage.delete(this.ownerKey(link.serverId, link.erpUserId));
    return link;
  }

  /** Every Telegram user with a link (or a record the clean-up has yet to look at). */
  async linkedUsers(): Promise<number[]> {
    return (await this.options.storage.members(this.indexKey)).map(Number);
  }

  /**
   * Runs `call` with the user's access token: renewed first when it is due, and once more after
   * a 401. No link, or a link whose tokens the backend refuses (revoked, user disabled), throws
   * `NotLinkedError` (a refused link is forgotten here); other failures are the backend's
   * `BackendError`. `call` may run twice: use it for requests safe to repeat.
   */
  async authorized<T>(telegramUserId: number, call: (token: string) => Promise<T>): Promise<T> {
    if (!(await this.vault.has(telegramUserId))) throw new NotLinkedError("not_linked");
    try {
      return await this.vault.withToken(telegramUserId, call);
    } catch (error) {
      throw await this.settle(telegramUserId, error);
    }
  }

  /** What a failure means: the sign-in ended (it is dropped) or the backend's error to tell. */
  private async settle(telegramUserId: number, error: unknown): Promise<unknown> {
    const outcome = settleVaultFailure(error, this.options.backend);
    if (!outcome.ended) return outcome.error;
    await this.end(telegramUserId);
    return new NotLinkedError(outcome.never ? "not_linked" : "ended");
  }
}
