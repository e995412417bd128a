/**
 * Who joins and who leaves, from Telegram's `chat_member` updates: they reach an admin bot
 * whether or not the group shows join messages (large groups hide them), one per person, with who
 * let them in. (The "joined" service messages are only deleted, in serviceMessages.ts; a bot that
 * is not an admin gets no `chat_member` updates, and so welcomes nobody.)
 *
 * A newcomer (not a bot) gets the captcha when the group has it on, and the welcome once they
 * pass it; otherwise the welcome at once. No captcha for someone an admin let in (added them, or
 * approved their request: the admin vouches), for someone joining already restricted (an admin's
 * restriction is not to be lifted by a tap), or in a basic group (Telegram restricts members only
 * in supergroups). Someone who leaves with a check pending ends it (captcha.ts).
 */
import { Composer } from "grammy";
import type { ChatMember, ChatMemberUpdated } from "grammy/types";
import type { BotContext } from "../../../kernel/context.js";
import { normalizeLanguage } from "../../../kernel/i18n.js";
import { type BotRights, botRights } from "./botRights.js";
import { dropCaptcha, startCaptcha } from "./captcha.js";
import { type NewcomerDeps, sendWelcome, speaker } from "./welcome.js";

/** In the group now: an owner, an admin, a member, or a restricted member who has not left. */
const present = (member: ChatMember): boolean =>
  member.status === "creator" ||
  member.status === "administrator" ||
  member.status === "member" ||
  (member.status === "restricted" && member.is_member);

/** Whether the update is someone joining, leaving, or neither (a promotion, a restriction…). */
export function membershipChange(update: ChatMemberUpdated): "joined" | "left" | undefined {
  const before = present(update.old_chat_member);
  const after = present(update.new_chat_member);
  if (!before && after) return "joined";
  if (before && !after) return "left";
  return undefined;
}

/** Whether an admin (a person, not a bot) let the newcomer in. */
async function vouched(deps: NewcomerDeps, update: ChatMemberUpdated): Promise<boolean> {
  const by = update.from;
  if (by.id === update.new_chat_member.user.id || by.is_bot) return false;
  return deps.mod.admins.isAdmin(update.chat.id, by.id);
}

async function welcomeNewcomer(
  deps: NewcomerDeps,
  rights: BotRights,
  ctx: BotContext,
  update: ChatMemberUpdated,
) {
  const { chat } = update;
  if (chat.type !== "group" && chat.type !== "supergroup") return;
  const member = update.new_chat_member.user;
  const group = { id: chat.id, title: chat.title };
  // Theirs: chosen with /language or their app's when they joined themselves; when someone
  // added them, their app's if Telegram says, else the language of whoever added them.
  const language =
    update.from.id === member.id ? ctx.language : (normalizeLanguage(member.language_code) ?? ctx.language);
  const speak = speaker(deps.mod, language);
  const settings = await deps.mod.settings.get(chat.id);
  const checked =
    settings.captcha.enabled &&
    chat.type === "supergroup" &&
    update.new_chat_member.status === "member" &&
    !(await vouched(deps, update)) &&
    // Without the right to restrict members the group is told (once a day) and the newcomer let in.
    (await rights.holds(ctx, chat.id, "can_restrict_members", "mod-captcha-cannot-restrict")) &&
    (await startCaptcha(deps, group, member, settings.captcha.seconds, speak, language));
  // With a captcha, the welcome waits for the answer.
  if (!checked) await sendWelcome(deps, group, member, speak);
}

export function newcomersFeature(deps: NewcomerDeps) {
  const rights = botRights(deps.mod);
  const feature = new Composer<BotContext>();
  feature.on("chat_member", async (ctx, next) => {
    const update = ctx.chatMember;
    const change = membershipChange(update);
    const user = update.new_chat_member.user;
    if (change === "left") await dropCaptcha(deps, update.chat.id, user.id);
    if (change === "joined" && !user.is_bot) await welcomeNewcomer(deps, rights, ctx, update);
    await next();
  });
  return feature;
}
