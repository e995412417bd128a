/**
 * The one place that paces a bot's outgoing messages for broadcasts (alerts, digests, night-mode
 * notices): Telegram allows a bot about 30 messages per second overall, about 1 per second in one
 * chat, and 20 per minute in one group (core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this).
 * The kernel's auto-retry still handles a 429 if we are wrong; this keeps us from causing one.
 *
 * Callers ask for a slot with `await scheduler.wait(chatId)` and send right after. Waiters are
 * served first come, first served: a message that can go now goes before later ones, and one that
 * must wait for its chat does not hold up other chats (no head-of-line blocking). Messages to one
 * chat keep their order.
 *
 * Sharp edges: the limits are per bot token, so use one scheduler per bot (the kernel makes it: `ModuleSetup.sends`);
 * two schedulers for one bot each spend the whole budget. The budget is per process: with several
 * instances sending for one bot at once, give each a share (`overall`). A slot is counted when it is
 * granted, whether or not the caller then sends.
 */
import { setTimeout as delay } from "node:timers/promises";

/** At most `count` messages in any `perMs` window. */
export interface Rate {
  count: number;
  perMs: number;
}

/** Options for {@link createSendScheduler}; the defaults are Telegram's limits. */
export interface SendSchedulerOptions {
  /** Across all chats of the bot. Default 30 per second. */
  overall?: Rate;
  /** In one chat, private or group. Default 1 per second. */
  perChat?: Rate;
  /** In one group (negative chat id), on top of `perChat`. Default 20 per minute. */
  perGroup?: Rate;
  /** Waiters allowed at once; the next `wait` rejects with {@link SendQueueFullError}. Default 10,000. */
  maxQueued?: number;
  /** Clock in epoch ms. Default `Date.now`. */
  now?: () => number;
  /**
   * Waits `ms`, or less when `signal` aborts (a new waiter may be servable sooner); must resolve,
   * not reject, on abort. Default: a timer. Tests pass one driven by a manual clock.
   */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Paces one bot's messages; see the file header. */
export interface SendScheduler {
  /**
   * Resolves when a message to `chatId` may go out, and counts it as sent at that moment. Rejects
   * at once with {@link SendQueueFullError} when `maxQueued` callers are already waiting: the
   * caller decides whether to drop or retry later (an alert job can skip a poll, a reply cannot).
   */
  wait(chatId: number): Promise<void>;
  /** Callers waiting now (for metrics and tests). */
  readonly queued: number;
}

/** The scheduler's queue is full; nothing was counted. */
export class SendQueueFullError extends Error {
  constructor(readonly maxQueued: number) {
    super(`send scheduler: ${maxQueued} messages already waiting; try again later`);
    this.name = "SendQueueFullError";
  }
}

interface Waiter {
  seq: number;
  resolve: () => void;
}

/**
 * Send times of one key, oldest first, kept to the `keep` newest: with at most `count` sends per
 * window, the send `count` places back says when the next may go.
 */
class SendLog {
  readonly times: number[] = [];

  record(time: number, keep: number): void {
    this.times.push(time);
    if (this.times.length > keep) this.times.splice(0, this.times.length - keep);
  }

  /** The first instant a send fits `rate`. */
  readyAt(rate: Rate): number {
    const { times } = this;
    return times.length < rate.count
      ? Number.NEGATIVE_INFINITY
      : times[times.length - rate.count]! + rate.perMs;
  }

  get last(): number {
    return this.times.at(-1) ?? Number.NEGATIVE_INFINITY;
  }
}

const defaultSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  delay(ms, undefined, { signal }).catch(() => {});

function checkRate(name: string, rate: Rate): Rate {
  if (!(Number.isInteger(rate.count) && rate.count > 0 && rate.perMs > 0)) {
    throw new RangeError(
      `send scheduler: ${name} needs a positive whole count and perMs, got ${JSON.stringify(rate)}`,
    );
  }
  return rate;
}

/** A scheduler for one bot; see {@link SendScheduler}. */
export function createSendScheduler(options: SendSchedulerOptions = {}): SendScheduler {
  const overall = checkRate("overall", options.overall ?? { count: 30, perMs: 1000 });
  const perChat = checkRate("perChat", options.perChat ?? { count: 1, perMs: 1000 });
  const perGroup = checkRate("perGroup", options.perGroup ?? { count: 20, perMs: 60_000 });
  const maxQueued = options.maxQueued ?? 10_000;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  // A chat's log can be forgotten once its newest send is older than every window.
  const forgetAfterMs = Math.max(perChat.perMs, perGroup.perMs);

  const sent = new SendLog();
  /** Per chat, in order of last send (oldest first), so stale ones are trimmed from the front. */
  const chatLogs = new Map<number, SendLog>();
  /** Waiting callers per chat, each FIFO; a chat is here only while it has waiters. */
  const waiting = new Map<number, Waiter[]>();
  let queued = 0;
  let seq = 0;
  let pumping = false;
  let interrupt: AbortController | undefined;

  const isGroup = (chatId: number) => chatId < 0;

  function chatReadyAt(chatId: number): number {
    const log = chatLogs.get(chatId);
    if (!log) return Number.NEGATIVE_INFINITY;
    const chat = log.readyAt(perChat);
    return isGroup(chatId) ? Math.max(chat, log.readyAt(perGroup)) : chat;
  }

  function record(chatId: number, time: number): void {
    sent.record(time, overall.count);
    const log = chatLogs.get(chatId) ?? new SendLog();
    chatLogs.delete(chatId);
    chatLogs.set(chatId, log);
    log.record(time, isGroup(chatId) ? Math.max(perChat.count, perGroup.count) : perChat.count);
    for (const [id, stale] of chatLogs) {
      if (stale.last + forgetAfterMs > time) break;
      chatLogs.delete(id);
    }
  }

  /** Grants every slot that is free now, oldest waiter first; returns when the next one frees. */
  function grantReady(time: number): number {
    for (;;) {
      const overallAt = sent.readyAt(overall);
      let best: { chatId: number; queue: Waiter[] } | undefined;
      let nextAt = Number.POSITIVE_INFINITY;
      for (const [chatId, queue] of waiting) {
        const readyAt = Math.max(chatReadyAt(chatId), overallAt);
        if (readyAt <= time) {
          if (!best || queue[0]!.seq < best.queue[0]!.seq) best = { chatId, queue };
        } else {
          nextAt = Math.min(nextAt, readyAt);
        }
      }
      if (!best) return nextAt;
      const waiter = best.queue.shift()!;
      if (best.queue.length === 0) waiting.delete(best.chatId);
      queued--;
      record(best.chatId, time);
      waiter.resolve();
    }
  }

  async function pump(): Promise<void> {
    if (pumping) {
      // The loop may be asleep until a later slot; let it look again.
      interrupt?.abort();
      return;
    }
    pumping = true;
    try {
      while (queued > 0) {
        const time = now();
        const nextAt = grantReady(time);
        if (queued === 0) break;
        interrupt = new AbortController();
        await sleep(Math.max(0, nextAt - time), interrupt.signal);
        interrupt = undefined;
      }
    } finally {
      pumping = false;
      interrupt = undefined;
    }
  }

  return {
    wait(chatId) {
      if (queued >= maxQueued) return Promise.reject(new SendQueueFullError(maxQueued));
      return new Promise<void>((resolve) => {
        const queue = waiting.get(chatId);
        const waiter = { seq: seq++, resolve };
        if (queue) queue.push(waiter);
        else waiting.set(chatId, [waiter]);
        queued++;
        void pump();
      });
    },
    get queued() {
      return queued;
    },
  };
}
