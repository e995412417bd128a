/**
 * A group's settings: what they are, their defaults, the partial body of
 * `PATCH /api/v2/groups/{group_id}/settings`, and the view `GET` answers. A patch is merged over the
 * stored settings block by block (what is absent is kept; `locks` and `weekdays` are replaced whole)
 * and the result is validated as a whole, so a rule that spans two fields (a kick has no duration)
 * holds however the fields arrived.
 */
import { z } from "zod";
import { chatId, durationSec, isoInstant } from "./commonSchemas.js";

/** Content types a lock deletes (Rose's names). */
export const LOCKS = [
  "audio",
  "bot",
  "button",
  "command",
  "contact",
  "document",
  "email",
  "forward",
  "game",
  "gif",
  "inline",
  "invitelink",
  "location",
  "phone",
  "photo",
  "poll",
  "sticker",
  "text",
  "url",
  "video",
  "videonote",
  "voice",
] as const;

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** What happens at the warning limit, or to a flooder. */
export const PENALTIES = ["ban", "kick", "mute"] as const;

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM (24-hour)")
  .meta({ description: "HH:MM, 24-hour, in the group's time zone" });

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const timeZone = z
  .string()
  .refine(isTimeZone, "must be an IANA time zone, e.g. Europe/Berlin")
  .meta({ description: "IANA time zone, e.g. `Europe/Berlin`" });

const penaltyDuration = durationSec.nullable();

const warningsBlock = z.strictObject({
  limit: z.number().int().min(1).max(20).meta({ description: "Warnings that trigger the action" }),
  action: z.enum(PENALTIES),
  action_duration: penaltyDuration.meta({ description: "Seconds of a timed ban/mute; null: forever" }),
  expiry: z
    .number()
    .int()
    .min(60)
    .max(366 * 86_400)
    .nullable()
    .meta({ description: "Seconds a warning counts for; null: until removed" }),
});

const floodBlock = z.strictObject({
  enabled: z.boolean(),
  messages: z.number().int().min(2).max(100).meta({ description: "This many messages…" }),
  seconds: z.number().int().min(1).max(3600).meta({ description: "…within this many seconds is a flood" }),
  action: z.enum(PENALTIES),
  action_duration: penaltyDuration,
});

const nightModeBlock = z.strictObject({
  enabled: z.boolean(),
  start: clockTime,
  end: clockTime.meta({ description: "HH:MM; before `start` means the next day" }),
  weekdays: z
    .array(z.enum(WEEKDAYS))
    .min(1)
    .refine((days) => new Set(days).size === days.length, "must not repeat a day")
    .meta({ description: "Days on which the window starts" }),
  time_zone: timeZone,
});

const welcomeBlock = z.strictObject({
  enabled: z.boolean(),
  text: z.string().trim().min(1).max(4096).nullable().meta({ description: "null: the bot's default" }),
});

const captchaBlock = z.strictObject({
  enabled: z.boolean(),
  seconds: z.number().int().min(15).max(3600).meta({ description: "Time a newcomer has to answer" }),
});

const autoDeleteBlock = z.strictObject({
  commands: z.boolean(),
  service_messages: z.boolean().meta({ description: "Join and leave messages" }),
  welcome: z.boolean().meta({ description: "The previous welcome message when a new one is sent" }),
});

const groupName = z.string().trim().min(1).max(255).nullable();
const locks = z
  .array(z.enum(LOCKS))
  .transform((names) => [...new Set(names)].sort())
  .meta({ description: "Content types deleted when posted by non-admins (repeats are dropped)" });

/** Every setting, validated whole (after a patch is merged). */
export const groupSettingsSchema = z
  .strictObject({
    group_name: groupName,
    warnings: warningsBlock,
    flood: floodBlock,
    locks,
    night_mode: nightModeBlock,
    welcome: welcomeBlock,
    captcha: captchaBlock,
    log_channel_id: chatId.nullable(),
    auto_delete: autoDeleteBlock,
  })
  .superRefine((settings, context) => {
    for (const block of ["warnings", "flood"] as const) {
      if (settings[block].action === "kick" && settings[block].action_duration !== null) {
        context.addIssue({
          code: "custom",
          path: [block, "action_duration"],
          message: "must be null when the action is kick",
        });
      }
    }
    if (settings.night_mode.start === settings.night_mode.end) {
      context.addIssue({ code: "custom", path: ["night_mode", "end"], message: "must differ from start" });
    }
  });
export type GroupSettings = z.output<typeof groupSettingsSchema>;

export const DEFAULT_SETTINGS: GroupSettings = {
  group_name: null,
  warnings: { limit: 3, action: "ban", action_duration: null, expiry: null },
  flood: { enabled: false, messages: 5, seconds: 10, action: "mute", action_duration: 600 },
  locks: [],
  night_mode: { enabled: false, start: "23:00", end: "07:00", weekdays: [...WEEKDAYS], time_zone: "UTC" },
  welcome: { enabled: false, text: null },
  captcha: { enabled: false, seconds: 120 },
  log_channel_id: null,
  auto_delete: { commands: false, service_messages: false, welcome: false },
};

/** The PATCH body: any subset of the settings, each block partial too. */
export const settingsPatchSchema = z.strictObject({
  group_name: groupName.optional(),
  warnings: warningsBlock.partial().optional(),
  flood: floodBlock.partial().optional(),
  locks: locks.optional(),
  night_mode: nightModeBlock.partial().optional(),
  welcome: welcomeBlock.partial().optional(),
  captcha: captchaBlock.partial().optional(),
  log_channel_id: chatId.nullable().optional(),
  auto_delete: autoDeleteBlock.partial().optional(),
});
export type SettingsPatch = z.output<typeof settingsPatchSchema>;

/** The stored settings with the patch applied, block by block (not yet validated as a whole). */
export function mergeSettings(current: GroupSettings, patch: SettingsPatch): GroupSettings {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const before = current[key as keyof GroupSettings];
    const isBlock = typeof value === "object" && value !== null && !Array.isArray(value);
    merged[key] = isBlock ? { ...(before as object), ...value } : value;
  }
  return merged as GroupSettings;
}

const { group_name: _name, ...blocks } = groupSettingsSchema.shape;

/** `GET …/settings` and `PATCH …/settings` answer this. */
export const settingsViewSchema = z.object({
  group_id: chatId,
  group_name: groupName,
  features_enabled: z
    .object({
      auto_delete_commands: z.boolean(),
      auto_delete_welcome: z.boolean(),
      night_mode: z.boolean(),
      lockdown_enabled: z.boolean(),
    })
    .meta({ description: "The seed's summary, derived from the blocks below and the lockdown state" }),
  ...blocks,
  locks: z.array(z.enum(LOCKS)),
  updated_at: isoInstant.nullable().meta({ description: "null: never changed, all defaults" }),
});
export type SettingsView = z.output<typeof settingsViewSchema>;
