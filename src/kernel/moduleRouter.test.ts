/** Who an update is handed to: commands to their module; in a group, a command nobody takes is chatter. */
import { describe, expect, it } from "vitest";
import type { BotContext } from "./context.js";
import type { MessageInterest } from "./defineModule.js";
import { type RoutedModule, recipients } from "./moduleRouter.js";

const module = (name: string, messages: MessageInterest, commands: string[] = []): RoutedModule => ({
  name,
  commands: new Set(commands),
  messages,
  updates: new Set(),
  middleware: async (_ctx, next) => next(),
});

const watcher = module("moderation", "groups", ["mute"]);
const helper = module("helper", "private", ["help"]);

function command(text: string, chatType: "private" | "supergroup"): BotContext {
  const name = text.split(" ")[0]!;
  const message = {
    message_id: 1,
    date: 0,
    chat: { id: chatType === "private" ? 7 : -100, type: chatType },
    from: { id: 7, is_bot: false, first_name: "Ann" },
    text,
    entities: [{ type: "bot_command", offset: 0, length: name.length }],
  };
  return {
    message,
    chat: message.chat,
    me: { username: "our_bot" },
    session: { modules: {} },
  } as unknown as BotContext;
}

const names = (ctx: BotContext) => recipients(ctx, [watcher, helper]).map((m) => m.name);

describe("recipients", () => {
  it("hands a command to the module that declares it, in any chat", () => {
    expect(names(command("/mute 10m", "supergroup"))).toEqual(["moderation"]);
    expect(names(command("/help", "private"))).toEqual(["helper"]);
  });

  it("in a group, a command no module declares is an ordinary message for the modules watching groups", () => {
    expect(names(command("/foo", "supergroup"))).toEqual(["moderation"]);
    expect(names(command("/foo@our_bot", "supergroup"))).toEqual(["moderation"]);
  });

  it("in a private chat, a command no module declares reaches no module (the fallbacks answer it)", () => {
    expect(names(command("/foo", "private"))).toEqual([]);
  });
});
