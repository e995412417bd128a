/**
 * moderation: the group moderation bot of seed 003 ("Bot V2"), fronting API V2
 * (backends/apiv2). Admins mute, ban, restrict, warn and kick members, lock the chat down, run
 * night mode and manage every setting (in the group's /settings panel or from a private chat); the
 * bot does it on Telegram and records it in API V2, which keeps the settings, the state, the
 * warning counts and the audit trail, and posts it to the group's log channel.
 *
 * It takes its commands, its buttons (`md.*`), the member updates that keep the admin cache
 * current and welcome, check or see off newcomers (features/newcomers.ts), and every ordinary
 * group message (`messages: "groups"`): flood control, locks and the member directory see them
 * all, from memory, at no API V2 request (features/groupMessages.ts); such chatter walks only
 * the features that take it.
 *
 * Read on: config.ts → runtime.ts (what an instance holds) → apiV2Client.ts, apiV2Schemas.ts
 * (the backend), settingsCache.ts, statusCache.ts, actionRecords.ts and outbox.ts (every record,
 * now or later), logChannel.ts → domain/ (pure rules) → views.ts → features/ (handlers) → locales/.
 */
import { Composer } from "grammy";
import type { BotContext } from "../../kernel/context.js";
import { type CommandSpec, defineModule } from "../../kernel/defineModule.js";
import { moderationConfigSchema } from "./config.js";
import { parseSettingsPayload } from "./domain/settingsDeepLink.js";
import { autoDeleteCommandsFeature } from "./features/autoDeleteCommands.js";
import { CAPTCHA_JOB, captchaFeature, expireCaptcha } from "./features/captcha.js";
import { clearWarningsFeature } from "./features/clearWarnings.js";
import { groupMessagesFeature, isChatter } from "./features/groupMessages.js";
import { infoFeature } from "./features/info.js";
import { lockdownFeature } from "./features/lockdown.js";
import { memberActionsFeature } from "./features/memberActions.js";
import { newcomersFeature } from "./features/newcomers.js";
import { nightModeFeature } from "./features/nightMode.js";
import { nightModeJob } from "./features/nightModeJob.js";
import { privateSettingsFeature } from "./features/privateSettings.js";
import { reportsFeature } from "./features/reports.js";
import { serviceMessagesFeature } from "./features/serviceMessages.js";
import { settingsPanelFeature } from "./features/settingsPanel.js";
import {
  CALLBACK_PREFIX,
  createModeration,
  LOCALES_DIR,
  MODERATION,
  type ModerationOptions,
} from "./runtime.js";

export { type ModerationConfig, moderationConfigSchema } from "./config.js";
export type { ModerationOptions } from "./runtime.js";

/** moderation's commands (all in groups but /settings, which in a private chat manages groups). */
const COMMANDS = [
  { command: "mute", description: "mod-cmd-mute", scope: "groups" },
  { command: "unmute", description: "mod-cmd-unmute", scope: "groups" },
  { command: "ban", description: "mod-cmd-ban", scope: "groups" },
  { command: "unban", description: "mod-cmd-unban", scope: "groups" },
  { command: "warn", description: "mod-cmd-warn", scope: "groups" },
  { command: "kick", description: "mod-cmd-kick", scope: "groups" },
  { command: "restrict", description: "mod-cmd-restrict", scope: "groups" },
  { command: "unrestrict", description: "mod-cmd-unrestrict", scope: "groups" },
  { command: "clear", description: "mod-cmd-clear", scope: "groups" },
  { command: "info", description: "mod-cmd-info", scope: "groups" },
  { command: "status", description: "mod-cmd-status", scope: "groups" },
  { command: "report", description: "mod-cmd-report", scope: "groups" },
  { command: "lockdown", description: "mod-cmd-lockdown", scope: "groups" },
  { command: "unlock", description: "mod-cmd-unlock", scope: "groups" },
  { command: "nightmode", description: "mod-cmd-nightmode", scope: "groups" },
  // In private chats /settings manages the admin's groups (another feature); in a group, the panel.
  { command: "settings", description: "mod-cmd-settings", scope: "all" },
] as const satisfies readonly CommandSpec[];
const OWN_COMMANDS: ReadonlySet<string> = new Set(COMMANDS.map((c) => c.command));

/** The module; `options` exist for tests (a clock shared with the emulator). */
export function createModerationModule(options: ModerationOptions = {}) {
  return defineModule({
    name: MODERATION,
    config: moderationConfigSchema,
    locales: LOCALES_DIR,
    callbackPrefix: CALLBACK_PREFIX,
    // Ordinary group messages: flood control, locks, the member directory (the kernel still reads
    // no session for them).
    messages: "groups",
    updates: ["chat_member", "my_chat_member"],
    commands: COMMANDS,
    create(setup) {
      const mod = createModeration(setup, options);
      const newcomers = {
        mod,
        storage: setup.services.storage,
        jobs: setup.services.jobs,
        telegram: setup.api,
      };
      const nightMode = nightModeJob(mod, setup.services.storage, setup.api);
      options.onNightModeJob?.(nightMode);
      // Group chatter (most of a busy group's updates) walks only the features that take it.
      const chatter = new Composer<BotContext>(
        // Any group update keeps the index of the bot's groups current.
        mod.groups.middleware(),
        // Locks and flood control first: a message deleted for a lock goes no further.
        groupMessagesFeature(mod),
        // `@admin` in reply to a message; passes the rest on.
        reportsFeature(mod),
      );
      const everything = new Composer<BotContext>(
        mod.admins.middleware(),
        mod.groups.middleware(),
        mod.anonymous.middleware(),
        // Wraps every feature below: deletes a command once it was handled (`auto_delete.commands`).
        autoDeleteCommandsFeature(mod),
        // Service messages (joins, leaves) still meet the locks (a bot added by a member).
        groupMessagesFeature(mod),
        // `/report`.
        reportsFeature(mod),
        memberActionsFeature(mod),
        clearWarningsFeature(mod),
        infoFeature(mod),
        newcomersFeature(newcomers),
        captchaFeature(newcomers),
        serviceMessagesFeature(newcomers),
        lockdownFeature(mod),
        nightModeFeature(mod),
        // Passes private chats on to the feature that manages groups from there.
        settingsPanelFeature(mod),
        // /settings in a private chat, `/start settings…`: a group's settings, managed from there.
        privateSettingsFeature(mod),
      );
      const chatterPath = chatter.middleware();
      const fullPath = everything.middleware();
      return {
        features: [
          (ctx, next) => (isChatter(ctx, OWN_COMMANDS) ? chatterPath(ctx, next) : fullPath(ctx, next)),
        ],
        // Records API V2 could not take when the action was done, delivered once it is back.
        jobs: [
          { name: "outbox", every: 30_000, run: async () => void (await mod.outbox.deliver()) },
          // One-off, scheduled per newcomer: removes one who did not answer the captcha in time.
          { name: CAPTCHA_JOB, run: (data) => expireCaptcha(newcomers, data) },
          // Closes and opens chats as their night-mode windows start and end.
          { name: "night-mode", every: 30_000, run: nightMode },
        ],
        // Ready unless API V2 has been failing: its breaker is what every record meets.
        health: async () => mod.api.http.health(),
        // `/start settings` and `/start settings_<chat id>` open the private settings menu.
        startPayload: (payload) => parseSettingsPayload(payload) !== undefined,
        // /start in a private chat: where an admin manages their groups.
        startHint: (ctx) => (ctx.chat?.type === "private" ? ctx.t("mod-ps-start-hint") : undefined),
      };
    },
  });
}

export default createModerationModule();
