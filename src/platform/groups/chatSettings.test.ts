import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { openSqliteStorage } from "../storage/sqliteStorage.js";
import type { Storage } from "../storage/storage.js";
import { ChatSettingsError, chatSettings } from "./chatSettings.js";

const schema = z
  .object({
    warnLimit: z.number().int().min(1).max(10),
    warnAction: z.enum(["ban", "kick", "mute"]),
    welcome: z.string().max(100).nullable(),
    nightFrom: z.number().int().min(0).max(23),
    nightTo: z.number().int().min(0).max(23),
  })
  .refine((s) => s.nightFrom !== s.nightTo, { path: ["nightTo"], message: "an empty night" });

const defaults = { warnLimit: 3, warnAction: "ban", welcome: null, nightFrom: 23, nightTo: 7 } as const;
const GROUP = -1001234;

let storage: Storage;
let warnings: Array<{ fields?: string[] }>;
const logger = { warn: (fields: object) => warnings.push(fields) };
const settingsOf = (module = "mod", bot = "b1") =>
  chatSettings({ storage, bot, module, schema, defaults, logger });

beforeEach(() => {
  storage = openSqliteStorage(":memory:");
  warnings = [];
});
afterEach(() => storage.close());

describe("chat settings", () => {
  it("a chat nobody configured has the defaults, and nothing is stored or listed", async () => {
    const settings = settingsOf();
    expect(await settings.get(GROUP)).toEqual(defaults);
    expect(await storage.listKeys("chat:")).toEqual([]);
    expect(await settings.chats()).toEqual([]);
  });

  it("a partial update changes only its fields, is validated, and is what get returns", async () => {
    const settings = settingsOf();
    const updated = await settings.update(GROUP, { warnLimit: 5 });
    expect(updated).toEqual({ ...defaults, warnLimit: 5 });
    expect(await settings.update(GROUP, { welcome: "Hi <b>all</b>" })).toEqual({
      ...defaults,
      warnLimit: 5,
      welcome: "Hi <b>all</b>",
    });
    expect(await settings.get(GROUP)).toEqual({ ...defaults, warnLimit: 5, welcome: "Hi <b>all</b>" });
    // Only the chat's own values are stored, under chat:<bot>:<module>:<chat>.
    expect(await storage.get(`chat:b1:mod:${GROUP}`)).toEqual({ warnLimit: 5, welcome: "Hi <b>all</b>" });
  });

  it("an invalid update is refused whole and writes nothing", async () => {
    const settings = settingsOf();
    await settings.update(GROUP, { warnLimit: 4 });
    await expect(settings.update(GROUP, { warnLimit: 4, warnAction: "explode" as "ban" })).rejects.toThrow(
      ChatSettingsError,
    );
    // Cross-field rules of the schema apply to the merged result.
    const error = await settings.update(GROUP, { nightFrom: 7 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChatSettingsError);
    expect((error as ChatSettingsError).issues.map((i) => i.path)).toEqual([["nightTo"]]);
    expect(await settings.get(GROUP)).toEqual({ ...defaults, warnLimit: 4 });
  });

  it("a field patched to undefined goes back to its default, which then follows the code", async () => {
    const settings = settingsOf();
    await settings.update(GROUP, { warnLimit: 6, warnAction: "kick" });
    expect(await settings.update(GROUP, { warnLimit: undefined })).toEqual({
      ...defaults,
      warnAction: "kick",
    });
    // A new release with another default reaches every chat that did not choose its own value.
    const newer = chatSettings({
      storage,
      bot: "b1",
      module: "mod",
      schema,
      defaults: { ...defaults, warnLimit: 2 },
      logger,
    });
    expect((await newer.get(GROUP)).warnLimit).toBe(2);
  });

  it("a stored field that no longer validates falls back to its default alone, with a warning", async () => {
    const settings = settingsOf();
    // Written by an older release: warnAction "mute2" and warnLimit 50 are no longer allowed,
    // `legacy` is a removed setting.
    await storage.set(`chat:b1:mod:${GROUP}`, {
      warnLimit: 50,
      warnAction: "mute2",
      welcome: "Hello",
      legacy: 1,
    });
    expect(await settings.get(GROUP)).toEqual({ ...defaults, welcome: "Hello" });
    expect(warnings).toEqual([expect.objectContaining({ fields: ["warnLimit", "warnAction"] })]);
    // The next update writes the cleaned value back.
    await settings.update(GROUP, { nightFrom: 22 });
    expect(await storage.get(`chat:b1:mod:${GROUP}`)).toEqual({ welcome: "Hello", nightFrom: 22 });
  });

  it("stored fields valid alone but not together fall back to the defaults; garbage too", async () => {
    const settings = settingsOf();
    await storage.set(`chat:b1:mod:${GROUP}`, { nightFrom: 7 });
    expect(await settings.get(GROUP)).toEqual(defaults);
    await storage.set(`chat:b1:mod:${GROUP}`, "not an object");
    expect(await settings.get(GROUP)).toEqual(defaults);
    expect(warnings).toHaveLength(2);
  });

  it("two modules, or two bots with one module, never share settings", async () => {
    const mine = settingsOf("mod", "b1");
    const otherModule = settingsOf("other", "b1");
    const otherBot = settingsOf("mod", "b2");
    await mine.update(GROUP, { warnLimit: 9 });
    await otherModule.update(GROUP, { warnLimit: 2 });
    expect((await mine.get(GROUP)).warnLimit).toBe(9);
    expect((await otherModule.get(GROUP)).warnLimit).toBe(2);
    expect(await otherBot.get(GROUP)).toEqual(defaults);
    expect(await mine.chats()).toEqual([GROUP]);
    expect(await otherBot.chats()).toEqual([]);
  });

  it("lists the chats that have settings, and forgets a deleted one", async () => {
    const settings = settingsOf();
    await settings.update(GROUP, { warnLimit: 2 });
    await settings.update(-42, { warnAction: "mute" });
    expect((await settings.chats()).sort((a, b) => a - b)).toEqual([GROUP, -42]);
    expect(await settings.delete(GROUP)).toBe(true);
    expect(await settings.delete(GROUP)).toBe(false);
    expect(await settings.chats()).toEqual([-42]);
    expect(await settings.get(GROUP)).toEqual(defaults);
  });

  it("refuses defaults that do not match the schema, at construction", () => {
    expect(() =>
      chatSettings({
        storage,
        bot: "b1",
        module: "mod",
        schema,
        defaults: { ...defaults, warnLimit: 0 },
        logger,
      }),
    ).toThrow(/chatSettings\(mod\): the defaults do not match/);
  });
});
