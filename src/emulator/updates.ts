/**
 * Each bot's update queue and the two ways out of it: getUpdates long polling and webhook
 * delivery (webhookDelivery.ts).
 *
 * Semantics follow core.telegram.org/bots/api#getupdates: an update stays queued until a later
 * getUpdates passes an offset above its id; a call with `timeout` waits until an update arrives;
 * a second concurrent poller ends the first with 409; getUpdates is refused while a webhook is set;
 * `allowed_updates` is remembered and filters updates created after it was set.
 */
import type { Logger } from "pino";
import type { ApiUpdate } from "./apiTypes.js";
import { conflict } from "./errors.js";
import { WebhookDelivery, type WebhookOptions } from "./webhookDelivery.js";

/** Update types a bot gets when it never chose (or chose `[]`): all but these. */
const OFF_BY_DEFAULT = new Set(["chat_member", "message_reaction", "message_reaction_count"]);
/** Telegram answers long polls after at most 50 seconds. */
const MAX_POLL_SECONDS = 50;

export interface QueuedUpdate {
  update: ApiUpdate;
  kind: string;
  /** Updates of one chat are delivered to a webhook one at a time, in order. */
  chatKey?: string;
  attempts: number;
  /** Real-time ms before which a failed webhook delivery is not retried. */
  retryAt: number;
  inFlight: boolean;
}

export interface WebhookConfig {
  url: string;
  secretToken?: string;
  maxConnections: number;
}

interface Poller {
  finish(): void;
  fail(error: Error): void;
}

/** One bot's queue and delivery settings. */
export class BotQueue {
  nextUpdateId = 1;
  readonly pending: QueuedUpdate[] = [];
  /** The last allowed_updates a bot passed; undefined = never set. */
  allowedUpdates?: string[];
  webhook?: WebhookConfig;
  lastError?: { date: number; message: string };
  poller?: Poller;

  constructor(readonly botId: number) {}

  accepts(kind: string): boolean {
    const allowed = this.allowedUpdates;
    if (!allowed || allowed.length === 0) return !OFF_BY_DEFAULT.has(kind);
    return allowed.includes(kind);
  }
}

export interface GetUpdatesParams {
  offset?: number;
  limit?: number;
  timeout?: number;
  allowed_updates?: string[];
}

export interface UpdateHubOptions extends WebhookOptions {
  logger: Logger;
}

export class UpdateHub {
  private readonly queues = new Map<number, BotQueue>();
  /** Where each bot's update ids continue after a reset, as Telegram's never go back. */
  private readonly numbering = new Map<number, number>();
  readonly webhooks: WebhookDelivery;

  constructor(options: UpdateHubOptions) {
    this.webhooks = new WebhookDelivery(options);
  }

  queue(botId: number): BotQueue {
    let queue = this.queues.get(botId);
    if (!queue) {
      queue = new BotQueue(botId);
      queue.nextUpdateId = this.numbering.get(botId) ?? 1;
      this.queues.set(botId, queue);
    }
    return queue;
  }

  /**
   * Queues an update for a bot unless its allowed_updates exclude the kind.
   * @returns the update, or undefined if filtered out
   */
  enqueue(botId: number, kind: string, payload: unknown, chatKey?: string): ApiUpdate | undefined {
    const queue = this.queue(botId);
    if (!queue.accepts(kind)) return undefined;
    const update: ApiUpdate = { update_id: queue.nextUpdateId++, [kind]: payload };
    queue.pending.push({ update, kind, chatKey, attempts: 0, retryAt: 0, inFlight: false });
    if (queue.webhook) this.webhooks.pump(queue);
    else queue.poller?.finish();
    return update;
  }

