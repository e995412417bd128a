import type { MiddlewareFn } from "grammy";
import type { Storage } from "../../platform/storage/storage.js";
import type { BotContext } from "../context.js";
import type { KernelMetrics } from "../metrics.js";

/** How long a handled update id is remembered: Telegram stops re-delivering long before. */
export const HANDLED_TTL_MS = 24 * 60 * 60 * 1000;
/** A claim by an instance that dies mid-update expires, so a re-delivery is handled later. */
const CLAIM_TTL_MS = 60_000;

/**
 * Handles each `update_id` once per bot, across restarts and instances: the first to claim the id
 * in storage handles it; a re-delivery (webhook retry, poller overlap after a crash) is
 * acknowledged and dropped. The claim becomes a 24 h "done" marker once handling finishes.
 */
export function dedupe(botId: string, storage: Storage, metrics: KernelMetrics): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const key = `update:${botId}:${ctx.update.update_id}`;
    if (!(await storage.setIfAbsent(key, "claimed", CLAIM_TTL_MS))) {
      metrics.duplicates.inc({ bot: botId });
      ctx.log.info("duplicate update ignored");
      return;
    }
    try {
      await next();
    } finally {
      await storage.set(key, "done", HANDLED_TTL_MS);
    }
  };
}
