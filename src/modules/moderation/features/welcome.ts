/**
 * The welcome message a newcomer gets when the group has `welcome.enabled`: the group's own text
 * with Rose's placeholders (domain/welcomeText.ts), or the bot's default when it has none. With
 * `auto_delete.welcome` the previous welcome is deleted when a new one is sent, so a busy group
 * shows one welcome at a time; its id is kept in storage (not memory), so a restart or another
 * instance still finds it.
 *
 * Language: the newcomer's (the one they chose with /language, else their Telegram app's); a
 * group has no language of its own in API V2, and the welcome speaks to the newcomer.
 */
import type { Api } from "grammy";
import type { User } from "grammy/types";
import type { BotContext } from "../../../kernel/context.js";
import { cut } from "../../../kernel/html.js";
import type { JobRunner } from "../../../platform/jobs/jobRunner.js";
import type { Storage } from "../../../platform/storage/storage.js";
import { TITLE_LIMIT, usesPlaceholder, welcomeHtml } from "../domain/welcomeText.js";
import type { Moderation } from "../runtime.js";
import { memberOf, mention } from "../views.js";

/** What the newcomer features need, in an update or in a job alike. */
export interface NewcomerDeps {
  mod: Moderation;
  storage: Storage;
  jobs: JobRunner;
  /** This bot's Bot API (a job has no update to take it from). */
  telegram: Api;
}

/** A message of the bot in one language (the newcomer's), with `ctx.t`'s escaping. */
export type Speak = BotContext["t"];

export const speaker =
  (mod: Moderation, language: string | undefined): Speak =>
  (key, variables) =>
    mod.bot.translate(language, key, variables);

export interface GroupRef {
  id: number;
  title: string;
}

/** Bots can delete their messages for 48 hours; an older welcome id is of no use. */
const WELCOME_ID_TTL_MS = 48 * 3600_000;

/** The welcome's text: the group's own (placeholders filled in) or the default. */
async function welcomeText(
  deps: NewcomerDeps,
  group: GroupRef,
  member: User,
  template: string | null,
  speak: Speak,
): Promise<string> {
  if (template === null || template.trim() === "") {
    return speak("mod-welcome-default", {
      chat: cut(group.title, TITLE_LIMIT),
      mentionHtml: mention(memberOf(member)),
    });
  }
  const count = usesPlaceholder(template, "count")
    ? await deps.telegram.getChatMemberCount(group.id).catch(() => undefined)
    : undefined;
  return welcomeHtml(template, {
    member: {
      id: member.id,
      firstName: member.first_name,
      lastName: member.last_name,
      username: member.username,
    },
    chatName: group.title,
    count,
  });
}

/**
 * Sends the group's welcome to `member` when its settings ask for one, deleting the previous
 * welcome when they ask for that. A welcome Telegram refuses is logged, never thrown: a newcomer
 * is in either way.
 */
export async function sendWelcome(
  deps: NewcomerDeps,
  group: GroupRef,
  member: User,
  speak: Speak,
): Promise<void> {
  const { mod, storage, telegram } = deps;
  const settings = await mod.settings.get(group.id);
  if (!settings.welcome.enabled) return;
  let sentId: number;
  try {
    await mod.sends.wait(group.id);
    const text = await welcomeText(deps, group, member, settings.welcome.text, speak);
    sentId = (
      await telegram.sendMessage(group.id, text, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
      })
    ).message_id;
  } catch (error) {
    mod.logger.warn({ err: error, chatId: group.id }, "moderation: welcome not sent");
    return;
  }
  if (!settings.auto_delete.welcome) return;
  const key = mod.key("welcome", group.id);
  const [previous] = await storage.batch([
    { op: "get", key },
    { op: "set", key, value: sentId, ttlMs: WELCOME_ID_TTL_MS },
  ] as const);
  if (typeof previous !== "number") return;
  await telegram.deleteMessage(group.id, previous).catch((error: unknown) => {
    mod.logger.info({ err: error, chatId: group.id }, "moderation: previous welcome not deleted");
  });
}
