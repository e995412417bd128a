import type { MiddlewareFn } from "grammy";
import type { Logger } from "pino";
import type { BotContext } from "../context.js";
import type { KernelMetrics } from "../metrics.js";
import { commandFor, isGroupChatter, updateType } from "../updateKind.js";

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
    const command = commandFor(ctx);
    // Made on first use: a child logger serializes its bindings when created, a cost an update
    // that logs nothing (most group chatter) need not pay.
    let log: Logger | undefined;
    Object.defineProperty(ctx, "log", {
      configurable: true,
      get: () =>
        (log ??= logger.child({
          bot: botId,
          updateId: ctx.update.update_id,
          chatId: ctx.chat?.id,
          userId: ctx.from?.id,
          type,
          ...(command ? { command } : {}),
        })),
      set: (value: Logger) => {
        log = value;
      },
    });
    try {
      await next();
    } finally {
      const seconds = (performance.now() - started) / 1000;
      // Unknown commands share one label so users cannot grow the metric without bound.
      const commandLabel = command === undefined ? "" : knownCommands.has(command) ? command : "other";
      metrics.duration.observe({ bot: botId, type }, seconds);
      metrics.updates.inc({ bot: botId, module: ctx.handledBy ?? "none", type, command: commandLabel });
      // A group message no module acted on is the bulk of a busy group: a line at debug only.
      const level = ctx.handledBy === undefined && isGroupChatter(ctx) ? "debug" : "info";
      if (logger.isLevelEnabled(level)) {
        ctx.log[level]({ durationMs: Math.round(seconds * 1000), module: ctx.handledBy }, "update handled");
      }
    }
  };
}
