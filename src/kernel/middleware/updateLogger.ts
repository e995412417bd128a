import type { MiddlewareFn } from "grammy";
import type { Logger } from "pino";
import type { BotContext } from "../context.js";
import type { KernelMetrics } from "../metrics.js";

/** `/status@netmon_bot args` → `status`; undefined when the message is not a command. */
export function commandOf(ctx: BotContext): string | undefined {
  const text = ctx.message?.text ?? ctx.channelPost?.text;
  const entity = ctx.message?.entities?.[0] ?? ctx.channelPost?.entities?.[0];
  if (!text || entity?.type !== "bot_command" || entity.offset !== 0) return undefined;
  return text.slice(1, entity.length).split("@")[0]?.toLowerCase();
}

/** The update's kind: `message`, `callback_query`, `chat_member`, … */
export function updateType(ctx: BotContext): string {
  return Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown";
}

/**
 * First middleware of every bot: a child logger with update id, chat, user and command on
 * `ctx.log`, then one line per update with its duration, and the update metrics.
 */
export function updateLogger(
  botId: string,
  logger: Logger,
  metrics: KernelMetrics,
  knownCommands: ReadonlySet<string>,
): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const started = performance.now();
    const type = updateType(ctx);
    const command = commandOf(ctx);
    ctx.log = logger.child({
      bot: botId,
      updateId: ctx.update.update_id,
      chatId: ctx.chat?.id,
      userId: ctx.from?.id,
      type,
      ...(command ? { command } : {}),
    });
    try {
      await next();
    } finally {
      const seconds = (performance.now() - started) / 1000;
      // Unknown commands share one label so users cannot grow the metric without bound.
      const commandLabel = command === undefined ? "" : knownCommands.has(command) ? command : "other";
      metrics.duration.observe({ bot: botId, type }, seconds);
      metrics.updates.inc({ bot: botId, module: ctx.handledBy ?? "none", type, command: commandLabel });
      ctx.log.info({ durationMs: Math.round(seconds * 1000), module: ctx.handledBy }, "update handled");
    }
  };
}
