/**
 * What the bot remembers of each linked user besides the link: the active company (the seed's
 * sessions table; survives restarts), the time zone reports and the digest are read in, and the
 * daily overdue digest's settings (listed in a set, so the clean-up and the job never scan keys).
 * None of it is secret: it lives in clear, per (bot, erp) instance.
 */
import type { Storage } from "../../../platform/storage/storage.js";

/** The company a user works on: what every report is about. */
export interface ActiveCompany {
  id: string;
  name: string;
  cui: string;
}

/** The opt-in daily digest of overdue invoices. */
export interface DigestSetting {
  /** Local hour, 0–23, in `timeZone`. */
  hour: number;
  timeZone: string;
  company: ActiveCompany;
  /** The language it is written in (the user's when they turned it on). */
  language: string;
}

/** The ERP's home: reports and digests are read in Romanian time until the user picks another zone. */
export const DEFAULT_TIME_ZONE = "Europe/Bucharest";

export class UserState {
  constructor(
    private readonly storage: Storage,
    private readonly key: (...parts: Array<string | number>) => string,
  ) {}

  companyKey(userId: number): string {
    return this.key("company", userId);
  }

  async company(userId: number): Promise<ActiveCompany | undefined> {
    return this.storage.get<ActiveCompany>(this.companyKey(userId));
  }

  async setCompany(userId: number, company: ActiveCompany): Promise<void> {
    await this.storage.set(this.companyKey(userId), company);
  }

  /** Forgets the active company; true when there was one. */
  clearCompany(userId: number): Promise<boolean> {
    return this.storage.delete(this.companyKey(userId));
  }

  async timeZone(userId: number): Promise<string> {
    return (await this.storage.get<string>(this.key("tz", userId))) ?? DEFAULT_TIME_ZONE;
  }

  async setTimeZone(userId: number, timeZone: string): Promise<void> {
    await this.storage.set(this.key("tz", userId), timeZone);
  }

  async digest(userId: number): Promise<DigestSetting | undefined> {
    return this.storage.get<DigestSetting>(this.key("digest", userId));
  }

  async setDigest(userId: number, setting: DigestSetting): Promise<void> {
    await this.storage.set(this.key("digest", userId), setting);
    await this.storage.addToSet(this.key("digests"), String(userId));
  }

  /** Turns the digest off; true when it was on. */
  async clearDigest(userId: number): Promise<boolean> {
    await this.storage.removeFromSet(this.key("digests"), String(userId));
    return this.storage.delete(this.key("digest", userId));
  }

  /** Users with a digest on. */
  async digestUsers(): Promise<number[]> {
    return (await this.storage.members(this.key("digests"))).map(Number);
  }

  /** Everything the bot keeps of a user whose link ended (the company belonged to that account). */
  async forget(userId: number): Promise<void> {
    await this.clearCompany(userId);
    await this.clearDigest(userId);
  }
}
