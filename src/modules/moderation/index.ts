/**
 * moderation: the group moderation bot of seed 003 ("Bot V2"), fronting API V2
 * (backends/apiv2). Admins mute, ban, warn, kick and clear warnings in their groups; the bot does
 * it on Telegram and records it in API V2, which keeps the state, the warning counts and the audit trail.
 *
 * It takes no ordinary messages (group chatter stays on the kernel's fast path), only its
 * commands, its confirmation buttons (`md.*`) and the member updates that keep the admin cache
 * current.
 *
 * Read on: config.ts → apiV2Client.ts, apiV2Schemas.ts (the backend), outbox.ts (records API V2
 * could not take yet) → domain/ (durations, command arguments: pure) → views.ts → features/
 * (handlers) → locales/.
 */
import { defineModule } from "../../kernel/defineModule.js";
import { moderationConfigSchema } from "./config.js";
import { clearWarningsFeature } from "./features/clearWarnings.js";
import { infoFeature } from "./features/info.js";
import { memberActionsFeature } from "./features/memberActions.js";
import {
  CALLBACK_PREFIX,
  createModeration,
  LOCALES_DIR,
  MODERATION,
  type ModerationOptions,
} from "./runtime.js";

export { type ModerationConfig, moderationConfigSchema } from "./config.js";
export type { ModerationOptions } from "./runtime.js";

/** The module; `options` exist for tests (a clock shared with the emulator). */
export function createModerationModule(options: ModerationOptions = {}) {
  return defineModule({
    name: MODERATION,
    config: moderationConfigSchema,
    locales: LOCALES_DIR,
    callbackPrefix: CALLBACK_PREFIX,
    updates: ["chat_member", "my_chat_member"],
    commands: [
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
    ],
    create(setup) {
      const mod = createModeration(setup, options);
      return {
        features: [
          mod.admins.middleware(),
          mod.anonymous.middleware(),
          memberActionsFeature(mod),
          clearWarningsFeature(mod),
          infoFeature(mod),
        ],
        // Records API V2 could not take when the action was done, delivered once it is back.
        jobs: [{ name: "outbox", every: 30_000, run: async () => void (await mod.outbox.deliver()) }],
        // Ready unless API V2 has been failing: its breaker is what every record meets.
        health: async () => mod.api.http.health(),
      };
    },
  });
}

export default createModerationModule();
