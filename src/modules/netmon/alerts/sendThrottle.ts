/**
 * Spaces out the alert job's messages to stay inside Telegram's limits: about one message per
 * second in a chat, twenty per minute in a group, thirty per second overall
 * (core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this). The kernel's
 * auto-retry still handles a 429 if we are wrong; this keeps us from causing one.
 */
export interface ThrottleOptions {
  /** Gap between two messages to one private chat (default 1 s). */
  privateGapMs?: number;
  /** Gap between two messages to one group (default 3 s: 20 per minute). */
  groupGapMs?: number;
  /** Gap between any two messages (default 40 ms: 25 per second). */
  globalGapMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class SendThrottle {
  private readonly lastByChat = new Map<number, number>();
  private lastAny = Number.NEGATIVE_INFINITY;
  private readonly options: Required<ThrottleOptions>;

  constructor(options: ThrottleOptions = {}) {
    this.options = {
      privateGapMs: 1_000,
      groupGapMs: 3_000,
      globalGapMs: 40,
      now: Date.now,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      ...options,
    };
  }

  /** Waits until a message to `chatId` may go out, and counts it as sent. */
  async wait(chatId: number): Promise<void> {
    const { now, sleep } = this.options;
    const gap = chatId < 0 ? this.options.groupGapMs : this.options.privateGapMs;
    const last = this.lastByChat.get(chatId) ?? Number.NEGATIVE_INFINITY;
    const readyAt = Math.max(last + gap, this.lastAny + this.options.globalGapMs);
    const delay = readyAt - now();
    if (delay > 0) await sleep(delay);
    const sentAt = Math.max(now(), readyAt);
    this.lastByChat.set(chatId, sentAt);
    this.lastAny = sentAt;
  }
}
