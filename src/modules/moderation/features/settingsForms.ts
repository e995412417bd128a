/**
 * The values of the private settings menu that are typed rather than tapped (the warning limit,
 * durations, the flood rule, night mode's times and zone, the welcome text, the captcha time, the
 * log channel), one platform form each: the group is given when the form starts (never asked),
 * the value is checked by its schema (domain/settingsValues.ts) and refused in the admin's
 * language, then the admin is checked again, the change is a PATCH to API V2, and the section is
 * shown with the value API V2 now holds. Back, /cancel and the time-out are the forms engine's.
 */
import type { Chat } from "grammy/types";
import { z } from "zod";
import type { BotContext } from "../../../kernel/context.js";
import { defineForm, type Form, type InvalidAnswer } from "../../../kernel/forms/index.js";
import type { GroupSettings, SettingsPatch } from "../apiV2Schemas.js";
import { ASKS, type AskName } from "../domain/settingsEdits.js";
import {
  BOUNDS,
  channelRefOf,
  clockTime,
  timeSpan,
  timeZone,
  welcomeText,
  wholeNumber,
} from "../domain/settingsValues.js";
import { CALLBACK_PREFIX, MODERATION, type Moderation } from "../runtime.js";
import { type GroupRef, placeholderList } from "../settingsViews.js";
import { HTML } from "../views.js";
import { adminAccess } from "./adminAccess.js";
import { apiFailure, groupRef, keyboard, refusedByApi, showSection } from "./settingsMenu.js";

/** A PATCH body, or why the value cannot be taken (a Fluent key and its variables). */
type Patched = SettingsPatch | { refused: string; args?: Record<string, string | number> };

// biome-ignore lint/suspicious/noExplicitAny: the forms' answers differ per form
export type SettingsForms = Readonly<Record<AskName, Form<any>>>;

/** The group, given by the press that starts the form (`fixed`), never asked. */
const groupSchema = z.coerce.number().int().negative();

/** The prompt of a value step: the question, and a button back to the section without a change. */
function prompt(
  mod: Moderation,
  ask: AskName,
  key: string,
  args?: (s: GroupSettings, ctx: BotContext) => Record<string, string | number>,
) {
  return async (ctx: BotContext, values: { group?: unknown }) => {
    const chatId = Number(values.group);
    const settings = args ? await mod.settings.get(chatId) : undefined;
    const cancel = [{ label: ctx.t("mod-ps-form-back"), go: ASKS[ask] }];
    return {
      text: ctx.t(key, settings && args ? args(settings, ctx) : undefined),
      buttons: keyboard(mod, [cancel], chatId).inline_keyboard,
    };
  };
}

/**
 * The end of every form: the admin still an admin, the settings as they are now, the change
 * checked against them, the PATCH, then the section as API V2 answered it.
 */
async function save<Step extends string>(
  mod: Moderation,
  ctx: BotContext,
  chatId: number,
  ask: AskName,
  patchOf: (settings: GroupSettings, group: GroupRef) => Patched | Promise<Patched>,
  retry: { step: Step; hint: InvalidAnswer },
): Promise<undefined | { retry: Step; prompt: true }> {
  const say = (key: string, args?: Record<string, string | number>) => ctx.reply(ctx.t(key, args), HTML);
  const access = await adminAccess(mod, chatId, ctx.from?.id ?? 0);
  if (access !== "admin") return void (await say(access === "gone" ? "mod-ps-bot-gone" : "mod-ps-not-admin"));
  try {
    const settings = await mod.settings.fresh(chatId);
    const patch = await patchOf(settings, await groupRef(mod, chatId, settings));
    if ("refused" in patch) {
      await say(patch.refused, patch.args);
      return { retry: retry.step, prompt: true };
    }
    const updated = await mod.settings.update(chatId, patch);
    ctx.log.info({ chatId, setting: ask }, "moderation: a setting changed from the private menu");
    await showSection(mod, ctx, chatId, ASKS[ask], "reply", {
      settings: updated,
      note: ctx.t("mod-ps-saved"),
    });
    return undefined;
  } catch (error) {
    if (!apiFailure(error)) throw error;
    if (refusedByApi(error)) {
      await say("mod-ps-refused", { hintHtml: ctx.t(retry.hint.key, retry.hint.args) });
      return { retry: retry.step, prompt: true };
    }
    ctx.log.warn({ err: error, chatId }, "moderation: API V2 settings unavailable");
    await say("mod-ps-api-down");
    return undefined;
  }
}

