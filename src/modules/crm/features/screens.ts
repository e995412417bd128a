/**
 * How crm's screens replace each other under a button: the message the button is on is edited
 * (the menu becomes the dashboard, a list its next page), and a message that can no longer be
 * edited gets a new one instead.
 */
import { GrammyError, type InlineKeyboard } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { HTML } from "../views/format.js";

/** Telegram refuses an edit that changes nothing; that is not a failure. */
const notModified = (error: unknown) =>
  error instanceof GrammyError && /message is not modified/i.test(error.description);

/** Shows `text` in place of the button's message (or as a new message after a command). */
export async function editOrReply(ctx: BotContext, text: string, keyboard: InlineKeyboard): Promise<void> {
  const extra = { ...HTML, reply_markup: keyboard };
  if (!ctx.callbackQuery?.message) {
    await ctx.reply(text, extra);
    return;
  }
  await ctx.answerCallbackQuery().catch(() => undefined);
  try {
    await ctx.editMessageText(text, extra);
  } catch (error) {
    if (notModified(error)) return;
    if (!(error instanceof GrammyError)) throw error;
    ctx.log.info({ description: error.description }, "crm: could not edit a screen; sending it anew");
    await ctx.reply(text, extra);
  }
}
