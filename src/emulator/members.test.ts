import { beforeEach, describe, expect, it } from "vitest";
import type { ApiUpdate } from "./apiTypes.js";
import { ManualClock } from "./clock.js";
import { ControlError } from "./controlTarget.js";
import { createEmulator, type Emulator } from "./emulator.js";
import { apiError, botToken } from "./testFixtures.js";

const MOD = botToken(3001);
const PLAIN = botToken(3002);
const NOW = Date.UTC(2026, 5, 1, 9, 0, 0);
const nowSeconds = NOW / 1000;

let clock: ManualClock;
let emulator: Emulator;
let owner: number;
let admin: number;
let member: number;
let chatId: number;

const mod = (method: string, params: Record<string, unknown> = {}) => emulator.call(MOD, method, params);
const status = async (userId: number) =>
  ((await mod("getChatMember", { chat_id: chatId, user_id: userId })) as { status: string }).status;
const noMessages = { permissions: { can_send_messages: false } };

/** What the control API says when `userId` tries to write, or "sent". */
function trySend(userId: number): string {
  try {
    emulator.control.sendText(userId, chatId, "hello");
    return "sent";
  } catch (error) {
    if (error instanceof ControlError) return `${error.status} ${error.message}`;
    throw error;
  }
}

beforeEach(() => {
  clock = new ManualClock(NOW);
  emulator = createEmulator({ clock });
  emulator.registerBot(MOD, { username: "mod_bot" });
  emulator.registerBot(PLAIN, { username: "plain_bot" });
  owner = emulator.control.createUser({ first_name: "Owner" }).id;
  admin = emulator.control.createUser({ first_name: "Admin" }).id;
  member = emulator.control.createUser({ first_name: "Member" }).id;
  chatId = emulator.control.createGroup({
    title: "Moderated",
    ownerId: owner,
    members: [member],
    admins: [{ userId: admin }],
    bots: [
      { bot: "mod_bot", admin: true, rights: { can_restrict_members: true, can_delete_messages: true } },
      { bot: "plain_bot" },
    ],
  }).id;
});

describe("restrictChatMember", () => {
  it("mutes a member until until_date, then lifts the restriction by itself", async () => {
    await mod("restrictChatMember", {
      chat_id: chatId,
      user_id: member,
      ...noMessages,
      until_date: nowSeconds + 60,
    });
    const restricted = await mod("getChatMember", { chat_id: chatId, user_id: member });
    expect(restricted).toMatchObject({
      status: "restricted",
      is_member: true,
      can_send_messages: false,
      can_send_photos: false,
      until_date: nowSeconds + 60,
    });
    expect(trySend(member)).toBe(
      `403 user ${member} is restricted (can_send_messages is false) until 2026-06-01T09:01:00.000Z`,
    );
    clock.advance(60_000);
    expect(await status(member)).toBe("member");
    expect(trySend(member)).toBe("sent");
  });

  it("treats until_date under 30 s or over 366 days ahead as forever", async () => {
    for (const until of [nowSeconds + 29, nowSeconds + 367 * 86400, 0]) {
      await mod("restrictChatMember", { chat_id: chatId, user_id: member, ...noMessages, until_date: until });
      expect(await mod("getChatMember", { chat_id: chatId, user_id: member })).toMatchObject({
        until_date: 0,
      });
    }
    clock.advance(400 * 86400 * 1000);
    expect(await status(member)).toBe("restricted");
    expect(trySend(member)).toMatch(/can_send_messages is false\) forever$/);
  });

  it("lifts the restriction when every permission is granted", async () => {
    await mod("restrictChatMember", { chat_id: chatId, user_id: member, ...noMessages });
    const all = Object.fromEntries(
      [
        "can_send_messages",
        "can_send_audios",
        "can_send_documents",
        "can_send_photos",
        "can_send_videos",
        "can_send_video_notes",
        "can_send_voice_notes",
        "can_send_polls",
        "can_send_other_messages",
        "can_add_web_page_previews",
        "can_react_to_messages",
        "can_change_info",
        "can_invite_users",
        "can_pin_messages",
      ].map((k) => [k, true]),
    );
    await mod("restrictChatMember", { chat_id: chatId, user_id: member, permissions: all });
    expect(await status(member)).toBe("member");
  });

  it("cannot touch the owner or an administrator", async () => {
    expect(
      await apiError(mod("restrictChatMember", { chat_id: chatId, user_id: owner, ...noMessages })),
    ).toEqual({
      code: 400,
      description: "Bad Request: can't remove chat owner",
    });
    expect((await apiError(mod("banChatMember", { chat_id: chatId, user_id: admin }))).description).toBe(
      "Bad Request: user is an administrator of the chat",
    );
  });

  it("needs a bot that is an administrator with can_restrict_members", async () => {
    const attempt = emulator.call(PLAIN, "restrictChatMember", {
      chat_id: chatId,
      user_id: member,
      ...noMessages,
    });
    expect((await apiError(attempt)).description).toBe(
      "Bad Request: not enough rights to restrict/unrestrict chat member",
    );
  });

  it("works in supergroups only", async () => {
    const basic = emulator.control.createGroup({
      type: "group",
      title: "Basic",
      ownerId: owner,
      members: [member],
      bots: [{ bot: "mod_bot", admin: true }],
    });
    const attempt = mod("restrictChatMember", { chat_id: basic.id, user_id: member, ...noMessages });
    expect((await apiError(attempt)).description).toBe(
      "Bad Request: method is available only for supergroups",
    );
  });
});

