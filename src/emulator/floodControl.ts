/**
 * Telegram's documented sending limits (core.telegram.org/bots/faq#my-bot-is-hitting-limits):
 * about one message per second in a chat (short bursts tolerated), 20 messages per minute in a
 * group, about 30 messages per second overall. Beyond them: 429 with `retry_after`.
 */
import type { Clock } from "./clock.js";
import { tooManyRequests } from "./errors.js";

/** Per-chat token bucket: a burst of this many, refilled at one per second. */
const CHAT_BURST = 3;
const CHAT_REFILL_MS = 1000;
const GROUP_WINDOW_MS = 60_000;
const GROUP_LIMIT = 20;
const BOT_WINDOW_MS = 1000;
const BOT_LIMIT = 30;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class FloodControl {
  private readonly buckets = new Map<string, Bucket>();
  private readonly windows = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  /**
   * Counts one outgoing message from `botId` into `chatKey`.
   * @throws BotApiError 429 (nothing is counted) when a limit is reached.
   */
  take(botId: number, chatKey: string, isGroup: boolean): void {
    const now = this.clock.now();
    const bucketKey = `${botId}|${chatKey}`;
    const bucket = this.refill(bucketKey, now);
    const waits: number[] = [];
    if (bucket.tokens < 1) waits.push((1 - bucket.tokens) * CHAT_REFILL_MS);
    const groupWait = isGroup ? this.windowWait(bucketKey, now, GROUP_WINDOW_MS, GROUP_LIMIT) : 0;
    const botWait = this.windowWait(`${botId}`, now, BOT_WINDOW_MS, BOT_LIMIT);
    waits.push(groupWait, botWait);
    const wait = Math.max(...waits);
    if (wait > 0) throw tooManyRequests(Math.max(1, Math.ceil(wait / 1000)));
    bucket.tokens -= 1;
    if (isGroup) this.record(bucketKey, now, GROUP_WINDOW_MS);
    this.record(`${botId}`, now, BOT_WINDOW_MS);
  }

  reset(): void {
    this.buckets.clear();
    this.windows.clear();
  }

  private refill(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key) ?? { tokens: CHAT_BURST, updatedAt: now };
    bucket.tokens = Math.min(CHAT_BURST, bucket.tokens + (now - bucket.updatedAt) / CHAT_REFILL_MS);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    return bucket;
  }

  /** Milliseconds until a sliding window of `limit` sends per `windowMs` has room again. */
  private windowWait(key: string, now: number, windowMs: number, limit: number): number {
    const stamps = (this.windows.get(key) ?? []).filter((t) => t > now - windowMs);
    this.windows.set(key, stamps);
    if (stamps.length < limit) return 0;
    return (stamps[stamps.length - limit] as number) + windowMs - now;
  }

  private record(key: string, now: number, windowMs: number): void {
    const stamps = (this.windows.get(key) ?? []).filter((t) => t > now - windowMs);
    stamps.push(now);
    this.windows.set(key, stamps);
  }
}
