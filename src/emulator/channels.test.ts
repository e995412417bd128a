import { Api, InputFile } from "grammy";
import { beforeEach, describe, expect, it } from "vitest";
import type { EmulatorEvent } from "./events.js";
import { botToken, emulatorPerFile, PNG_1X1, refusal, takeUpdates } from "./testFixtures.js";

const TOKEN = botToken(4301);
const env = emulatorPerFile(TOKEN, { username: "mod_bot", firstName: "Mod" });
const OTHER = botToken(4302);
const BOT_ID = 4301;

let owner: number;
let reader: number;

const LOG = { type: "channel", title: "Mod log", username: "mod_log" } as const;

beforeEach(async () => {
  await env.client.registerBot(OTHER, { username: "other_bot" });
  owner = (await env.client.createUser({ first_name: "Owner" })).id;
  reader = (await env.client.createUser({ first_name: "Reader" })).id;
});

const createLog = (bots: { bot: string; admin?: boolean; rights?: Record<string, boolean> }[]) =>
  env.client.createChannel({
    title: "Mod log",
    username: "mod_log",
    ownerId: owner,
    members: [reader],
    bots,
  });

describe("channels", () => {
  it("take the bot as an administrator who may post, and tell it so", async () => {
    const channel = await createLog([{ bot: "mod_bot" }]);
    expect(channel).toEqual({
      key: `g:${channel.id}`,
      id: -1003000000001,
      type: "channel",
      title: "Mod log",
    });
    const [update] = await takeUpdates(env.api);
    expect(update?.my_chat_member).toMatchObject({
      chat: { id: channel.id, ...LOG },
      from: { id: owner },
      old_chat_member: { status: "left" },
      new_chat_member: {
        status: "administrator",
        user: { id: BOT_ID },
        can_post_messages: true,
        can_edit_messages: true,
        can_delete_messages: true,
        can_invite_users: true,
        is_anonymous: false,
      },
    });
    expect(update?.my_chat_member?.new_chat_member).not.toHaveProperty("can_pin_messages");
    expect(await env.api.getChat("@mod_log")).toMatchObject({ id: channel.id, ...LOG });
    expect(await env.api.getChat("@mod_log")).not.toHaveProperty("permissions");
    expect(await env.api.getChatMemberCount(channel.id)).toBe(3);
  });

  it("carry the bot's posts by @username or id: from the channel itself, in the transcript and events", async () => {
    const channel = await createLog([{ bot: "mod_bot" }, { bot: "other_bot" }]);
    const other = new Api(OTHER, { apiRoot: env.server.apiRoot });
    await takeUpdates(other);
    const events: EmulatorEvent[] = [];
    const unsubscribe = await env.client.subscribe((e) => events.push(e), channel.key);
    const post = await env.api.sendMessage("@mod_log", "#BAN <b>Bob</b> by Ann", { parse_mode: "HTML" });
    expect(post).toEqual({
      message_id: 1,
      sender_chat: { id: channel.id, ...LOG },
      chat: { id: channel.id, ...LOG },
      date: expect.any(Number),
      text: "#BAN Bob by Ann",
      entities: [
        { type: "hashtag", offset: 0, length: 4 },
        { type: "bold", offset: 5, length: 3 },
      ],
    });
    const photo = await env.api.sendPhoto(channel.id, new InputFile(PNG_1X1), { caption: "evidence" });
    expect(photo).toMatchObject({ message_id: 2, sender_chat: { id: channel.id }, caption: "evidence" });
    expect(photo).not.toHaveProperty("from");
    expect((await env.client.transcript("@mod_log")).map((m) => [m.message_id, m.text ?? m.caption])).toEqual(
      [
        [1, "#BAN Bob by Ann"],
        [2, "evidence"],
      ],
    );
    await expect
      .poll(() =>
        events.flatMap((e) => (e.type === "message.sent" ? [[e.chat.type, e.message.message_id]] : [])),
      )
      .toEqual([
        ["channel", 1],
        ["channel", 2],
      ]);
    unsubscribe();
    expect(await env.api.editMessageText(channel.id, 1, "#BAN Bob (spam)")).toMatchObject({
      text: "#BAN Bob (spam)",
    });
    expect(await env.api.deleteMessage(channel.id, 2)).toBe(true);
    // The other bot, an admin too, does not hear of its posts: bots never see each other's messages.
    expect(await takeUpdates(other)).toEqual([]);
  });

  it("refuse a bot that is not an administrator allowed to post, in Telegram's words", async () => {
    expect(await refusal(env.api.sendMessage("@mod_log", "x"))).toEqual({
      code: 400,
      description: "Bad Request: chat not found",
    });
    const channel = await createLog([{ bot: "other_bot" }]);
    expect(await refusal(env.api.sendMessage("@mod_log", "x"))).toEqual({
      code: 403,
      description: "Forbidden: bot is not a member of the channel chat",
    });
    await env.client.addBotToGroup(channel.id, "mod_bot", { rights: { can_edit_messages: true } });
    expect(await refusal(env.api.sendMessage("@mod_log", "x"))).toEqual({
      code: 400,
      description: "Bad Request: need administrator rights in the channel chat",
    });
    await env.client.addBotToGroup(channel.id, "mod_bot", { admin: false });
    expect(await refusal(env.api.sendPhoto(channel.id, new InputFile(PNG_1X1)))).toEqual({
      code: 400,
      description: "Bad Request: need administrator rights in the channel chat",
    });
    expect(await env.client.transcript(channel.id)).toEqual([]);
  });

  it("deliver an administrator's post to admin bots as channel_post, and refuse subscribers", async () => {
    const channel = await createLog([{ bot: "mod_bot" }, { bot: "other_bot", admin: false }]);
    await takeUpdates(env.api);
    const sent = await env.client.sendText(owner, "@mod_log", "Rules updated");
    expect(sent).not.toHaveProperty("from");
    expect(await takeUpdates(env.api)).toEqual([
      {
        update_id: expect.any(Number),
        channel_post: {
          message_id: 1,
          sender_chat: { id: channel.id, ...LOG },
          chat: { id: channel.id, ...LOG },
          date: expect.any(Number),
          text: "Rules updated",
        },
      },
    ]);
    // A bot that is only a subscriber hears nothing.
    const other = new Api(OTHER, { apiRoot: env.server.apiRoot });
    expect((await takeUpdates(other)).filter((u) => u.channel_post)).toEqual([]);
    await expect(env.client.sendText(reader, channel.id, "hello?")).rejects.toMatchObject({
      status: 403,
      message: `user ${reader} may not post in this channel (only its owner and administrators with can_post_messages may)`,
    });
  });

  it("announce subscribers joining and leaving as chat_member, with no service messages", async () => {
    const channel = await createLog([{ bot: "mod_bot" }]);
    await takeUpdates(env.api, ["chat_member", "channel_post"]);
    const fan = (await env.client.createUser({ first_name: "Fan" })).id;
    await env.client.joinGroup(fan, channel.id);
    await env.client.leaveGroup(fan, channel.id);
    const updates = await takeUpdates(env.api);
    expect(
      updates.map((u) => [u.chat_member?.old_chat_member.status, u.chat_member?.new_chat_member.status]),
    ).toEqual([
      ["left", "member"],
      ["member", "left"],
    ]);
    expect(await env.client.transcript(channel.id)).toEqual([]);
  });
});
