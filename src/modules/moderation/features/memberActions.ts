/**
 * `/mute /unmute /ban /unban /warn /kick /restrict /unrestrict` in groups. The target is the author
 * of the message the command replies to, or a numeric id; then an optional duration (mute, ban,
 * restrict) and the reason. Only admins with the right to restrict members may act; an anonymous
 * admin confirms with a button (the press tells who they are). `runMemberAction` does the work and
 * gives back the answer (the commands reply with it, the /settings panel shows it): the bot checks
 * its own right, refuses admins and the owner, does the action on Telegram, then records it in
 * API V2 under the update's id as the `Idempotency-Key`, and answers only once Telegram confirmed.
 * When API V2 cannot take the record now, it waits in the outbox (outbox.ts) and the answer says
 * so; `/warn` is refused instead, as API V2 counts the warnings.
 */
import { Composer, GrammyError } from "grammy";
import type { ChatMember } from "grammy/types";
import { z } from "zod";
import type { BotContext } from "../../../kernel/context.js";
import { type AdminRights, actingUser, rightsOf } from "../../../platform/groups/index.js";
import { type ActionToRecord, recordAction, recordLine } from "../actionRecords.js";
import { parseCommandArgs } from "../domain/commandArgs.js";
import { clampDuration } from "../domain/duration.js";
import { NOT_SEEN_KEY } from "../memberDirectory.js";
import type { Moderation } from "../runtime.js";
import { durationText, HTML, lines, type Member, memberOf, mention, senderMember } from "../views.js";
import { MEMBER_COMMANDS, NEEDED_RIGHT, RESTRICTING, TIMED } from "./actionSpecs.js";
import { applyOnTelegram } from "./telegramActions.js";

/** What an action needs once its target is known: also what waits for an anonymous admin's press. */
export const actionRequestSchema = z.object({
  command: z.enum(MEMBER_COMMANDS),
  target: z.object({ id: z.number().int().positive(), name: z.string() }),
  /** Seconds as typed, before Telegram's clamp. */
  duration: z.number().int().positive().optional(),
  reason: z.string().optional(),
});
export type ActionRequest = z.output<typeof actionRequestSchema>;

/** The group of this update, or undefined in private chats and channels. */
export function groupOf(ctx: BotContext) {
  const chat = ctx.chat;
  return chat && (chat.type === "group" || chat.type === "supergroup") ? chat : undefined;
}

/** The admin's (or the bot's) entry, refetched once when the cached list says no. */
export async function freshRights(
  mod: Moderation,
  chatId: number,
  userId: number,
): Promise<AdminRights | undefined> {
  const cached = await mod.admins.admin(chatId, userId);
  if (cached && rightsOf(cached)[NEEDED_RIGHT]) return rightsOf(cached);
  const fresh = await mod.admins.admin(chatId, userId, { maxAgeMs: 10_000 });
  return fresh ? rightsOf(fresh) : undefined;
}

const rightName = (ctx: BotContext) => ctx.t(`group-right-${NEEDED_RIGHT}`);

/** The target named by the command, or a refusal already answered. */
export async function resolveTarget(
  mod: Moderation,
  ctx: BotContext,
  chatId: number,
  command: string,
  timed: boolean,
): Promise<{ target: Member; duration?: number; reason?: string } | undefined> {
  const replied = ctx.msg?.reply_to_message;
  // A reply to the topic's first message in a forum is not a reply to a person.
  const replying = replied !== undefined && !replied.forum_topic_created;
  const args = parseCommandArgs(typeof ctx.match === "string" ? ctx.match : "", {
    replying,
    timed,
  });
  let target: Member;
  switch (args.target.kind) {
    case "reply": {
      if (!replied?.from || replied.sender_chat || replied.from.is_bot) {
        await ctx.reply(ctx.t("mod-target-not-person"), HTML);
        return undefined;
      }
      target = memberOf(replied.from);
      break;
    }
    case "id": {
      const member = await ctx.api.getChatMember(chatId, args.target.id).catch(() => undefined);
      if (!member) {
        await ctx.reply(ctx.t("mod-target-unknown", { id: String(args.target.id) }), HTML);
        return undefined;
      }
      target = memberOf(member.user);
      break;
    }
    case "username": {
      const seen = await mod.members.lookup(chatId, args.target.username);
      // Confirmed on Telegram: a username may have changed hands since it was seen.
      const member = seen && (await ctx.api.getChatMember(chatId, seen.id).catch(() => undefined));
      if (member?.user.username?.toLowerCase() !== args.target.username.toLowerCase()) {
        await ctx.reply(ctx.t(NOT_SEEN_KEY, { username: `@${args.target.username}` }), HTML);
        return undefined;
      }
      target = memberOf(member.user);
      break;
    }
    case "none":
      await ctx.reply(ctx.t("mod-target-missing", { command: `/${command}` }), HTML);
      return undefined;
  }
  if (target.id === ctx.me.id) {
    await ctx.reply(ctx.t("mod-target-self"), HTML);
    return undefined;
  }
  return {
    target,
    ...(args.duration !== undefined ? { duration: args.duration } : {}),
    ...(args.reason !== undefined ? { reason: args.reason } : {}),
  };
}

