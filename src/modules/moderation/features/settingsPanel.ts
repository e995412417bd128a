/**
 * `/settings` in a group: with a member (reply, or id), their panel: their state from API V2
 * (muted, banned, restricted until when, warnings against the limit, the group's lockdown and night
 * mode) and a toggle per pair (mute/unmute, ban/unban, restrict/unrestrict, warn/clear, lockdown/
 * unlock, night mode on/off), each showing what it will do now; mute, ban and restrict ask for how
 * long first. Without a member, the group's panel: its settings summed up, lockdown and night mode.
 * In a private chat `/settings` is another feature's (managing groups from a private chat).
 *
 * Only admins with the right to restrict members may open it or press it (others get an alert and
 * nothing changes); the press says who acts, so an anonymous admin's panel needs no confirmation.
 * Buttons carry everything (settingsPanelButtons.ts), so a panel works after a restart. After each
 * action the panel is drawn again from API V2, read then (never from a cache), with the action's
 * answer; only once Telegram confirmed the action does the panel say it was done.
 */
import { Composer, GrammyError } from "grammy";
import type { ChatMember } from "grammy/types";
import { onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import type { Moderation } from "../runtime.js";
import { HTML, type Member, memberOf } from "../views.js";
import { NEEDED_RIGHT } from "./actionSpecs.js";
import { clearMemberWarnings } from "./clearWarnings.js";
import { setLockdown } from "./lockdown.js";
import { admitAdmin, freshRights, resolveTarget, runMemberAction } from "./memberActions.js";
import { setNightMode } from "./nightMode.js";
import {
  type GroupToggle,
  isGroupToggle,
  isMemberToggle,
  isPanelTimed,
  NO_TARGET,
  PANEL_DURATIONS,
  type PanelDuration,
  panelButton,
} from "./settingsPanelButtons.js";
import {
  durationKeyboard,
  groupPanel,
  memberPanel,
  memberStateFromApi,
  memberStateFromTelegram,
  type Panel,
} from "./settingsPanelView.js";

type PanelPress = Parameters<typeof panelButton.pack>[0];

const titleOf = (ctx: BotContext) => (ctx.chat && "title" in ctx.chat ? (ctx.chat.title ?? "") : "");

/**
 * The member's panel as API V2 has them (the status cache: API V2's answer to the action just
 * done, or a read at most 30 s old; `fresh` reads now); Telegram's view when API V2 does not
 * answer. `member`: their membership, when just read (saves asking Telegram again).
 */
async function drawMember(
  mod: Moderation,
  ctx: BotContext,
  chatId: number,
  target: Member,
  { result, member, fresh = false }: { result?: string; member?: ChatMember; fresh?: boolean } = {},
): Promise<Panel> {
  let state: ReturnType<typeof memberStateFromApi>;
  try {
    state = memberStateFromApi(target, await mod.statuses.get(chatId, target.id, { fresh }));
  } catch (error) {
    ctx.log.warn({ err: error, chatId }, "moderation: API V2 status failed; the panel shows Telegram's view");
    state = memberStateFromTelegram(target, member ?? (await ctx.api.getChatMember(chatId, target.id)));
  }
  return memberPanel(ctx.t, ctx.botIdentity.callbackKey, chatId, state, result);
}

/** The group's panel from its settings read from API V2 now. */
async function drawGroup(mod: Moderation, ctx: BotContext, chatId: number, result?: string): Promise<Panel> {
  const settings = await mod.settings.fresh(chatId).catch((error: unknown) => {
    ctx.log.warn({ err: error, chatId }, "moderation: API V2 settings failed");
    return undefined;
  });
  return groupPanel(ctx.t, ctx.botIdentity.callbackKey, chatId, titleOf(ctx), settings, result);
}

/** Puts `panel` in place of the pressed message; pressing Refresh on an unchanged panel is no error. */
async function show(ctx: BotContext, panel: Panel): Promise<void> {
  try {
    await ctx.editMessageText(panel.text, { ...HTML, reply_markup: panel.reply_markup });
  } catch (error) {
    if (error instanceof GrammyError && error.description.includes("message is not modified")) return;
    throw error;
  }
}

/** The panel removed; a message too old to delete loses its buttons instead. */
async function close(ctx: BotContext): Promise<void> {
  await ctx.deleteMessage().catch(async (error: unknown) => {
    ctx.log.debug({ err: error }, "moderation: panel not deleted, its buttons removed");
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } });
  });
}

/** Does a group toggle as `admin`; its answer (HTML). */
function groupToggle(mod: Moderation, ctx: BotContext, chatId: number, admin: Member, act: GroupToggle) {
  if (act === "lockdown" || act === "unlock") return setLockdown(mod, ctx, chatId, admin, act === "lockdown");
  return setNightMode(mod, ctx, chatId, admin, act === "nighton");
}

