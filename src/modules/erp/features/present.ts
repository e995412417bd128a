/**
 * Showing a screen: as a new message, or (a button's Refresh, a page of a list) in place of the
 * message the button is on. An edit that would change nothing is not an error.
 */
import { GrammyError, type InlineKeyboard } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { HTML } from "../views/format.js";

export async function present(
  ctx: BotContext,
  text: string,
  keyboard: InlineKeyboard | undefined,
  edit: boolean,
): Promise<void> {
  const other = { ...HTML, ...(keyboard ? { reply_markup: keyboard } : {}) };
  if (!edit || !ctx.callbackQuery?.message) {
    await ctx.reply(text, other);
    return;
  }
  try {
    await ctx.editMessageText(text, other);
  } catch (error) {
    if (!(error instanceof GrammyError && /message is not modified/i.test(error.description))) throw error;
  }
}