/** Telegram's refusal as an answer; other errors go to the kernel's boundary. */
function telegramRefused(ctx: BotContext, error: unknown): string {
  if (!(error instanceof GrammyError)) throw error;
  ctx.log.info({ err: error }, "moderation: Telegram refused the action");
  return ctx.t("mod-telegram-refused", { reason: error.description });
}

/** What the caller may already know, so the action does not ask Telegram again. */
export interface KnownTarget {
  /** The target's membership status, just read from Telegram. */
  status?: ChatMember["status"];
}

/**
 * Does `request` as `admin` (the sender, the anonymous admin who confirmed, or the admin who
 * pressed a panel button) and gives back the answer, HTML: what was done, or why not. Checks the
 * bot's right and refuses admins and the owner; the caller has checked `admin`'s right.
 */
export async function runMemberAction(
  mod: Moderation,
  ctx: BotContext,
  chatId: number,
  admin: Member,
  request: ActionRequest,
  known: KnownTarget = {},
): Promise<string> {
  const bot = await freshRights(mod, chatId, ctx.me.id);
  if (!bot?.[NEEDED_RIGHT]) {
    const key = bot ? "mod-bot-lacks-right" : "mod-bot-not-admin";
    return ctx.t(key, { right: rightName(ctx) });
  }
  const targetHtml = mention(request.target);
  if (RESTRICTING.has(request.command)) {
    const status = known.status ?? (await ctx.api.getChatMember(chatId, request.target.id)).status;
    if (status === "creator" || status === "administrator") {
      return ctx.t(status === "creator" ? "mod-target-owner" : "mod-target-admin", { targetHtml });
    }
  }
  const { seconds, clamped } = TIMED.has(request.command)
    ? clampDuration(request.duration)
    : { seconds: undefined, clamped: undefined };
  const reasonLine = request.reason ? ctx.t("mod-reason", { reason: request.reason }) : undefined;
  const clampLine = clamped ? ctx.t(`mod-clamped-${clamped}`) : undefined;

  const toRecord: ActionToRecord = {
    action: request.command,
    target: request.target,
    admin,
    seconds,
    reason: request.reason,
    timed: TIMED.has(request.command),
  };
  if (request.command === "warn") return warn(mod, ctx, chatId, toRecord, targetHtml, reasonLine);

  try {
    await applyOnTelegram(ctx.api, chatId, request.target.id, request.command, seconds, mod.now());
  } catch (error) {
    return telegramRefused(ctx, error);
  }
  const recorded = await recordAction(mod, ctx, chatId, toRecord, { queue: true });
  const headline = ctx.t(`mod-done-${request.command}`, {
    targetHtml,
    durationHtml: durationText(ctx.t, seconds),
    timed: seconds === undefined ? "no" : "yes",
  });
  return lines(headline, reasonLine, clampLine, recordLine(ctx, recorded));
}

