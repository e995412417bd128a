/**
 * `/report [reason]` and `@admin` in a group, as a reply to the message to report, by a member
 * who is not an admin: each human admin gets a private notice (the group, the reporter, the
 * author, the reason, an excerpt and a link) with buttons to delete the message, mute the author
 * for an hour, ban them or dismiss the report; the group hears once that the admins were told.
 * Admins who never opened a private chat with the bot cannot be written to (Telegram's 403):
 * they are counted out, and the group is told when nobody could be reached. A message is reported
 * once (a second report is "already reported"), a member may report only a few messages in ten
 * minutes, and admins are not reported.
 *
 * A button checks on every press that the presser is still an admin with the right it needs;
 * mute and ban run as the panel's and the commands' do (`runMemberAction`), and every admin's
 * notice then shows who did what. Ordinary messages cost one regular expression here unless
 * they call the admins.
 */
import { Composer, GrammyError } from "grammy";
import type { InlineKeyboardButton, Message } from "grammy/types";
import { defineCallback, int, oneOf } from "../../../kernel/callbackData.js";
import { callbackButton, onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { cut, escapeHtml } from "../../../kernel/html.js";
import { languageKey, normalizeLanguage } from "../../../kernel/i18n.js";
import { type AdminRight, actingUser, type ChatAdmin } from "../../../platform/groups/index.js";
import { recordEvent, updateKey } from "../actionRecords.js";
import { callsAdmins } from "../domain/adminCall.js";
import { messageLink } from "../domain/messageLink.js";
import {
  REPORT_ACTIONS,
  REPORTS_PER_WINDOW,
  type Report,
  type ReportAction,
  type ReportNotice,
  type ReportOutcome,
  reportStore,
} from "../reportStore.js";
import {
  excerptOf,
  REPORT_BUTTON_KEYS,
  REPORT_MUTE_SECONDS,
  REPORT_REASON_LIMIT,
  reportButtons,
  reportNotice,
} from "../reportViews.js";
import type { Moderation } from "../runtime.js";
import { HTML, type Member, memberOf, mention, nameOf, senderMember } from "../views.js";
import { adminAccess } from "./adminAccess.js";
import { groupOf, runMemberAction } from "./memberActions.js";

/** A notice's button: what to do, to which message of which group, and its author. */
export const reportPress = defineCallback("md.rep", 1, {
  act: oneOf(REPORT_ACTIONS),
  chat: int(-(2 ** 52), -1),
  msg: int(1, 2 ** 31 - 1),
  /** The author: a user, or a channel (negative). */
  author: int(-(2 ** 52), 2 ** 52),
});

/** The right each button needs from the admin pressing it (any admin may dismiss). */
const RIGHT_FOR: Readonly<Record<ReportAction, AdminRight | undefined>> = {
  delete: "can_delete_messages",
  mute: "can_restrict_members",
  ban: "can_restrict_members",
  dismiss: undefined,
};

type Translate = (key: string, variables?: Record<string, string | number>) => string;

const translation =
  (mod: Moderation, language: string): Translate =>
  (key, variables) =>
    mod.bot.translate(language, key, variables);

function keyboard(
  mod: Moderation,
  t: Translate,
  report: Pick<Report, "chatId" | "messageId" | "author" | "outcomes">,
) {
  const rows: InlineKeyboardButton[][] = reportButtons(report).map((row) =>
    row.map((act) =>
      callbackButton(mod.bot, t(REPORT_BUTTON_KEYS[act]), reportPress, {
        act,
        chat: report.chatId,
        msg: report.messageId,
        author: report.author.id,
      }),
    ),
  );
  return { inline_keyboard: rows };
}

/** Each admin's language: the one they chose with /language, else Telegram's, else the reporter's. */
async function languagesOf(mod: Moderation, ctx: BotContext, admins: readonly ChatAdmin[]) {
  const chosen = await ctx.services.storage.batch(
    admins.map((a) => ({ op: "get" as const, key: languageKey(mod.bot.id, a.user.id) })),
  );
  return admins.map(
    (a, i) =>
      normalizeLanguage(chosen[i] as string | undefined) ??
      normalizeLanguage(a.user.language_code) ??
      ctx.language,
  );
}

/** Sends the notice to every human admin; the notices that went out (403s are counted out). */
async function notifyAdmins(mod: Moderation, ctx: BotContext, report: Report): Promise<ReportNotice[]> {
  const admins = (await mod.admins.admins(report.chatId)).filter((a) => !a.user.is_bot);
  const languages = await languagesOf(mod, ctx, admins);
  const sent = await Promise.all(
    admins.map(async (admin, i): Promise<ReportNotice | undefined> => {
      const language = languages[i] ?? ctx.language;
      const t = translation(mod, language);
      try {
        await mod.sends.wait(admin.user.id);
        const message = await ctx.api.sendMessage(admin.user.id, reportNotice(t, report), {
          ...HTML,
          link_preview_options: { is_disabled: true },
          reply_markup: keyboard(mod, t, report),
        });
        return { chatId: admin.user.id, messageId: message.message_id, language };
      } catch (error) {
        // 403: the admin never started the bot, or blocked it. Either way not reachable now.
        if (error instanceof GrammyError && error.error_code === 403) return undefined;
        ctx.log.warn({ err: error, chatId: report.chatId }, "moderation: a report notice failed");
        return undefined;
      }
    }),
  );
  return sent.filter((n): n is ReportNotice => n !== undefined);
}

/** The author of the reported message, or why it cannot be reported (a Fluent key). */
async function authorOf(
  mod: Moderation,
  ctx: BotContext,
  chatId: number,
  replied: Message,
): Promise<Member | string> {
  const senderChat = replied.sender_chat;
  // Written as the group itself: an anonymous admin.
  if (senderChat?.id === chatId) return "mod-report-admin-target";
  if (senderChat) return { id: senderChat.id, name: ("title" in senderChat && senderChat.title) || "" };
  const from = replied.from;
  if (!from) return "mod-report-how";
  if (from.id === ctx.me.id) return "mod-report-bot";
  if (await mod.admins.isAdmin(chatId, from.id)) return "mod-report-admin-target";
  return memberOf(from);
}

/**
 * A report in the group. `command`: by /report, which always gets an answer; an `@admin`
 * mention by an admin (calling the other admins) or by a channel stays quiet.
 */
async function report(mod: Moderation, ctx: BotContext, command: boolean): Promise<void> {
  const group = groupOf(ctx);
  const message = ctx.msg;
  if (!group || !message) return;
  // A reply to the report itself, still sent if that message is gone (auto-deleted commands).
  const say = (key: string, variables?: Record<string, string | number>) =>
    ctx.reply(ctx.t(key, variables), {
      ...HTML,
      reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
    });
  const actor = actingUser(ctx);
  if (!actor || actor.kind === "channel") return void (command && (await say("mod-report-not-member")));
  const byAdmin = actor.kind === "anonymous_admin" || (await mod.admins.isAdmin(group.id, actor.id));
  if (byAdmin) return void (command && (await say("mod-report-by-admin")));
  const replied = message.reply_to_message;
  // A reply to a forum topic's first message is not a reply to a person.
  if (!replied || replied.forum_topic_created) return void (await say("mod-report-how"));

  const author = await authorOf(mod, ctx, group.id, replied);
  if (typeof author === "string") {
    // An anonymous admin is named as Telegram shows them: their title, else the group's name.
    const targetHtml =
      replied.sender_chat || !replied.from
        ? escapeHtml(replied.author_signature ?? group.title)
        : mention(memberOf(replied.from));
    return void (await say(author, { targetHtml }));
  }
  const store = reportStore({ storage: ctx.services.storage, key: mod.key });
  const allowance = await store.allow(group.id, actor.id);
  if (!allowance.allowed) {
    // Said once per window; further reports in it are dropped without a word.
    if (allowance.count === REPORTS_PER_WINDOW + 1) await say("mod-report-too-many");
    return;
  }
  const reason = command && typeof ctx.match === "string" ? cut(ctx.match, REPORT_REASON_LIMIT) : "";
  const excerpt = excerptOf(replied);
  const link = messageLink(group, replied.message_id);
  const entry: Report = {
    chatId: group.id,
    chatTitle: group.title,
    messageId: replied.message_id,
    ...(link ? { link } : {}),
    reporter: senderMember(ctx, actor.id),
    author,
    ...(excerpt ? { excerpt } : {}),
    ...(reason ? { reason } : {}),
    at: mod.now(),
    notices: [],
    outcomes: [],
  };
  if (!(await store.open(entry))) return void (await say("mod-report-already"));
  entry.notices = await notifyAdmins(mod, ctx, entry);
  await store.save(entry, mod.now());
  ctx.log.info({ chatId: group.id, reached: entry.notices.length }, "moderation: report sent");
  await say(entry.notices.length > 0 ? "mod-report-sent" : "mod-report-nobody");
}

/** Shows the report's state on every admin's notice (the presser's included). */
async function refreshNotices(mod: Moderation, ctx: BotContext, entry: Report): Promise<void> {
  await Promise.all(
    entry.notices.map(async (notice) => {
      const t = translation(mod, notice.language);
      try {
        await mod.sends.wait(notice.chatId);
        await ctx.api.editMessageText(notice.chatId, notice.messageId, reportNotice(t, entry), {
          ...HTML,
          link_preview_options: { is_disabled: true },
          reply_markup: keyboard(mod, t, entry),
        });
      } catch (error) {
        ctx.log.debug({ err: error, chatId: entry.chatId }, "moderation: a report notice was not updated");
      }
    }),
  );
}

/** Deletes the reported message; `gone` when it was deleted already. Telegram's other refusals throw. */
async function deleteReported(
  mod: Moderation,
  ctx: BotContext,
  reported: { chatId: number; chatTitle: string | undefined; messageId: number; author: Member },
  admin: Member,
): Promise<{ gone: boolean }> {
  const { chatId, messageId, author } = reported;
  try {
    await ctx.api.deleteMessage(chatId, messageId);
  } catch (error) {
    if (error instanceof GrammyError && /message to delete not found/i.test(error.description)) {
      return { gone: true };
    }
    throw error;
  }
  await recordEvent(
    mod,
    {
      groupId: chatId,
      userId: author.id > 0 ? author.id : undefined,
      adminId: admin.id,
      action: "delete_message",
      details: "reported",
      at: new Date(mod.now()),
      idempotencyKey: updateKey(mod, ctx),
    },
    ctx.log,
  );
  void mod.logChannel.post(
    {
      groupId: chatId,
      groupTitle: reported.chatTitle,
      action: "delete_message",
      admin,
      target: author.id > 0 ? author : undefined,
      reason: "report",
      seconds: undefined,
      timed: false,
    },
    ctx.t,
  );
  return { gone: false };
}

/** Mutes (an hour) or bans the author as `admin`; the answer, and whether Telegram shows it done. */
async function restrictAuthor(
  mod: Moderation,
  ctx: BotContext,
  chatId: number,
  act: "mute" | "ban",
  author: Member,
  admin: Member,
  reason: string | undefined,
): Promise<{ answer: string; done: boolean }> {
  const answer = await runMemberAction(mod, ctx, chatId, admin, {
    command: act,
    target: author,
    ...(act === "mute" ? { duration: REPORT_MUTE_SECONDS } : {}),
    reason: reason ? `report: ${reason}` : "report",
  });
  // The answer is text for people; whether it took is Telegram's to say.
  const member = await ctx.api.getChatMember(chatId, author.id).catch(() => undefined);
  const done =
    act === "ban"
      ? member?.status === "kicked"
      : member?.status === "restricted" && member.can_send_messages === false;
  return { answer, done };
}

async function press(
  mod: Moderation,
  ctx: BotContext,
  value: { act: ReportAction; chat: number; msg: number; author: number },
): Promise<void> {
  const { act, chat, msg, author } = value;
  const from = ctx.callbackQuery!.from;
  const alert = (key: string, variables?: Record<string, string | number>) =>
    ctx.answerCallbackQuery({ text: ctx.t(key, variables), show_alert: true });
  const right = RIGHT_FOR[act];
  const access = await adminAccess(mod, chat, from.id, right);
  if (access === "gone") return void (await alert("mod-report-bot-gone"));
  if (access === "not-admin") return void (await alert("mod-report-not-admin"));
  if (access === "lacks-right") {
    return void (await alert("mod-admin-lacks-right", { right: ctx.t(`group-right-${right}`) }));
  }
  const store = reportStore({ storage: ctx.services.storage, key: mod.key });
  const entry = await store.get(chat, msg);
  const done = new Set(entry?.outcomes.map((o) => o.action));
  if (done.has("dismiss")) return void (await alert("mod-report-closed"));
  if (done.has(act)) return void (await alert("mod-report-done-already"));
  const admin: Member = memberOf(from);
  // The report's record outlives most presses; past it, Telegram still knows the author's name.
  const authorMember: Member = entry?.author ?? {
    id: author,
    name:
      act === "dismiss" || author <= 0
        ? String(author)
        : await ctx.api.getChatMember(chat, author).then(
            (m) => nameOf(m.user),
            () => String(author),
          ),
  };

  let outcome: ReportOutcome | undefined;
  if (act === "dismiss") outcome = { action: act, by: admin };
  if (act === "delete") {
    try {
      const reported = { chatId: chat, chatTitle: entry?.chatTitle, messageId: msg, author: authorMember };
      const { gone } = await deleteReported(mod, ctx, reported, admin);
      outcome = { action: act, by: admin, ...(gone ? { gone } : {}) };
    } catch (error) {
      if (!(error instanceof GrammyError)) throw error;
      return void (await alert("mod-report-telegram-refused", { reason: cut(error.description, 150) }));
    }
  }
  if (act === "mute" || act === "ban") {
    if (author <= 0) return void (await alert("mod-report-channel"));
    const result = await restrictAuthor(mod, ctx, chat, act, authorMember, admin, entry?.reason);
    await ctx.reply(result.answer, HTML);
    if (result.done) outcome = { action: act, by: admin };
  }
  if (!outcome) return void (await ctx.answerCallbackQuery());
  if (entry) {
    entry.outcomes.push(outcome);
    await store.save(entry, mod.now());
    await refreshNotices(mod, ctx, entry);
  } else {
    // The report is older than its record: only this notice can still change.
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
  }
  await ctx.answerCallbackQuery({ text: ctx.t("mod-report-pressed") });
}

export function reportsFeature(mod: Moderation) {
  const feature = new Composer<BotContext>();

  feature.command("report", async (ctx) => {
    if (!groupOf(ctx)) return void (await ctx.reply(ctx.t("mod-groups-only"), HTML));
    await report(mod, ctx, true);
  });

  // `@admin` in any message of a group (text or caption); everything else passes on untouched.
  feature.on("message", async (ctx, next) => {
    if (callsAdmins(ctx.msg.text ?? ctx.msg.caption) && groupOf(ctx)) await report(mod, ctx, false);
    await next();
  });

  onCallback(feature, reportPress, (ctx, value) => press(mod, ctx, value));
  return feature;
}
