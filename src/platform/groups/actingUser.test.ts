import type { Context } from "grammy";
import { describe, expect, it } from "vitest";
import { actingUser, GROUP_ANONYMOUS_BOT_ID } from "./actingUser.js";

const group = { id: -1005, type: "supergroup", title: "G" };
const alice = { id: 501, is_bot: false, first_name: "Alice" };
const anonymousBot = {
  id: GROUP_ANONYMOUS_BOT_ID,
  is_bot: true,
  first_name: "Group",
  username: "GroupAnonymousBot",
};

// biome-ignore lint/suspicious/noExplicitAny: partial contexts
const messageCtx = (message: Record<string, any>) =>
  ({ msg: { chat: group, ...message }, from: message.from }) as unknown as Context;

describe("actingUser", () => {
  it("a person writing is that person", () => {
    expect(actingUser(messageCtx({ from: alice }))).toEqual({ kind: "user", id: 501 });
  });

  it("a message sent as the group is an anonymous admin, never GroupAnonymousBot", () => {
    expect(actingUser(messageCtx({ from: anonymousBot, sender_chat: group }))).toEqual({
      kind: "anonymous_admin",
      chatId: -1005,
    });
    // Even without sender_chat, that id is nobody.
    expect(actingUser(messageCtx({ from: anonymousBot }))).toEqual({
      kind: "anonymous_admin",
      chatId: -1005,
    });
  });

  it("a message sent as another chat (linked channel, a user's channel) is that channel", () => {
    const channel = { id: -1009, type: "channel", title: "News" };
    expect(
      actingUser(
        messageCtx({ from: { id: 777000, is_bot: false }, sender_chat: channel, is_automatic_forward: true }),
      ),
    ).toEqual({ kind: "channel", chatId: -1009 });
    expect(actingUser({ msg: { chat: channel, sender_chat: channel } } as unknown as Context)).toEqual({
      kind: "channel",
      chatId: -1009,
    });
  });

  it("a button press is the presser, not the author of the message it is on", () => {
    const ctx = {
      callbackQuery: { from: alice },
      msg: { chat: group, from: anonymousBot, sender_chat: group },
    } as unknown as Context;
    expect(actingUser(ctx)).toEqual({ kind: "user", id: 501 });
  });
});