describe("bans", () => {
  it("removes a member until until_date; they cannot write or rejoin until then", async () => {
    await mod("banChatMember", { chat_id: chatId, user_id: member, until_date: nowSeconds + 3600 });
    expect(await mod("getChatMember", { chat_id: chatId, user_id: member })).toMatchObject({
      status: "kicked",
      until_date: nowSeconds + 3600,
    });
    expect(trySend(member)).toBe(`403 user ${member} is banned in this chat until 2026-06-01T10:00:00.000Z`);
    expect(() => emulator.control.joinGroup(member, chatId)).toThrow(
      `user ${member} is banned from this chat`,
    );
    clock.advance(3600_000);
    expect(await status(member)).toBe("left");
    emulator.control.joinGroup(member, chatId);
    expect(trySend(member)).toBe("sent");
  });

  it("unbanChatMember without only_if_banned removes a member (the kick idiom)", async () => {
    await mod("unbanChatMember", { chat_id: chatId, user_id: member, only_if_banned: true });
    expect(await status(member)).toBe("member");
    await mod("unbanChatMember", { chat_id: chatId, user_id: member });
    expect(await status(member)).toBe("left");
  });

  it("unbans a banned user, who may then join again", async () => {
    await mod("banChatMember", { chat_id: chatId, user_id: member });
    await mod("unbanChatMember", { chat_id: chatId, user_id: member, only_if_banned: true });
    expect(await status(member)).toBe("left");
  });
});

describe("chat permissions", () => {
  it("silence members but not administrators", async () => {
    await mod("setChatPermissions", { chat_id: chatId, permissions: { can_send_messages: false } });
    expect(trySend(member)).toBe(
      "403 the chat's permissions do not let members send messages (can_send_messages is false)",
    );
    expect(trySend(admin)).toBe("sent");
    expect(trySend(owner)).toBe("sent");
    const chat = (await mod("getChat", { chat_id: chatId })) as { permissions: Record<string, boolean> };
    expect(chat.permissions.can_send_messages).toBe(false);
  });
});

describe("membership updates", () => {
  it("sends my_chat_member when a bot is added and chat_member to admin bots that asked for it", async () => {
    const first = (await mod("getUpdates", {
      allowed_updates: ["message", "chat_member", "my_chat_member"],
    })) as ApiUpdate[];
    expect(first.map((u) => Object.keys(u)[1])).toEqual(["my_chat_member"]);
    expect(first[0]?.my_chat_member).toMatchObject({
      chat: { id: chatId, type: "supergroup", title: "Moderated" },
      from: { id: owner },
      old_chat_member: { status: "left" },
      new_chat_member: { status: "administrator", can_restrict_members: true, can_promote_members: false },
    });

    await mod("banChatMember", { chat_id: chatId, user_id: member });
    const next = (await mod("getUpdates", { offset: 2 })) as ApiUpdate[];
    // The service message is the bot's own doing, so only other bots get it.
    expect(next.map((u) => Object.keys(u)[1])).toEqual(["chat_member"]);
    expect(next[0]?.chat_member).toMatchObject({
      from: { id: 3001, is_bot: true },
      old_chat_member: { status: "member", user: { id: member } },
      new_chat_member: { status: "kicked", until_date: 0, user: { id: member } },
    });

    // A bot that is not an administrator never gets chat_member, but sees service messages.
    const plain = (await emulator.call(PLAIN, "getUpdates", {
      allowed_updates: ["chat_member", "message"],
    })) as ApiUpdate[];
    expect(plain.map((u) => Object.keys(u)[1])).toEqual(["my_chat_member", "message"]);
    expect(plain[1]?.message).toMatchObject({ from: { id: 3001 }, left_chat_member: { id: member } });
  });

  it("announces a promotion the bot makes, within the rights it holds", async () => {
    expect(
      (
        await apiError(
          mod("promoteChatMember", { chat_id: chatId, user_id: member, can_delete_messages: true }),
        )
      ).description,
    ).toBe("Bad Request: not enough rights");
    emulator.control.setAdmin(chatId, 3001, { can_promote_members: true, can_delete_messages: true });
    await mod("promoteChatMember", { chat_id: chatId, user_id: member, can_delete_messages: true });
    expect(await mod("getChatMember", { chat_id: chatId, user_id: member })).toMatchObject({
      status: "administrator",
      can_be_edited: true,
      can_delete_messages: true,
      can_restrict_members: false,
    });
    expect(
      (await apiError(mod("promoteChatMember", { chat_id: chatId, user_id: member, can_pin_messages: true })))
        .description,
    ).toBe("Bad Request: RIGHT_FORBIDDEN");
    const admins = (await mod("getChatAdministrators", { chat_id: chatId })) as { user: { id: number } }[];
    expect(admins.map((a) => a.user.id).sort()).toEqual([owner, admin, member, 3001].sort());
  });

  it("lets the bot delete any recent message when it has can_delete_messages", async () => {
    const sent = emulator.control.sendText(member, chatId, "spam");
    await expect(mod("deleteMessage", { chat_id: chatId, message_id: sent.message_id })).resolves.toBe(true);
    const other = emulator.control.sendText(member, chatId, "more");
    const attempt = emulator.call(PLAIN, "deleteMessage", { chat_id: chatId, message_id: other.message_id });
    expect((await apiError(attempt)).description).toBe("Bad Request: message can't be deleted");
  });
});
