import { beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "./clock.js";
import { createEmulator } from "./emulator.js";
import type { EmulatorEvent } from "./events.js";
import { apiError, botToken, emulatorPerFile, refusal, takeUpdates } from "./testFixtures.js";

const TOKEN = botToken(4401);
const env = emulatorPerFile(TOKEN, { username: "gate_bot", firstName: "Gate" });
const BOT = { id: 4401, is_bot: true, first_name: "Gate", username: "gate_bot" };

let owner: number;
let ann: number;
let groupId: number;

beforeEach(async () => {
  owner = (await env.client.createUser({ first_name: "Owner" })).id;
  ann = (await env.client.createUser({ first_name: "Ann", username: "ann_j" })).id;
  groupId = (
    await env.client.createGroup({
      title: "Club",
      ownerId: owner,
      bots: [
        { bot: "gate_bot", admin: true, rights: { can_invite_users: true, can_restrict_members: true } },
      ],
    })
  ).id;
  // chat_member is off unless asked for; chat_join_request is on by default.
  await takeUpdates(env.api, ["message", "chat_member", "chat_join_request"]);
});

const annUser = () => ({ id: ann, is_bot: false, first_name: "Ann", username: "ann_j" });
const approvalLink = () =>
  env.api.createChatInviteLink(groupId, { name: "Applicants", creates_join_request: true });

describe("join requests", () => {
  it("reach the bot, which may write to the user first, and approving makes a member", async () => {
    const link = await approvalLink();
    expect(link).toEqual({
      invite_link: expect.stringMatching(/^https:\/\/t\.me\/\+[\w-]{16}$/),
      creator: BOT,
      creates_join_request: true,
      is_primary: false,
      is_revoked: false,
      name: "Applicants",
    });
    await env.client.requestToJoin(ann, groupId, { inviteLink: link.invite_link, bio: "I like clubs" });
    const [update] = await takeUpdates(env.api);
    expect(update?.chat_join_request).toEqual({
      chat: { id: groupId, type: "supergroup", title: "Club" },
      from: annUser(),
      user_chat_id: ann,
      date: expect.any(Number),
      bio: "I like clubs",
      invite_link: { ...link, pending_join_request_count: 1 },
    });
    expect(await env.client.joinRequests(groupId)).toMatchObject([
      { user: annUser(), invite_link: link.invite_link },
    ]);
    // Ann never opened the bot, yet the request lets it write to her.
    expect((await env.api.sendMessage(ann, "Solve: 2 + 3")).chat).toEqual({
      id: ann,
      type: "private",
      first_name: "Ann",
      username: "ann_j",
    });

    expect(await env.api.approveChatJoinRequest(groupId, ann)).toBe(true);
    expect((await env.api.getChatMember(groupId, ann)).status).toBe("member");
    expect(await env.client.joinRequests(groupId)).toEqual([]);
    const updates = await takeUpdates(env.api);
    expect(updates.map((u) => Object.keys(u)[1])).toEqual(["chat_member", "message"]);
    expect(updates[0]?.chat_member).toMatchObject({
      from: BOT,
      old_chat_member: { status: "left", user: annUser() },
      new_chat_member: { status: "member", user: annUser() },
      invite_link: link,
      via_join_request: true,
    });
    expect(updates[1]?.message).toMatchObject({ from: annUser(), new_chat_members: [annUser()] });
    expect(await refusal(env.api.approveChatJoinRequest(groupId, ann))).toEqual({
      code: 400,
      description: "Bad Request: USER_ALREADY_PARTICIPANT",
    });
  });

  it("are dropped by declining, with no member update", async () => {
    const events: EmulatorEvent[] = [];
    const unsubscribe = await env.client.subscribe((e) => events.push(e));
    await env.client.requestToJoin(ann, groupId);
    const [update] = await takeUpdates(env.api);
    expect(update?.chat_join_request).not.toHaveProperty("invite_link");
    expect(await env.api.declineChatJoinRequest(groupId, ann)).toBe(true);
    expect((await env.api.getChatMember(groupId, ann)).status).toBe("left");
    expect(await takeUpdates(env.api)).toEqual([]);
    expect(await refusal(env.api.declineChatJoinRequest(groupId, ann))).toEqual({
      code: 400,
      description: "Bad Request: HIDE_REQUESTER_MISSING",
    });
    await expect
      .poll(() => events.map((e) => (e.type.startsWith("join.") ? e : undefined)).filter(Boolean))
      .toEqual([
        { type: "join.requested", chat: expect.objectContaining({ id: groupId }), user: annUser() },
        {
          type: "join.resolved",
          chat: expect.objectContaining({ id: groupId }),
          user: annUser(),
          approved: false,
          by: BOT,
        },
      ]);
    unsubscribe();
    // A settled request no longer lets the bot write first.
    expect(await refusal(env.api.sendMessage(ann, "hello"))).toEqual({
      code: 403,
      description: "Forbidden: bot can't initiate conversation with a user",
    });
  });

  it("reach only bots holding can_invite_users whose allowed_updates take them", async () => {
    const link = await approvalLink();
    await takeUpdates(env.api, ["message"]);
    await env.client.requestToJoin(ann, groupId, { inviteLink: link.invite_link });
    expect(await takeUpdates(env.api)).toEqual([]);
    await env.client.addBotToGroup(groupId, "gate_bot", {
      admin: true,
      rights: { can_restrict_members: true },
    });
    await takeUpdates(env.api, []);
    const bob = (await env.client.createUser({ first_name: "Bob" })).id;
    await env.client.requestToJoin(bob, groupId);
    expect(await takeUpdates(env.api)).toEqual([]);
    expect(await refusal(env.api.approveChatJoinRequest(groupId, bob))).toEqual({
      code: 400,
      description: "Bad Request: not enough rights to manage chat join requests",
    });
    expect(await refusal(env.api.createChatInviteLink(groupId))).toEqual({
      code: 400,
      description: "Bad Request: not enough rights to manage chat invite link",
    });
  });

  it("are refused in Telegram's words", async () => {
    expect(await refusal(env.api.approveChatJoinRequest(groupId, ann))).toEqual({
      code: 400,
      description: "Bad Request: HIDE_REQUESTER_MISSING",
    });
    await env.client.start(ann, "gate_bot");
    expect(await refusal(env.api.approveChatJoinRequest(ann, ann))).toEqual({
      code: 400,
      description: "Bad Request: the chat can't have join requests",
    });
    expect(
      await refusal(env.api.createChatInviteLink(groupId, { creates_join_request: true, member_limit: 5 })),
    ).toEqual({
      code: 400,
      description: "Bad Request: member limit can't be specified for links requiring administrator approval",
    });
    const open = await env.api.createChatInviteLink(groupId, { member_limit: 5 });
    expect(open).toMatchObject({ creates_join_request: false, member_limit: 5 });
    await expect(
      env.client.requestToJoin(ann, groupId, { inviteLink: open.invite_link }),
    ).rejects.toMatchObject({
      status: 400,
      message: "this invite link admits members directly (no approval); use joinGroup",
    });
    await expect(
      env.client.requestToJoin(ann, groupId, { inviteLink: "https://t.me/+nope" }),
    ).rejects.toMatchObject({
      status: 404,
    });
    await env.client.requestToJoin(ann, groupId);
    await expect(env.client.requestToJoin(ann, groupId)).rejects.toMatchObject({
      status: 409,
      message: `user ${ann} already asked to join this chat`,
    });
  });

  it("work in channels too, without a service message", async () => {
    const channel = await env.client.createChannel({
      title: "News",
      ownerId: owner,
      bots: [{ bot: "gate_bot" }],
    });
    await takeUpdates(env.api);
    await env.client.requestToJoin(ann, channel.id);
    const [request] = await takeUpdates(env.api);
    expect(request?.chat_join_request?.chat).toEqual({ id: channel.id, type: "channel", title: "News" });
    await env.api.approveChatJoinRequest(channel.id, ann);
    const updates = await takeUpdates(env.api);
    expect(updates.map((u) => u.chat_member?.new_chat_member.status)).toEqual(["member"]);
    expect(await env.client.transcript(channel.id)).toEqual([]);
  });

  it("let the bot write first for five minutes only", async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    const emulator = createEmulator({ clock });
    emulator.registerBot(TOKEN, { username: "gate_bot" });
    const { id: chief } = emulator.control.createUser();
    const { id: guest } = emulator.control.createUser();
    const { id: club } = emulator.control.createGroup({
      title: "Club",
      ownerId: chief,
      bots: [{ bot: "gate_bot", admin: true }],
    });
    emulator.control.requestToJoin(guest, club);
    clock.advance(5 * 60_000 + 1000);
    expect(await apiError(emulator.call(TOKEN, "sendMessage", { chat_id: guest, text: "hi" }))).toEqual({
      code: 403,
      description: "Forbidden: bot can't initiate conversation with a user",
    });
    emulator.close();
  });
});