/** Does a member toggle (or clears warnings) as `admin` on `target`; its answer (HTML). */
function memberToggle(
  mod: Moderation,
  ctx: BotContext,
  press: PanelPress,
  admin: Member,
  target: Member,
  member: ChatMember,
): Promise<string> {
  const { chat: chatId, act, dur } = press;
  if (!isMemberToggle(act)) return clearMemberWarnings(mod, ctx, chatId, admin.id, target);
  const duration =
    isPanelTimed(act) && dur in PANEL_DURATIONS ? PANEL_DURATIONS[dur as PanelDuration] : undefined;
  return runMemberAction(
    mod,
    ctx,
    chatId,
    admin,
    { command: act, target, ...(duration !== undefined ? { duration } : {}) },
    { status: member.status },
  );
}

/**
 * One press of a panel button, from an admin already checked: the panel edited (or removed), or
 * the text of an alert when the press cannot act.
 */
async function pressed(
  mod: Moderation,
  ctx: BotContext,
  press: PanelPress,
  admin: Member,
): Promise<string | undefined> {
  const { chat: chatId, act } = press;
  if (act === "close") return void (await close(ctx));
  // Mute, ban and restrict: for how long, first (the text stays, only the buttons change).
  if (isPanelTimed(act) && !(press.dur in PANEL_DURATIONS)) {
    const keyboard = durationKeyboard(ctx.t, ctx.botIdentity.callbackKey, chatId, press.target, act);
    return void (await ctx.editMessageReplyMarkup({ reply_markup: keyboard }));
  }
  if (press.target === NO_TARGET) {
    const result = isGroupToggle(act) ? await groupToggle(mod, ctx, chatId, admin, act) : undefined;
    return void (await show(ctx, await drawGroup(mod, ctx, chatId, result)));
  }
  // Their name for the panel, and whether they are an admin (who cannot be restricted).
  const member = await ctx.api.getChatMember(chatId, press.target).catch(() => undefined);
  if (!member) return ctx.t("mod-target-unknown", { id: String(press.target) });
  const target = memberOf(member.user);
  // Refresh: read API V2 again, whatever the cache holds.
  if (act === "show")
    return void (await show(ctx, await drawMember(mod, ctx, chatId, target, { member, fresh: true })));
  const result = isGroupToggle(act)
    ? await groupToggle(mod, ctx, chatId, admin, act)
    : await memberToggle(mod, ctx, press, admin, target, member);
  // After the action: API V2's status from its answer to it (or read again when it had none).
  await show(ctx, await drawMember(mod, ctx, chatId, target, { result }));
  return undefined;
}

export function settingsPanelFeature(mod: Moderation) {
  const feature = new Composer<BotContext>();

  feature.command("settings", async (ctx, next) => {
    if (ctx.chat?.type === "private") return next();
    const admitted = await admitAdmin(mod, ctx);
    if (!admitted) return;
    const chatId = admitted.group.id;
    const replied = ctx.msg?.reply_to_message;
    const named = (typeof ctx.match === "string" ? ctx.match : "").trim() !== "";
    let panel: Panel;
    if ((replied && !replied.forum_topic_created) || named) {
      // Reading needs no confirmation, even for an anonymous admin: each press says who acts.
      const resolved = await resolveTarget(mod, ctx, chatId, "settings", false);
      if (!resolved) return;
      panel = await drawMember(mod, ctx, chatId, resolved.target);
    } else {
      panel = await drawGroup(mod, ctx, chatId);
    }
    await ctx.reply(panel.text, { ...HTML, reply_markup: panel.reply_markup });
  });

  onCallback(feature, panelButton, async (ctx, press) => {
    const presser = ctx.callbackQuery!.from;
    // A button only acts in the group it was drawn for.
    if (ctx.chat?.id !== press.chat) {
      await ctx.answerCallbackQuery({ text: ctx.t("callback-invalid"), show_alert: true });
      return;
    }
    const rights = await freshRights(mod, press.chat, presser.id);
    if (!rights?.[NEEDED_RIGHT]) {
      ctx.log.info({ chatId: press.chat, act: press.act }, "moderation: panel press refused");
      const text = rights
        ? ctx.t("mod-admin-lacks-right", { right: ctx.t(`group-right-${NEEDED_RIGHT}`) })
        : ctx.t("mod-panel-not-admin");
      await ctx.answerCallbackQuery({ text, show_alert: true });
      return;
    }
    const alert = await pressed(mod, ctx, press, memberOf(presser));
    // The panel (edited above) is the answer; this stops the button's spinner.
    await ctx.answerCallbackQuery(alert ? { text: alert, show_alert: true } : {});
  });

  return feature;
}
