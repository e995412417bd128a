/**
 * Alert subscriptions: a chat (private or group) watching a location, polled with the
 * credentials of the user who subscribed it. Each subscription keeps the conditions it last
 * saw and the alert message of each open one, so a restart neither repeats alerts nor forgets
 * to mark them resolved.
 */
import type { Storage } from "../../../platform/storage/storage.js";
import type { NetmonKeys } from "../storageKeys.js";
import type { ConditionKind } from "./conditions.js";

/** A condition seen at the last poll, and the message that announced it (if one was sent). */
export interface OpenCondition {
  kind: ConditionKind;
  /** Pod name or service level, as shown in the alert. */
  label: string;
  since: number;
  messageId: number | null;
}

export interface Subscription {
  chatId: number;
  customerId: string;
  locationId: string;
  locationName: string;
  /** Whose credentials poll the location. */
  ownerUserId: number;
  /** Language of the alerts (the subscriber's, at the time). */
  language: string;
  createdAt: number;
  /** No new alert messages before this (epoch ms). */
  silencedUntil?: number;
  /** Absent until the first poll: that poll only records the baseline. */
  conditions?: Record<string, OpenCondition>;
  /** Set while polling cannot work (credentials refused, location gone), so the chat is told once. */
  paused?: "credentials" | "not_found";
}

export interface DigestSetting {
  chatId: number;
  /** UTC hour, 0–23. */
  hour: number;
  language: string;
  /** `YYYY-MM-DD` of the last digest sent. */
  lastSentDay?: string;
}

export class SubscriptionStore {
  constructor(
    private readonly storage: Storage,
    private readonly keys: NetmonKeys,
  ) {}

  get(chatId: number, locationId: string): Promise<Subscription | undefined> {
    return this.storage.get<Subscription>(this.keys.subscription(chatId, locationId));
  }

  async save(subscription: Subscription): Promise<void> {
    await this.storage.set(
      this.keys.subscription(subscription.chatId, subscription.locationId),
      subscription,
    );
  }

  /**
   * Writes a poll's result only if the subscription still exists: a chat that unsubscribed while
   * the poll ran must not be brought back.
   */
  async update(subscription: Subscription): Promise<boolean> {
    if (!(await this.get(subscription.chatId, subscription.locationId))) return false;
    await this.save(subscription);
    return true;
  }

  async remove(chatId: number, locationId: string): Promise<boolean> {
    return this.storage.delete(this.keys.subscription(chatId, locationId));
  }

  async ofChat(chatId: number): Promise<Subscription[]> {
    return this.read(await this.storage.listKeys(this.keys.subscriptionsOfChat(chatId)));
  }

  async all(): Promise<Subscription[]> {
    return this.read(await this.storage.listKeys(this.keys.allSubscriptions()));
  }

  async ofOwner(userId: number): Promise<Subscription[]> {
    return (await this.all()).filter((s) => s.ownerUserId === userId);
  }

  getDigest(chatId: number): Promise<DigestSetting | undefined> {
    return this.storage.get<DigestSetting>(this.keys.digest(chatId));
  }

  async setDigest(setting: DigestSetting): Promise<void> {
    await this.storage.set(this.keys.digest(setting.chatId), setting);
  }

  async removeDigest(chatId: number): Promise<void> {
    await this.storage.delete(this.keys.digest(chatId));
  }

  async allDigests(): Promise<DigestSetting[]> {
    const keys = await this.storage.listKeys(this.keys.allDigests());
    const values = await Promise.all(keys.map((key) => this.storage.get<DigestSetting>(key)));
    return values.filter((v): v is DigestSetting => v !== undefined);
  }

  private async read(keys: string[]): Promise<Subscription[]> {
    const values = await Promise.all(keys.map((key) => this.storage.get<Subscription>(key)));
    return values.filter((v): v is Subscription => v !== undefined);
  }
}