  /**
   * getUpdates: confirms by offset, answers at once if updates wait, otherwise long-polls.
   * @param signal aborts the wait when the client goes away (so it does not count as a poller)
   * @throws BotApiError 409 while a webhook is set, and to the older of two concurrent pollers
   */
  getUpdates(botId: number, params: GetUpdatesParams, signal?: AbortSignal): Promise<ApiUpdate[]> {
    const queue = this.queue(botId);
    if (queue.webhook) {
      throw conflict(
        "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    queue.poller?.fail(
      conflict("terminated by other getUpdates request; make sure that only one bot instance is running"),
    );
    if (params.allowed_updates !== undefined) queue.allowedUpdates = [...params.allowed_updates];
    confirm(queue, params.offset ?? 0);
    const limit = Math.min(100, Math.max(1, params.limit ?? 100));
    const take = (): ApiUpdate[] =>
      queue.pending
        .filter((p) => !p.inFlight)
        .slice(0, limit)
        .map((p) => p.update);
    const ready = take();
    const timeout = Math.min(MAX_POLL_SECONDS, Math.max(0, params.timeout ?? 0));
    if (ready.length > 0 || timeout === 0 || signal?.aborted) return Promise.resolve(ready);

    return new Promise<ApiUpdate[]>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        if (queue.poller === poller) queue.poller = undefined;
      };
      const poller: Poller = {
        finish: () => {
          done();
          resolve(take());
        },
        fail: (error) => {
          done();
          reject(error);
        },
      };
      const onAbort = (): void => poller.finish();
      const timer = setTimeout(poller.finish, timeout * 1000);
      timer.unref();
      signal?.addEventListener("abort", onAbort);
      queue.poller = poller;
    });
  }

  /** Sets the webhook; `allowed_updates` and `drop_pending_updates` as in setWebhook. */
  setWebhook(botId: number, config: WebhookConfig, allowedUpdates?: string[], dropPending = false): void {
    const queue = this.queue(botId);
    queue.poller?.fail(conflict("terminated by setWebhook request"));
    if (allowedUpdates !== undefined) queue.allowedUpdates = [...allowedUpdates];
    if (dropPending) dropAll(queue);
    queue.webhook = config;
    queue.lastError = undefined;
    this.webhooks.pump(queue);
  }

  /** Removes the webhook; queued updates stay for getUpdates unless dropped. */
  deleteWebhook(botId: number, dropPending = false): void {
    const queue = this.queue(botId);
    queue.webhook = undefined;
    if (dropPending) dropAll(queue);
  }

  /** The WebhookInfo object. */
  webhookInfo(botId: number): Record<string, unknown> {
    const queue = this.queue(botId);
    const info: Record<string, unknown> = {
      url: queue.webhook?.url ?? "",
      has_custom_certificate: false,
      pending_update_count: queue.pending.length,
    };
    if (queue.webhook) {
      info.max_connections = queue.webhook.maxConnections;
      info.ip_address = "127.0.0.1";
    }
    if (queue.lastError) {
      info.last_error_date = queue.lastError.date;
      info.last_error_message = queue.lastError.message;
    }
    if (queue.allowedUpdates && queue.allowedUpdates.length > 0) info.allowed_updates = queue.allowedUpdates;
    return info;
  }

  /**
   * Forgets every queue; pending long polls answer with no updates. Update ids keep counting up:
   * a bot that polls through a reset (and de-duplicates by id) must not see old ids again.
   */
  reset(): void {
    for (const queue of this.queues.values()) {
      this.numbering.set(queue.botId, queue.nextUpdateId);
      queue.webhook = undefined;
      queue.poller?.finish();
      dropAll(queue);
    }
    this.queues.clear();
    this.webhooks.reset();
  }

  /** Ends long polls and webhook work, for shutdown. */
  close(): void {
    for (const queue of this.queues.values()) {
      queue.webhook = undefined;
      queue.poller?.finish();
    }
    this.webhooks.close();
  }
}

/** Forgets confirmed updates: below `offset`, or all but the last -offset ones. */
function confirm(queue: BotQueue, offset: number): void {
  if (offset === 0) return;
  const keep =
    offset > 0
      ? queue.pending.filter((p) => p.update.update_id >= offset || p.inFlight)
      : queue.pending.filter((p) => !p.inFlight).slice(offset);
  queue.pending.splice(0, queue.pending.length, ...keep);
}

function dropAll(queue: BotQueue): void {
  const inFlight = queue.pending.filter((p) => p.inFlight);
  queue.pending.splice(0, queue.pending.length, ...inFlight);
}
