/**
 * Progress feedback for slow backend calls: when `work` takes longer than a moment, the chat
 * shows "typing…" (or "sending photo…"), renewed until it is done. Fast answers send nothing.
 */
import type { BotContext } from "../../../kernel/context.js";

type ChatAction = "typing" | "upload_photo";

/** Telegram shows an action for about 5 s; renewing a little earlier keeps it on. */
const RENEW_MS = 4_500;

export async function withProgress<T>(
  ctx: BotContext,
  action: ChatAction,
  work: () => Promise<T>,
  delayMs = 700,
): Promise<T> {
  if (!ctx.chat) return work();
  let timer: NodeJS.Timeout | undefined;
  const show = () => {
    void ctx.replyWithChatAction(action).catch(() => undefined);
    timer = setTimeout(show, RENEW_MS);
  };
  timer = setTimeout(show, delayMs);
  try {
    return await work();
  } finally {
    clearTimeout(timer);
  }
}
