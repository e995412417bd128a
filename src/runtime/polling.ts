import { type RunnerHandle, run } from "@grammyjs/runner";
import type { BuiltBot } from "../kernel/buildBot.js";

/**
 * Long polling with the runner (concurrent across chats; `sequentialize` in the kernel keeps one
 * chat in order). A webhook left from another mode is removed first, or getUpdates would 409.
 */
export async function startPolling(built: BuiltBot): Promise<RunnerHandle> {
  await built.bot.api.deleteWebhook({ drop_pending_updates: false });
  return run(built.bot, {
    runner: {
      // biome-ignore lint/suspicious/noExplicitAny: grammY types the list as literal update names
      fetch: { allowed_updates: built.allowedUpdates as any, timeout: 30 },
      // Give up on a broken Bot API server after ~5 min of failures instead of retrying forever.
      maxRetryTime: 5 * 60 * 1000,
      retryInterval: "exponential",
    },
  });
}
