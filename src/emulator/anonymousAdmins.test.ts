import { InlineKeyboard } from "grammy";
import { beforeEach, describe, expect, it } from "vitest";
import { ControlApiError } from "./controlClient.js";
import { botToken, emulatorPerFile, takeUpdates } from "./testFixtures.js";

const TOKEN = botToken(4201);
const env = emulatorPerFile(TOKEN, { username: "mod_bot", firstName: "Mod" });
const BOT_ID = 4201;

let owner: number;
let ann: number;
let bob: number;
let groupId: number;

const GROUP_ANONYMOUS_BOT = {
  id: 1087968824,
  is_bot: true,
  first_name: "Group",
  username: "GroupAnonymousBot",
};

beforeEach(async () => {
  owner = (await env.client.createUser({ first_name: "Owner" })).id;
  ann = (await env.client.createUser({ first_name: "Ann", username: "ann_admin" })).id;
  bob = (await env.client.createUser({ first_name: "Bob" })).id;
  groupId = (
    await env.client.createGroup({
      title: "Moderated",
      username: "moderated",
      ownerId: owner,
      members: [ann, bob],
      bots: [{ bot: "mod_bot", admin: true }],
    })
  ).id;
  await takeUpdates(env.api);
});

describe("anonymous group administrators", () => {
  it("write as the group: from is GroupAnonymousBot, sender_chat the group, signed with their title", async () => {
    await env.client.setAdmin(groupId, ann, undefined, { anonymous: true, customTitle: "Warden" });
    const sent = await env.client.sendText(ann, groupId, "/ban@mod_bot spam");
    const [update] = await takeUpdates(env.api);
    expect(update?.message).toEqual({
      message_id: sent.message_id,
      from: GROUP_ANONYMOUS_BOT,
      sender_chat: { id: groupId, type: "supergroup", title: "Moderated", username: "moderated" },
      author_signature: "Warden",
      chat: { id: groupId, type: "supergroup", title: "Moderated", username: "moderated" },
      date: expect.any(Number),
      text: "/ban@mod_bot spam",
      entities: [{ type: "bot_command", offset: 0, length: 12 }],
    });
    // A plain member still writes as themselves.
    await env.client.sendText(bob, groupId, "hi");
    const [plain] = await takeUpdates(env.api);
    expect(plain?.message?.from).toMatchObject({ id: bob, first_name: "Bob" });
    expect(plain?.message).not.toHaveProperty("sender_chat");
  });

  it("report is_anonymous in getChatAdministrators and getChatMember", async () => {
    await env.client.setAdmin(
      groupId,
      ann,
      { can_delete_messages: true, can_restrict_members: true },
      { anonymous: true },
    );
    const admins = await env.api.getChatAdministrators(groupId);
    expect(admins.map((a) => [a.user.id, a.status, a.is_anonymous])).toEqual([
      [owner, "creator", false],
      [ann, "administrator", true],
      [BOT_ID, "administrator", false],
    ]);
    expect(await env.api.getChatMember(groupId, ann)).toMatchObject({
      status: "administrator",
      is_anonymous: true,
      can_delete_messages: true,
      can_restrict_members: true,
      can_pin_messages: false,
    });
    await env.client.setAdmin(groupId, ann, null);
    expect(await env.api.getChatMember(groupId, ann)).toEqual({
      status: "member",
      user: { id: ann, is_bot: false, first_name: "Ann", username: "ann_admin" },
    });
  });

  it("press buttons as themselves, so a bot can tell who they are", async () => {
    await env.client.setAdmin(groupId, ann, undefined, { anonymous: true });
    const keyboard = new InlineKeyboard().text("I am the admin", "whoami");
    const prompt = await env.api.sendMessage(groupId, "Confirm", { reply_markup: keyboard });
    const press = env.client.pressButton(ann, groupId, prompt.message_id, { data: "whoami" }, 2000);
    // The press arrives while this long poll waits.
    const [update] = await env.api.getUpdates({ timeout: 5 });
    expect(update?.callback_query?.from).toEqual({
      id: ann,
      is_bot: false,
      first_name: "Ann",
      username: "ann_admin",
    });
    await env.api.answerCallbackQuery(update?.callback_query?.id as string);
    await press;
  });

  it("include an anonymous owner, set when the group is created", async () => {
    const other = await env.client.createGroup({
      title: "Quiet",
      ownerId: owner,
      ownerAnonymous: true,
      admins: [{ userId: ann, anonymous: true }],
      bots: [{ bot: "mod_bot", admin: true }],
    });
    const admins = await env.api.getChatAdministrators(other.id);
    expect(admins.map((a) => [a.user.id, a.is_anonymous])).toEqual([
      [owner, true],
      [ann, true],
      [BOT_ID, false],
    ]);
    await takeUpdates(env.api);
    await env.client.sendText(owner, other.id, "/rules");
    const [update] = await takeUpdates(env.api);
    expect(update?.message).toMatchObject({
      from: GROUP_ANONYMOUS_BOT,
      sender_chat: { id: other.id, type: "supergroup", title: "Quiet" },
    });
  });
});

describe("messages on behalf of a channel", () => {
  it("come from Channel_Bot with the channel as sender_chat", async () => {
    const channel = await env.client.createChannel({ title: "News", username: "news_ch", ownerId: ann });
    await env.client.sendText(ann, groupId, "/start@mod_bot", { asChannel: "@news_ch" });
    const [update] = await takeUpdates(env.api);
    expect(update?.message).toMatchObject({
      from: { id: 136817688, is_bot: true, first_name: "Channel", username: "Channel_Bot" },
      sender_chat: { id: channel.id, type: "channel", title: "News", username: "news_ch" },
      chat: { id: groupId, type: "supergroup" },
      text: "/start@mod_bot",
    });
    const refused = await env.client
      .sendText(bob, groupId, "hi", { asChannel: channel.id })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ControlApiError);
    expect(refused).toMatchObject({
      status: 403,
      message: `user ${bob} is not an administrator of channel ${channel.id}`,
    });
  });
});
