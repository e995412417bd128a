/**
 * Flood control: a group's `flood` setting (N messages within T seconds, then mute, ban or kick,
 * for `action_duration`) applied to non-admins. Counting is in memory (domain/floodWindow.ts says
 * why and what that means with several instances); a flood costs the action on Telegram, its
 * record in API V2 (through the outbox when API V2 is down, like an admin's action), and one
 * answer in the group, once per burst. Without the right to ban users the bot says so once.
 */
import type { BotContext } from "../../../kernel/context.js";
import { recordAction, recordLine } from "../actionRecords.js";
import type { GroupSettings } from "../apiV2Schemas.js";
import { clampDuration } from "../domain/duration.js";
import { FloodWindow } from "../domain/floodWindow.js";
import type { Moderation } from "../runtime.js";
import { durationText, HTML, lines, type Member, mention } from "../views.js";
import type { BotRights } from "./botRights.js";
import { applyOnTelegram } from "./telegramActions.js";

/** The answer in the group for each action (spelled out: the locale test finds keys by name). */
const FLOOD_TEXT = { mute: "mod-flood-mute", ban: "mod-flood-ban", kick: "mod-flood-kick" } as const;

export interface FloodCheck {
  chatId: number;
  author: Member;
  /** The message's `date` (Unix seconds). */
  sentAt: number;
  flood: GroupSettings["flood"];
  /** Whether the author is exempt (an admin); asked only when the message makes a flood. */
  exempt: () => Promise<boolean>;
}

export function floodControl(mod: Moderation, rights: BotRights) {
  const window = new FloodWindow();

  return async function count(ctx: BotContext, check: FloodCheck): Promise<void> {
    const { chatId, author, flood } = check;
    const verdict = window.hit(chatId, author.id, check.sentAt, flood);
    if (verdict !== "flood" || (await check.exempt())) return;
    if (!(await rights.holds(ctx, chatId, "can_restrict_members", "mod-flood-bot-cannot-restrict"))) return;

    const action = flood.action;
    const { seconds, clamped } =
      action === "kick"
        ? { seconds: undefined, clamped: undefined }
        : clampDuration(flood.action_duration ?? undefined);
    try {
      await applyOnTelegram(ctx.api, chatId, author.id, action, seconds, mod.now());
    } catch (error) {
      // An admin the cached list did not know yet, or a member who already left.
      ctx.log.info({ err: error, action }, "moderation: Telegram refused the flood action");
      return;
    }
    const recorded = await recordAction(
      mod,
      ctx,
      chatId,
      { action, target: author, admin: undefined, seconds, reason: "flood", timed: action !== "kick" },
      { queue: true, keySuffix: ":flood" },
    );
    const headline = ctx.t(FLOOD_TEXT[action], {
      targetHtml: mention(author),
      durationHtml: durationText(ctx.t, seconds),
      timed: seconds === undefined ? "no" : "yes",
    });
    const clampLine = clamped ? ctx.t(`mod-clamped-${clamped}`) : undefined;
    await ctx.reply(lines(headline, clampLine, recordLine(ctx, recorded)), HTML);
  };
}

export type FloodControl = ReturnType<typeof floodControl>;
