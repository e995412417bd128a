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

/**
 * Subscriptions and digests, each collection listed by an index (a storage set) rather than a key
 * scan. Writes touch the index first: a listed entry that is gone is skipped, an entry missing
 * from the index would never be polled.
 */
export class SubscriptionStore {
  private indexed: Promise<void> | undefined;

  constructor(
    private readonly storage: Storage,
    private readonly keys: NetmonKeys,
  ) {}

  get(chatId: number, locationId: string): Promise<Subscription | undefined> {
    return this.storage.get<Subscription>(this.keys.subscription(chatId, locationId));
  }

  async save(subscription: Subscription): Promise<void> {
    const { chatId, locationId } = subscription;
    await this.storage.addToSet(this.keys.subscriptionIndex(), `${chatId}:${locationId}`);
    await this.storage.set(this.keys.subscription(chatId, locationId), subscription);
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
    const removed = await this.storage.delete(this.keys.subscription(chatId, locationId));
    await this.storage.removeFromSet(this.keys.subscriptionIndex(), `${chatId}:${locationId}`);
    return removed;
  }

  async ofChat(chatId: number): Promise<Subscription[]> {
    const members = await this.subscriptionMembers();
    return this.readSubscriptions(members.filter((m) => m.startsWith(`${chatId}:`)));
  }

  async all(): Promise<Subscription[]> {
    return this.readSubscriptions(await this.subscriptionMembers());
  }

  async ofOwner(userId: number): Promise<Subscription[]> {
    return (await this.all()).filter((s) => s.ownerUserId === userId);
  }

  getDigest(chatId: number): Promise<DigestSetting | undefined> {
    return this.storage.get<DigestSetting>(this.keys.digest(chatId));
  }

  async setDigest(setting: DigestSetting): Promise<void> {
    await this.storage.addToSet(this.keys.digestIndex(), String(setting.chatId));
    await this.storage.set(this.keys.digest(setting.chatId), setting);
  }

  async removeDigest(chatId: number): Promise<void> {
    await this.storage.delete(this.keys.digest(chatId));
    await this.storage.removeFromSet(this.keys.digestIndex(), String(chatId));
  }

  async allDigests(): Promise<DigestSetting[]> {
    await this.indexOnce();
    const chats = await this.storage.members(this.keys.digestIndex());
    return this.readAll<DigestSetting>(chats.map((chat) => this.keys.digest(Number(chat))));
  }

  private async subscriptionMembers(): Promise<string[]> {
    await this.indexOnce();
    return this.storage.members(this.keys.subscriptionIndex());
  }

  private readSubscriptions(members: string[]): Promise<Subscription[]> {
    return this.readAll<Subscription>(
      members.map((member) => {
        const split = member.indexOf(":", 1);
        return this.keys.subscription(Number(member.slice(0, split)), member.slice(split + 1));
      }),
    );
  }

  /** Every value in one store round trip; entries gone since they were listed are skipped. */
  private async readAll<T>(keys: string[]): Promise<T[]> {
    const values = await this.storage.batch(keys.map((key) => ({ op: "get" as const, key })));
    return values.filter((v): v is T => v !== undefined && v !== null) as T[];
  }

  /**
   * Subscriptions and digests stored before the indexes existed are added to them, once per
   * process (one prefix scan at the first listing), so an upgrade keeps every chat's alerts.
   */
  private indexOnce(): Promise<void> {
    this.indexed ??= (async () => {
      for (const key of await this.storage.listKeys(this.keys.allSubscriptions())) {
        await this.storage.addToSet(
          this.keys.subscriptionIndex(),
          key.slice(this.keys.allSubscriptions().length),
        );
      }
      for (const key of await this.storage.listKeys(this.keys.allDigests())) {
        await this.storage.addToSet(this.keys.digestIndex(), key.slice(this.keys.allDigests().length));
      }
    })();
    return this.indexed;
  }
}
