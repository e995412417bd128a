/**
 * POSTs queued updates to a bot's webhook the way Telegram does: JSON bodies, the
 * `X-Telegram-Bot-Api-Secret-Token` header when a secret is set, at most `max_connections`
 * requests at once, one chat's updates strictly in order, and failed deliveries retried with a
 * growing delay while `pending_update_count` and `last_error_message` tell the story.
 */
import { STATUS_CODES } from "node:http";
import type { Logger } from "pino";
import { request } from "undici";
import type { BotQueue, QueuedUpdate } from "./updates.js";

export interface WebhookOptions {
  /** Delays between attempts for one update; the last repeats. Default 1 s doubling to 60 s. */
  retryDelaysMs?: readonly number[];
  /** How long one delivery may take before it counts as failed. Default 10 s. */
  timeoutMs?: number;
  /** The emulator clock's Unix seconds, for last_error_date. */
  nowSeconds: () => number;
  logger: Logger;
}

/** Runs a method a webhook answered with in its response body ("webhook reply"). */
export type WebhookReplyHandler = (
  botId: number,
  method: string,
  params: Record<string, unknown>,
) => Promise<void>;

const DEFAULT_DELAYS = [1000, 2000, 4000, 8000, 16_000, 32_000, 60_000];

export class WebhookDelivery {
  private readonly inFlight = new Map<number, number>();
  private readonly timers = new Map<number, NodeJS.Timeout>();
  private readonly requests = new Set<AbortController>();
  private replyHandler?: WebhookReplyHandler;
  private closed = false;

  constructor(private readonly options: WebhookOptions) {}

  /** Lets the emulator execute webhook replies (set once the method table exists). */
  onReply(handler: WebhookReplyHandler): void {
    this.replyHandler = handler;
  }

  /** Starts as many deliveries as the queue's rules allow right now. */
  pump(queue: BotQueue): void {
    if (this.closed || !queue.webhook) return;
    const limit = queue.webhook.maxConnections;
    let running = this.inFlight.get(queue.botId) ?? 0;
    const now = Date.now();
    const busyChats = new Set<string>();
    let nextRetry = Number.POSITIVE_INFINITY;
    for (const item of queue.pending) {
      if (running >= limit) break;
      const blocked =
        item.inFlight || item.retryAt > now || (item.chatKey !== undefined && busyChats.has(item.chatKey));
      if (item.retryAt > now) nextRetry = Math.min(nextRetry, item.retryAt);
      if (blocked) {
        // Later updates of this chat wait behind this one.
        if (item.chatKey !== undefined) busyChats.add(item.chatKey);
        continue;
      }
      if (item.chatKey !== undefined) busyChats.add(item.chatKey);
      running += 1;
      this.inFlight.set(queue.botId, running);
      item.inFlight = true;
      void this.deliver(queue, item);
    }
    if (nextRetry !== Number.POSITIVE_INFINITY) this.wakeAt(queue, nextRetry);
  }

  /** Forgets timers (after a reset); requests in flight finish on their own. */
  reset(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  close(): void {
    this.closed = true;
    this.reset();
    for (const controller of this.requests) controller.abort();
  }

  private wakeAt(queue: BotQueue, at: number): void {
    const existing = this.timers.get(queue.botId);
    if (existing) clearTimeout(existing);
    const timer = setTimeout(
      () => {
        this.timers.delete(queue.botId);
        this.pump(queue);
      },
      Math.max(0, at - Date.now()),
    );
    timer.unref();
    this.timers.set(queue.botId, timer);
  }

  private async deliver(queue: BotQueue, item: QueuedUpdate): Promise<void> {
    const webhook = queue.webhook;
    const controller = new AbortController();
    this.requests.add(controller);
    let failure: string | undefined;
    try {
      if (!webhook) throw new Error("webhook removed");
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (webhook.secretToken) headers["x-telegram-bot-api-secret-token"] = webhook.secretToken;
      const timeoutMs = this.options.timeoutMs ?? 10_000;
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const response = await request(webhook.url, {
          method: "POST",
          headers,
          body: JSON.stringify(item.update),
          signal: controller.signal,
        });
        const body = await response.body.text();
        if (response.statusCode < 200 || response.statusCode > 299) {
          failure =
            `Wrong response from the webhook: ${response.statusCode} ${STATUS_CODES[response.statusCode] ?? ""}`.trim();
        } else {
          await this.runReply(queue.botId, body, response.headers["content-type"]);
        }
      } finally {
        clearTimeout(timer);
      }
    } catch (error) {
      failure = describeNetworkError(error, controller.signal.aborted);
    } finally {
      this.requests.delete(controller);
    }
    this.inFlight.set(queue.botId, Math.max(0, (this.inFlight.get(queue.botId) ?? 1) - 1));
    item.inFlight = false;
    if (failure === undefined) {
      const index = queue.pending.indexOf(item);
      if (index >= 0) queue.pending.splice(index, 1);
    } else {
      const delays = this.options.retryDelaysMs ?? DEFAULT_DELAYS;
      const delay = delays[Math.min(item.attempts, delays.length - 1)] ?? 1000;
      item.attempts += 1;
      item.retryAt = Date.now() + delay;
      queue.lastError = { date: this.options.nowSeconds(), message: failure };
      this.options.logger.debug(
        { botId: queue.botId, update: item.update.update_id, failure },
        "webhook delivery failed",
      );
    }
    this.pump(queue);
  }

  private async runReply(
    botId: number,
    body: string,
    contentType: string | string[] | undefined,
  ): Promise<void> {
    if (!this.replyHandler || !String(contentType ?? "").includes("json") || body.trim() === "") return;
    try {
      const parsed = JSON.parse(body) as Record<string, unknown>;
      if (typeof parsed.method === "string") {
        const { method, ...params } = parsed;
        await this.replyHandler(botId, method, params);
      }
    } catch (error) {
      // Telegram ignores a webhook reply it cannot run; the update still counts as delivered.
      this.options.logger.debug({ botId, error }, "webhook reply failed");
    }
  }
}

function describeNetworkError(error: unknown, timedOut: boolean): string {
  if (timedOut) return "Read timeout expired";
  const code =
    (error as { code?: string; cause?: { code?: string } }).code ??
    (error as { cause?: { code?: string } }).cause?.code;
  if (code === "ECONNREFUSED") return "Connection refused";
  if (code === "ENOTFOUND") return "Failed to resolve host: Name or service not known";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "Connection reset by peer";
  return `Failed to deliver: ${(error as Error).message ?? String(error)}`;
}
