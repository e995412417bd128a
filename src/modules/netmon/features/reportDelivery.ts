/**
 * How a report reaches the chat: a new message (commands, buttons that open another report) or
 * an edit of the message whose button was pressed (Refresh, ranges). A report with a chart is
 * a photo whose caption is the summary; when the summary is longer than a caption may be, the
 * chart goes first and the summary follows as text.
 *
 * Edits happen only when the content changed: the buttons carry a digest of what their message
 * shows, so pressing "24 h" on the 24 h view answers "up to date" instead of an edit Telegram
 * would refuse as "message is not modified".
 */
import { createHash } from "node:crypto";
import { Composer, type InlineKeyboard, InputFile, InputMediaBuilder } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { CAPTION_LIMIT, splitHtml } from "../../../kernel/html.js";
import type { ViewCode } from "../callbacks.js";
import { reportKeyboard } from "../keyboards.js";
import type { LocationRef } from "../plumeClient.js";
import type { Netmon } from "../runtime.js";
import { commandTarget, HTML, isNotModified, type ReportTarget, withPlumeAccess } from "./plumeAccess.js";
import { withProgress } from "./progress.js";

export interface ReportContent {
  /** HTML. */
  text: string;
  /** Renders the chart; called only when the report is actually sent or changed. */
  chart?: () => Promise<Buffer>;
}

/** A short digest of what a message shows, carried by its buttons. */
export function contentHash(view: ViewCode, text: string): string {
  return createHash("sha256").update(`${view}\n${text}`).digest("base64url").slice(0, 5);
}

const fitsCaption = (text: string) => text.length <= CAPTION_LIMIT;
const photoFile = (png: Buffer) => new InputFile(png, "chart.png");

/** The report's text; its last part is the update's last message (a webhook reply when possible). */
async function sendText(ctx: BotContext, text: string, keyboard: InlineKeyboard): Promise<void> {
  const parts = splitHtml(text);
  for (const [i, part] of parts.entries()) {
    if (i < parts.length - 1) await ctx.reply(part, HTML);
    else await ctx.finalReply(part, { ...HTML, reply_markup: keyboard });
  }
}

/** Sends the report as new message(s). */
export async function sendReport(ctx: BotContext, view: ViewCode, ref: LocationRef, content: ReportContent) {
  const keyboard = reportKeyboard(ctx.botIdentity, view, ref, contentHash(view, content.text), ctx.t);
  if (!content.chart) return sendText(ctx, content.text, keyboard);
  const png = await withProgress(ctx, "upload_photo", content.chart);
  if (fitsCaption(content.text)) {
    await ctx.replyWithPhoto(photoFile(png), { caption: content.text, ...HTML, reply_markup: keyboard });
    return;
  }
  await ctx.replyWithPhoto(photoFile(png));
  await sendText(ctx, content.text, keyboard);
}

/**
 * Replaces the pressed message with the report, unless it already shows this content
 * (`shownHash`). Answers the button either way.
 */
export async function editReport(
  ctx: BotContext,
  view: ViewCode,
  ref: LocationRef,
  content: ReportContent,
  shownHash: string,
): Promise<void> {
  const hash = contentHash(view, content.text);
  if (hash === shownHash) {
    await ctx.answerCallbackQuery({ text: ctx.t("netmon-up-to-date") });
    return;
  }
  const keyboard = reportKeyboard(ctx.botIdentity, view, ref, hash, ctx.t);
  const message = ctx.callbackQuery?.message;
  const onPhoto = Boolean(message && "photo" in message && message.photo);
  const single = splitHtml(content.text).length === 1;
  try {
    if (content.chart && onPhoto && fitsCaption(content.text)) {
      const png = await withProgress(ctx, "upload_photo", content.chart);
      await ctx.editMessageMedia(
        InputMediaBuilder.photo(photoFile(png), { caption: content.text, ...HTML }),
        {
          reply_markup: keyboard,
        },
      );
    } else if (!content.chart && !onPhoto && single) {
      await ctx.editMessageText(content.text, { ...HTML, reply_markup: keyboard });
    } else if (content.chart && !onPhoto && single) {
      // The long-summary layout: the summary (with the buttons) is edited, a new chart follows.
      const png = await withProgress(ctx, "upload_photo", content.chart);
      await ctx.editMessageText(content.text, { ...HTML, reply_markup: keyboard });
      await ctx.replyWithPhoto(photoFile(png));
    } else {
      await sendReport(ctx, view, ref, content);
    }
  } catch (error) {
    if (!isNotModified(error)) throw error;
  }
  await ctx.answerCallbackQuery().catch(() => undefined);
}

/** Builds a report's content for a location; `view` selects the range where there is one. */
export type ReportBuilder = (
  ctx: BotContext,
  netmon: Netmon,
  target: ReportTarget,
  view: ViewCode,
) => Promise<ReportContent>;

/** `/<command>`: the report of the user's current location, as a new message. */
export function reportCommand(netmon: Netmon, command: string, view: ViewCode, build: ReportBuilder) {
  const feature = new Composer<BotContext>();
  feature.command(command, async (ctx) => {
    const target = await commandTarget(ctx, netmon);
    if (!target) return;
    await withPlumeAccess(ctx, async () => {
      const content = await withProgress(ctx, "typing", () => build(ctx, netmon, target, view));
      await sendReport(ctx, view, target, content);
    });
  });
  return feature;
}