/** A form of one typed value. */
function valueForm<S extends z.ZodType>(
  mod: Moderation,
  ask: AskName,
  id: string,
  step: {
    schema: S;
    prompt: ReturnType<typeof prompt>;
    invalid: InvalidAnswer;
    notText?: string;
    patch: (
      ctx: BotContext,
      value: z.output<S>,
      settings: GroupSettings,
      group: GroupRef,
    ) => Patched | Promise<Patched>;
  },
): Form<{ group: number; value: z.output<S> }> {
  return defineForm({ id, module: MODERATION, prefix: CALLBACK_PREFIX, now: mod.now })
    .text("group", { schema: groupSchema, prompt: "mod-ps-form-back" })
    .text("value", {
      schema: step.schema,
      prompt: step.prompt,
      invalid: () => step.invalid,
      ...(step.notText ? { notText: step.notText } : {}),
    })
    .submit(async (ctx, { group, value }) =>
      save(mod, ctx, group, ask, (s, g) => step.patch(ctx, value as z.output<S>, s, g), {
        step: "value" as const,
        hint: step.invalid,
      }),
    );
}

const bad = (key: string, args?: Record<string, string | number>): InvalidAnswer =>
  args ? { key, args } : { key };

/** The channel the admin named (a forwarded post, `@username`, or id), or why not. */
async function channelFrom(ctx: BotContext, text: string): Promise<Chat | string> {
  const origin = ctx.message?.forward_origin;
  if (origin?.type === "channel") return origin.chat;
  const ref = channelRefOf(text);
  if (!ref) return "mod-ps-bad-channel";
  const chat = await ctx.api
    .getChat(ref.kind === "username" ? `@${ref.username}` : ref.id)
    .catch(() => undefined);
  return chat ?? "mod-ps-log-unknown";
}

/**
 * The log channel: a channel, of which the admin is an admin too (or anyone could send a group's
 * log to a channel the bot happens to administer), and where the bot can post: it posts a test.
 */
async function logChannelPatch(
  mod: Moderation,
  ctx: BotContext,
  text: string,
  group: GroupRef,
): Promise<Patched> {
  const chat = await channelFrom(ctx, text);
  if (typeof chat === "string") return { refused: chat };
  if (chat.type !== "channel") return { refused: "mod-ps-log-not-channel" };
  const member = await ctx.api.getChatMember(chat.id, ctx.from?.id ?? 0).catch(() => undefined);
  if (member?.status !== "creator" && member?.status !== "administrator") {
    return { refused: "mod-ps-log-not-your-channel" };
  }
  try {
    await mod.sends.wait(chat.id);
    await ctx.api.sendMessage(chat.id, ctx.t("mod-ps-log-test", { group: group.title }), HTML);
  } catch (error) {
    ctx.log.info({ err: error, channel: chat.id }, "moderation: the log channel's test post failed");
    return { refused: "mod-ps-log-cannot-post" };
  }
  return { log_channel_id: chat.id };
}

