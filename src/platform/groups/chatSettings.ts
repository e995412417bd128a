import type { Logger } from "pino";
import type { z } from "zod";
import type { Storage } from "../storage/storage.js";

/** Thrown by `update` when the patched settings do not satisfy the module's schema. */
export class ChatSettingsError extends Error {
  override readonly name = "ChatSettingsError";
  constructor(
    message: string,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(message);
  }
}

export interface ChatSettingsOptions<S extends z.ZodObject> {
  storage: Storage;
  /** The bot's configured id (`BotIdentity.id`). */
  bot: string;
  /** The module's name: two modules of one bot never see each other's settings. */
  module: string;
  /**
   * The settings' shape. Keep it plain (no transforms): stored values are parsed again on every
   * read, so a transform would run twice.
   */
  schema: S;
  /** A complete, valid settings object: what a chat has before anyone changes anything. */
  defaults: z.output<S>;
  /** Where fallbacks from stored values that no longer validate are reported. */
  logger: Pick<Logger, "warn">;
}

/** A patch: the fields to change. A field given as `undefined` goes back to its default. */
export type SettingsPatch<S extends z.ZodObject> = { [K in keyof z.input<S>]?: z.input<S>[K] | undefined };

export interface ChatSettings<S extends z.ZodObject> {
  /** The chat's settings: its own values over the defaults, always valid. */
  get(chatId: number): Promise<z.output<S>>;
  /**
   * Changes some fields and returns the new settings. Throws ChatSettingsError (nothing is
   * written) when the result does not validate. Read-modify-write: two updates of one chat racing
   * from different chats (a private-chat settings panel and the group) can lose one; updates from
   * within the chat itself are sequenced by the kernel.
   */
  update(chatId: number, patch: SettingsPatch<S>): Promise<z.output<S>>;
  /** Forgets the chat's settings (back to defaults); true when it had any. */
  delete(chatId: number): Promise<boolean>;
  /** Ids of the chats that have their own settings (no key scan). */
  chats(): Promise<number[]>;
}

type Overrides = Record<string, unknown>;

/**
 * Per-chat settings of one module on one bot, under `chat:<bot>:<module>:<chatId>`. Only a
 * chat's own values are stored (not the defaults), so changing a default in code reaches every
 * chat that never changed that field. A stored field that no longer validates (the schema
 * changed) falls back to its default on its own, with a warning; the other fields keep their
 * values. Throws at construction when `defaults` does not satisfy `schema`.
 */
export function chatSettings<S extends z.ZodObject>(options: ChatSettingsOptions<S>): ChatSettings<S> {
  const { storage, bot, module, schema, logger } = options;
  const checked = schema.safeParse(options.defaults);
  if (!checked.success) {
    throw new Error(
      `chatSettings(${module}): the defaults do not match the schema: ${checked.error.message}`,
    );
  }
  const defaults = checked.data as Record<string, unknown>;
  const shape = schema.shape as Record<string, z.ZodType>;
  const key = (chatId: number) => `chat:${bot}:${module}:${chatId}`;
  // The chats with settings, as a set: listing them never scans the key space.
  const indexKey = `chats:${bot}:${module}`;

  /** The stored values that still validate, field by field. */
  async function overrides(chatId: number): Promise<Overrides> {
    const stored = await storage.get(key(chatId));
    if (stored === undefined) return {};
    if (typeof stored !== "object" || stored === null || Array.isArray(stored)) {
      logger.warn({ bot, module, chatId }, "chat settings: stored value is not an object; using defaults");
      return {};
    }
    const kept: Overrides = {};
    const dropped: string[] = [];
    for (const [field, value] of Object.entries(stored)) {
      const fieldSchema = shape[field];
      // A field the schema no longer has is dropped quietly: removing a setting is normal.
      if (!fieldSchema) continue;
      if (fieldSchema.safeParse(value).success) kept[field] = value;
      else dropped.push(field);
    }
    if (dropped.length > 0) {
      logger.warn(
        { bot, module, chatId, fields: dropped },
        "chat settings: stored fields invalid; using defaults",
      );
    }
    return kept;
  }

  /** Defaults + overrides, validated as a whole (cross-field rules live in the schema). */
  function merge(chatId: number, own: Overrides): z.output<S> {
    const result = schema.safeParse({ ...defaults, ...own });
    if (result.success) return result.data;
    logger.warn(
      { bot, module, chatId, issues: result.error.issues.map((i) => i.path.join(".")) },
      "chat settings: stored values fail the schema together; using defaults",
    );
    return defaults as z.output<S>;
  }

  return {
    async get(chatId) {
      return merge(chatId, await overrides(chatId));
    },

    async update(chatId, patch) {
      const own = await overrides(chatId);
      for (const [field, value] of Object.entries(patch)) {
        if (value === undefined) delete own[field];
        else own[field] = value;
      }
      const result = schema.safeParse({ ...defaults, ...own });
      if (!result.success) {
        throw new ChatSettingsError(
          `chat settings of ${module}: invalid ${result.error.issues.map((i) => i.path.join(".") || "(root)").join(", ")}`,
          result.error.issues,
        );
      }
      // Store the parsed form of the chat's own fields only (unknown keys were stripped).
      const parsed = result.data as Record<string, unknown>;
      const stored = Object.fromEntries(
        Object.keys(own)
          .filter((f) => f in shape)
          .map((f) => [f, parsed[f]]),
      );
      // Index first: a listed chat without settings is harmless, settings missing from the list are not.
      await storage.addToSet(indexKey, String(chatId));
      await storage.set(key(chatId), stored);
      return result.data;
    },

    async delete(chatId) {
      const existed = await storage.delete(key(chatId));
      await storage.removeFromSet(indexKey, String(chatId));
      return existed;
    },

    chats: async () => (await storage.members(indexKey)).map(Number),
  };
}