/** A warning is API V2's to count: recorded first, then the limit's action applied on Telegram. */
async function warn(
  mod: Moderation,
  ctx: BotContext,
  chatId: number,
  toRecord: ActionToRecord,
  targetHtml: string,
  reasonLine: string | undefined,
): Promise<string> {
  const target = toRecord.target!;
  // Not queued: API V2 counts the warnings, and the limit's action depends on its answer.
  const recorded = await recordAction(mod, ctx, chatId, toRecord, { queue: false });
  if (!("result" in recorded)) return ctx.t("mod-warn-failed", { targetHtml });
  const { warnings, escalation } = recorded.result;
  if (!escalation) {
    const counts = { count: warnings?.count ?? 0, limit: warnings?.limit ?? 0 };
    return lines(ctx.t("mod-done-warn", { targetHtml, ...counts }), reasonLine);
  }
  const action = escalation.action === "mute" || escalation.action === "kick" ? escalation.action : "ban";
  const { seconds } =
    action === "kick" ? { seconds: undefined } : clampDuration(escalation.duration ?? undefined);
  const limit = warnings?.limit ?? 0;
  try {
    await applyOnTelegram(ctx.api, chatId, target.id, action, seconds, mod.now());
  } catch (error) {
    ctx.log.info({ err: error }, "moderation: the warning limit's action was refused");
    const reason = error instanceof GrammyError ? error.description : String(error);
    return ctx.t("mod-escalation-refused", { targetHtml, limit, reason });
  }
  const headline = ctx.t(`mod-escalated-${action}`, {
    targetHtml,
    limit,
    durationHtml: durationText(ctx.t, seconds),
    timed: seconds === undefined ? "no" : "yes",
  });
  // API V2 imposed it already (the escalation); the channel still hears of it.
  void mod.logChannel.post(
    {
      groupId: chatId,
      groupTitle: ctx.chat && "title" in ctx.chat ? ctx.chat.title : undefined,
      action,
      admin: undefined,
      target,
      reason: escalation.details ?? undefined,
      seconds,
      timed: action !== "kick",
    },
    ctx.t,
  );
  return lines(headline, reasonLine);
}

/**
 * The group of a command any admin may use to read (`/info`, `/nightmode` alone): an anonymous
 * admin writes as the group, which only admins can, so reading needs no button. A refusal already
 * answered otherwise.
 */
export async function admitReader(mod: Moderation, ctx: BotContext) {
  const group = groupOf(ctx);
  if (!group) return void (await ctx.reply(ctx.t("mod-groups-only"), HTML));
  const actor = actingUser(ctx);
  const isAdmin =
    actor?.kind === "anonymous_admin" ||
    (actor?.kind === "user" && (await mod.admins.isAdmin(group.id, actor.id)));
  if (!isAdmin) return void (await ctx.reply(ctx.t("mod-admins-only"), HTML));
  return group;
}

/**
 * The group and the acting admin of a command that needs the right to restrict members (an
 * anonymous admin is admitted, to confirm with a button); a refusal already answered otherwise.
 */
export async function admitAdmin(mod: Moderation, ctx: BotContext) {
  const group = groupOf(ctx);
  if (!group) return void (await ctx.reply(ctx.t("mod-groups-only"), HTML));
  const actor = actingUser(ctx);
  if (!actor || actor.kind === "channel") return void (await ctx.reply(ctx.t("mod-admins-only"), HTML));
  if (actor.kind === "user") {
    // Checked before the target, so a member cannot probe who is in the group.
    const rights = await freshRights(mod, group.id, actor.id);
    if (!rights) return void (await ctx.reply(ctx.t("mod-admins-only"), HTML));
    if (!rights[NEEDED_RIGHT])
      return void (await ctx.reply(ctx.t("mod-admin-lacks-right", { right: rightName(ctx) }), HTML));
  }
  return { group, actor };
}

export function memberActionsFeature(mod: Moderation) {
  const feature = new Composer<BotContext>();
  const confirmable = mod.anonymous.register("member", {
    right: NEEDED_RIGHT,
    payload: actionRequestSchema,
    run: async (ctx, { chatId, admin, payload }) =>
      ctx.reply(await runMemberAction(mod, ctx, chatId, memberOf(admin), payload), HTML),
  });

  for (const command of MEMBER_COMMANDS) {
    feature.command(command, async (ctx) => {
      const admitted = await admitAdmin(mod, ctx);
      if (!admitted) return;
      const { group, actor } = admitted;
      const resolved = await resolveTarget(mod, ctx, group.id, command, TIMED.has(command));
      if (!resolved) return;
      const request: ActionRequest = { command, ...resolved };
      if (actor.kind === "anonymous_admin") {
        await confirmable.ask(ctx, request, `/${command}`);
        return;
      }
      await ctx.reply(await runMemberAction(mod, ctx, group.id, senderMember(ctx, actor.id), request), HTML);
    });
  }
  return feature;
}