export function settingsForms(mod: Moderation): SettingsForms {
  const penaltyArgs = (block: "warnings" | "flood") => (s: GroupSettings) => ({ action: s[block].action });
  const timedPenalty =
    (block: "warnings" | "flood") =>
    (_ctx: BotContext, seconds: number, s: GroupSettings): Patched =>
      s[block].action === "kick"
        ? { refused: "mod-ps-kick-no-duration" }
        : { [block]: { action_duration: seconds } };
  const badPenalty = bad("mod-ps-bad-penalty");

  const flood = defineForm({ id: "ps-flood", module: MODERATION, prefix: CALLBACK_PREFIX, now: mod.now })
    .text("group", { schema: groupSchema, prompt: "mod-ps-form-back" })
    .text("messages", {
      schema: wholeNumber(BOUNDS.floodMessages),
      prompt: prompt(mod, "ask-flood", "mod-ps-ask-flood-messages"),
      invalid: () => bad("mod-ps-bad-number", { ...BOUNDS.floodMessages }),
    })
    .text("seconds", {
      schema: timeSpan(BOUNDS.floodSeconds),
      prompt: prompt(mod, "ask-flood", "mod-ps-ask-flood-seconds"),
      invalid: () => bad("mod-ps-bad-flood-seconds"),
    })
    .submit(async (ctx, { group, messages, seconds }) =>
      save(mod, ctx, group, "ask-flood", () => ({ flood: { messages, seconds } }), {
        step: "seconds" as const,
        hint: bad("mod-ps-bad-flood-seconds"),
      }),
    );

  return {
    "ask-limit": valueForm(mod, "ask-limit", "ps-limit", {
      schema: wholeNumber(BOUNDS.warnLimit),
      prompt: prompt(mod, "ask-limit", "mod-ps-ask-limit"),
      invalid: bad("mod-ps-bad-number", { ...BOUNDS.warnLimit }),
      patch: (_ctx, limit) => ({ warnings: { limit } }),
    }),
    "ask-wdur": valueForm(mod, "ask-wdur", "ps-wdur", {
      schema: timeSpan(BOUNDS.penalty),
      prompt: prompt(mod, "ask-wdur", "mod-ps-ask-duration", penaltyArgs("warnings")),
      invalid: badPenalty,
      patch: timedPenalty("warnings"),
    }),
    "ask-wexp": valueForm(mod, "ask-wexp", "ps-wexp", {
      schema: timeSpan(BOUNDS.expiry),
      prompt: prompt(mod, "ask-wexp", "mod-ps-ask-expiry"),
      invalid: bad("mod-ps-bad-expiry"),
      patch: (_ctx, expiry) => ({ warnings: { expiry } }),
    }),
    "ask-flood": flood,
    "ask-fdur": valueForm(mod, "ask-fdur", "ps-fdur", {
      schema: timeSpan(BOUNDS.penalty),
      prompt: prompt(mod, "ask-fdur", "mod-ps-ask-duration", penaltyArgs("flood")),
      invalid: badPenalty,
      patch: timedPenalty("flood"),
    }),
    "ask-start": valueForm(mod, "ask-start", "ps-start", {
      schema: clockTime,
      prompt: prompt(mod, "ask-start", "mod-ps-ask-start", (s) => ({ zone: s.night_mode.time_zone })),
      invalid: bad("mod-ps-bad-time"),
      patch: (_ctx, start, s) =>
        start === s.night_mode.end
          ? { refused: "mod-ps-same-time", args: { time: start } }
          : { night_mode: { start } },
    }),
    "ask-end": valueForm(mod, "ask-end", "ps-end", {
      schema: clockTime,
      prompt: prompt(mod, "ask-end", "mod-ps-ask-end", (s) => ({ zone: s.night_mode.time_zone })),
      invalid: bad("mod-ps-bad-time"),
      patch: (_ctx, end, s) =>
        end === s.night_mode.start
          ? { refused: "mod-ps-same-time", args: { time: end } }
          : { night_mode: { end } },
    }),
    "ask-zone": valueForm(mod, "ask-zone", "ps-zone", {
      schema: timeZone,
      prompt: prompt(mod, "ask-zone", "mod-ps-ask-zone"),
      invalid: bad("mod-ps-bad-zone"),
      patch: (_ctx, time_zone) => ({ night_mode: { time_zone } }),
    }),
    "ask-welc": valueForm(mod, "ask-welc", "ps-welc", {
      schema: welcomeText,
      prompt: prompt(mod, "ask-welc", "mod-ps-ask-welcome", () => ({ placeholders: placeholderList() })),
      invalid: bad("mod-ps-bad-welcome", { max: BOUNDS.welcomeText.max }),
      patch: (_ctx, text) => ({ welcome: { text } }),
    }),
    "ask-capt": valueForm(mod, "ask-capt", "ps-capt", {
      schema: timeSpan(BOUNDS.captchaSeconds),
      prompt: prompt(mod, "ask-capt", "mod-ps-ask-captcha"),
      invalid: bad("mod-ps-bad-captcha"),
      patch: (_ctx, seconds) => ({ captcha: { seconds } }),
    }),
    "ask-log": valueForm(mod, "ask-log", "ps-log", {
      schema: z.string().max(4096),
      prompt: prompt(mod, "ask-log", "mod-ps-ask-log"),
      invalid: bad("mod-ps-bad-channel"),
      notText: "mod-ps-bad-channel",
      patch: (ctx, text, _s, group) => logChannelPatch(mod, ctx, text, group),
    }),
  };
}
