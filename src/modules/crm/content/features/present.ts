/**
 * How a screen reaches the chat: in place of the message whose button was pressed when it is of
 * the same kind (text for text; a photo's media and caption for a photo), else as a new message.
 * Telegram cannot turn a text message into a photo, so a carousel opened from the menu arrives
 * as a new message, and its own buttons then edit it.
 */
import { GrammyError } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { BotContext } from "../../../../kernel/context.js";
import { splitHtml } from "../../../../kernel/html.js";

export type Keyboard = InlineKeyboardButton[][];

export const HTML = { parse_mode: "HTML" } as const;

/** Telegram refuses an edit that changes nothing; the screen is as asked, so that is fine. */
export const isNotModified = (error: unknown): boolean =>
  error instanceof GrammyError && /message is not modified/i.test(error.description);

/** The kind of message the pressed button is on, if the update is a press. */
export function pressedKind(ctx: BotContext): "text" | "photo" | undefined {
  const message = ctx.callbackQuery?.message;
  if (!message) return undefined;
  if ("photo" in message && message.photo) return "photo";
  return "text" in message && message.text !== undefined ? "text" : undefined;
}

/** How a screen is shown: `fresh` always as a new message (a result after a form). */
export interface ShowOptions {
  fresh?: boolean;
}

/** A text screen: edits the pressed text message, else sends it. */
export async function showText(
  ctx: BotContext,
  html: string,
  keyboard: Keyboard,
  options: ShowOptions = {},
): Promise<void> {
  const extra = { ...HTML, reply_markup: { inline_keyboard: keyboard } };
  if (!options.fresh && pressedKind(ctx) === "text") {
    try {
      await ctx.editMessageText(html, extra);
      return;
    } catch (error) {
      if (isNotModified(error)) return;
      throw error;
    }
  }
  await ctx.reply(html, extra);
}

/** Long HTML as new messages, split on line boundaries (each within Telegram's 4096). */
export async function sendLong(ctx: BotContext, html: string): Promise<void> {
  for (const part of splitHtml(html)) await ctx.reply(part, HTML);
}

/** Answers a press (stops its spinner), optionally with a short text; never fails the update. */
export async function answerPress(ctx: BotContext, text?: string, alert = false): Promise<void> {
  if (!ctx.callbackQuery) return;
  await ctx.answerCallbackQuery(text ? { text, show_alert: alert } : undefined).catch(() => undefined);
}

/** Tells the user something short: an alert on a press, a message otherwise. */
export async function tell(ctx: BotContext, text: string): Promise<void> {
  if (ctx.callbackQuery) await answerPress(ctx, text, true);
  else await ctx.reply(text, HTML);
}
