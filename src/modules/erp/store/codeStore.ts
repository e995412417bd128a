/**
 * Link codes the backend handed over (`POST /internal/save-code`), per (bot, erp) instance: each
 * under its keyed hash (domain/linkCode.ts), never in clear, with a TTL as a safety net under the
 * hourly clean-up, listed in a set so the clean-up never scans the key space. A bot-wide counter of
 * wrong guesses lets each code know how many it absorbed (domain/codeRules.ts). Single use across
 * instances: a short claim (`setIfAbsent`) is taken before the backend is asked.
 */
import type { Storage } from "../../../platform/storage/storage.js";
import {
  type CodeRecord,
  type CodeState,
  codeState,
  isForgettable,
  recordTtlMs,
} from "../domain/codeRules.js";
import { hashCode } from "../domain/linkCode.js";

export interface CodeStoreOptions {
  storage: Storage;
  /** This instance's keys: `erp:<bot>:<parts…>`. */
  key: (...parts: Array<string | number>) => string;
  /** The secret codes are hashed with. */
  pepper: string;
  now: () => number;
  /** Wrong guesses a live code absorbs before it is burned. */
  guessBudget: number;
  /** How long a claim holds (longer than one verify-user call). */
  claimMs: number;
}

/** A code presented in the chat that the store knows. */
export interface FoundCode {
  hash: string;
  record: CodeRecord;
  state: CodeState;
}

export interface NewCode {
  code: string;
  userId: number;
  email: string;
  serverId: string;
  expiresAt: number;
}

export class CodeStore {
  constructor(private readonly options: CodeStoreOptions) {}

  private recordKey = (hash: string) => this.options.key("code", hash);
  private get indexKey() {
    return this.options.key("codes");
  }
  private get wrongKey() {
    return this.options.key("wrong-guesses");
  }

  /** Stores a code; false when it is already stored (live, used or remembered as expired). */
  async save(code: NewCode): Promise<boolean> {
    const { storage, now } = this.options;
    const hash = hashCode(code.code, this.options.pepper);
    const record: CodeRecord = {
      userId: code.userId,
      email: code.email,
      serverId: code.serverId,
      expiresAt: code.expiresAt,
      savedAt: now(),
      wrongAtSave: (await storage.get<number>(this.wrongKey)) ?? 0,
    };
    const saved = await storage.setIfAbsent(this.recordKey(hash), record, recordTtlMs(record, now()));
    if (saved) await storage.addToSet(this.indexKey, hash);
    return saved;
  }

  /** The code's record and what it is now, or undefined for a code the bot never got (a wrong one). */
  find(code: string): Promise<FoundCode | undefined> {
    return this.findByHash(hashCode(code, this.options.pepper));
  }

  /** The same, by the hash a pending question kept. */
  async findByHash(hash: string): Promise<FoundCode | undefined> {
    const { storage } = this.options;
    const [record, wrong] = await Promise.all([
      storage.get<CodeRecord>(this.recordKey(hash)),
      storage.get<number>(this.wrongKey),
    ]);
    if (!record) return undefined;
    return {
      hash,
      record,
      state: codeState(record, this.options.now(), wrong ?? 0, this.options.guessBudget),
    };
  }

  /** Counts a wrong guess against every live code. */
  async wrongGuess(): Promise<void> {
    await this.options.storage.increment(this.wrongKey);
  }

  /** Takes the code for one redemption; false when another is in progress. */
  claim(hash: string): Promise<boolean> {
    return this.options.storage.setIfAbsent(this.options.key("claim", hash), 1, this.options.claimMs);
  }

  /** Gives the code back after a redemption that did not happen (the backend failed). */
  async release(hash: string): Promise<void> {
    await this.options.storage.delete(this.options.key("claim", hash));
  }

  async markUsed(found: FoundCode, telegramUserId: number): Promise<void> {
    await this.rewrite(found, { ...found.record, usedAt: this.options.now(), usedBy: telegramUserId });
  }

  async burn(found: FoundCode): Promise<void> {
    if (found.record.burnedAt === undefined)
      await this.rewrite(found, { ...found.record, burnedAt: this.options.now() });
  }

  private async rewrite(found: FoundCode, record: CodeRecord): Promise<void> {
    const now = this.options.now();
    await this.options.storage.set(this.recordKey(found.hash), record, recordTtlMs(record, now));
  }

  /** The hourly clean-up: forgets codes past their memory (and index entries whose record is gone). */
  async purge(): Promise<number> {
    const { storage, now } = this.options;
    let purged = 0;
    for (const hash of await storage.members(this.indexKey)) {
      const record = await storage.get<CodeRecord>(this.recordKey(hash));
      if (record && !isForgettable(record, now())) continue;
      if (record) await storage.delete(this.recordKey(hash));
      await storage.removeFromSet(this.indexKey, hash);
      purged += 1;
    }
    return purged;
  }

  /** How many codes the store remembers (for tests and the clean-up's log). */
  async size(): Promise<number> {
    return (await this.options.storage.members(this.indexKey)).length;
  }
}
