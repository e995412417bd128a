/**
 * The group's log channel (`log_channel_id` in its API V2 settings): every action the bot takes
 * there is posted with a tag (#MUTE, #BAN, #FLOOD…), the group, the admin, the member, the reason
 * and the duration, so admins can search the channel by tag. Posting never holds up the answer in
 * the group and never fails the action: a channel the bot cannot post to is logged and skipped.
 * Paced by the bot's send scheduler (a channel takes about 20 posts a minute).
 */
import type { Api } from "grammy";
import type { Logger } from "pino";
import type { BotContext } from "../../kernel/context.js";
import type { SendScheduler } from "../../platform/sendScheduler/sendScheduler.js";
import type { SettingsCache } from "./settingsCache.js";
import { durationText, type Member, mention } from "./views.js";

export interface LoggedAction {
  groupId: number;
  groupTitle: string | undefined;
  /** The action's name, as API V2 records it (`mute`, `lockdown`, `flood`, `lock_url`…). */
  action: string;
  /** Undefined when the bot acted on its own (flood, locks, captcha, night mode). */
  admin: Member | undefined;
  target: Member | undefined;
  reason: string | undefined;
  /** Seconds of a timed action; undefined when not timed or forever. */
  seconds: number | undefined;
  timed: boolean;
}

type Translate = BotContext["t"];

/** `#MUTE`, `#NIGHT_MODE_ON`: a hashtag Telegram links (letters, digits, underscores). */
export const tagOf = (action: string): string => `#${action.toUpperCase().replace(/[^A-Z0-9_]/g, "_")}`;

/** The post's text (HTML), in the language `t` speaks. */
export function logPost(t: Translate, entry: LoggedAction): string {
  const parts = [
    tagOf(entry.action),
    t("mod-log-group", { title: entry.groupTitle ?? String(entry.groupId), id: String(entry.groupId) }),
    entry.admin ? t("mod-log-admin", { adminHtml: mention(entry.admin) }) : t("mod-log-by-bot"),
    entry.target ? t("mod-log-member", { targetHtml: mention(entry.target) }) : undefined,
    entry.reason ? t("mod-reason", { reason: entry.reason }) : undefined,
    entry.timed ? t("mod-log-duration", { durationHtml: durationText(t, entry.seconds) }) : undefined,
  ];
  return parts.filter((p): p is string => p !== undefined).join("\n");
}

export interface LogChannel {
  /** Posts `entry` to the group's log channel, if it has one; resolves when posted or skipped. */
  post(entry: LoggedAction, t: Translate): Promise<void>;
}

export function logChannel(deps: {
  api: Api;
  settings: SettingsCache;
  sends: SendScheduler;
  logger: Pick<Logger, "warn">;
}): LogChannel {
  return {
    async post(entry, t) {
      try {
        const channel = (await deps.settings.get(entry.groupId)).log_channel_id;
        if (channel === null) return;
        await deps.sends.wait(channel);
        await deps.api.sendMessage(channel, logPost(t, entry), {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
        });
      } catch (error) {
        deps.logger.warn({ err: error, groupId: entry.groupId }, "moderation: log channel post failed");
      }
    },
  };
}
