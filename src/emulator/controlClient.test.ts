import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ApiMessage, ApiUpdate } from "./apiTypes.js";
import { ControlApiError, ControlClient } from "./controlClient.js";
import { type StartedEmulator, startEmulator } from "./emulator.js";
import type { EmulatorEvent } from "./events.js";
import { botToken } from "./testFixtures.js";

const TOKEN = botToken(2001);
const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

let server: StartedEmulator;
let client: ControlClient;

const bot = (method: string, params: Record<string, unknown> = {}) =>
  server.emulator.call(TOKEN, method, params);

beforeAll(async () => {
  server = await startEmulator({ port: 0 });
  client = new ControlClient(server.url);
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  await client.reset();
  await client.registerBot(TOKEN, { username: "ctl_bot", firstName: "Control" });
});

describe("control API over HTTP", () => {
  it("creates users and delivers their deep link as a /start command", async () => {
    const ann = await client.createUser({ first_name: "Ann", username: "ann_v", language_code: "ro" });
    expect(ann).toEqual({
      id: 100000001,
      is_bot: false,
      first_name: "Ann",
      username: "ann_v",
      language_code: "ro",
    });
    const sent = await client.start(ann.id, "@ctl_bot", "ref-42_x");
    expect(sent).toMatchObject({
      text: "/start ref-42_x",
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
    });
    const [update] = (await bot("getUpdates")) as ApiUpdate[];
    expect(update?.message).toMatchObject({
      text: "/start ref-42_x",
      from: { id: ann.id, language_code: "ro" },
    });
    await expect(client.start(ann.id, "ctl_bot", "bad payload!")).rejects.toThrow(
      "a start payload is 1-64 characters of A-Z, a-z, 0-9, _ and -",
    );
  });

  it("marks group commands addressed to a bot, and refuses a user who is not a member", async () => {
    const owner = await client.createUser();
    const outsider = await client.createUser();
    const group = await client.createGroup({ title: "Team", ownerId: owner.id, bots: [{ bot: "ctl_bot" }] });
    const sent = await client.sendText(owner.id, group.id, "/help@ctl_bot now");
    expect(sent.entities).toEqual([{ type: "bot_command", offset: 0, length: 13 }]);
    const error = await client.sendText(outsider.id, group.id, "hi").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ControlApiError);
    expect(error).toMatchObject({ status: 403, message: `user ${outsider.id} is not a member of this chat` });
  });

  it("waits for the bot's reply, presses its button and gets the bot's answer", async () => {
    const ann = await client.createUser();
    await client.sendText(ann.id, "ctl_bot", "/menu");
    // The "bot": answers /menu with a keyboard, then the button press with a toast and an edit.
    void (async () => {
      const [first] = (await bot("getUpdates", { timeout: 5 })) as [ApiUpdate];
      const chatId = (first.message as ApiMessage).chat.id;
      const menu = (await bot("sendMessage", {
        chat_id: chatId,
        text: "<b>Menu</b>",
        parse_mode: "HTML",
        reply_markup: { inline_keyboard: [[{ text: "Status", callback_data: "v1:status" }]] },
      })) as ApiMessage;
      const [press] = (await bot("getUpdates", { offset: first.update_id + 1, timeout: 5 })) as ApiUpdate[];
      const query = press?.callback_query as { id: string; data: string };
      await bot("editMessageText", {
        chat_id: chatId,
        message_id: menu.message_id,
        text: `You chose ${query.data}`,
      });
      await bot("answerCallbackQuery", { callback_query_id: query.id, text: "Done" });
    })();

    const menu = await client.waitForMessage("ctl_bot", (m) => m.from?.is_bot === true, 3000, ann.id);
    expect(menu).toMatchObject({
      text: "Menu",
      entities: [{ type: "bold", offset: 0, length: 4 }],
      deleted: false,
    });
    const answer = await client.pressButton(ann.id, "ctl_bot", menu.message_id, { text: "Status" }, 3000);
    expect(answer).toEqual({ answered: true, text: "Done", show_alert: false });
    const edited = await client.waitForMessage("ctl_bot", (m) => m.edit_date !== undefined, 3000, ann.id);
    expect(edited.text).toBe("You chose v1:status");
    expect(edited.reply_markup).toBeUndefined();
  });

  it("reports a button press nobody answers", async () => {
    const ann = await client.createUser();
    await client.sendText(ann.id, "ctl_bot", "hi");
    const sent = (await bot("sendMessage", {
      chat_id: ann.id,
      text: "x",
      reply_markup: { inline_keyboard: [[{ text: "B", callback_data: "b" }]] },
    })) as ApiMessage;
    expect(await client.pressButton(ann.id, "ctl_bot", sent.message_id, { data: "b" }, 50)).toEqual({
      answered: false,
      show_alert: false,
    });
    await expect(
      client.pressButton(ann.id, "ctl_bot", sent.message_id, { data: "zzz" }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it("shows transcripts with photos to download, reply keyboards and deletions", async () => {
    const ann = await client.createUser();
    const photo = await client.sendPhoto(ann.id, "ctl_bot", { bytes: PNG_1X1, caption: "look #cat" });
    expect(photo.caption_entities).toEqual([{ type: "hashtag", offset: 5, length: 4 }]);
    expect((await client.download(photo.download_url as string)).equals(PNG_1X1)).toBe(true);
    const keyboard = { keyboard: [[{ text: "Yes" }, { text: "No" }]], resize_keyboard: true };
    const ask = (await bot("sendMessage", {
      chat_id: ann.id,
      text: "Sure?",
      reply_markup: keyboard,
    })) as ApiMessage;
    expect(ask.reply_markup).toBeUndefined();
    expect(await client.replyKeyboard("ctl_bot", ann.id)).toEqual(keyboard);
    await bot("deleteMessage", { chat_id: ann.id, message_id: ask.message_id });
    const transcript = await client.transcript("ctl_bot", ann.id);
    expect(transcript.map((m) => [m.message_id, m.from?.id, m.deleted])).toEqual([
      [1, ann.id, false],
      [2, 2001, true],
    ]);
    expect(transcript[1]?.keyboard).toEqual(keyboard);
  });

  it("streams events over SSE", async () => {
    const ann = await client.createUser();
    const events: EmulatorEvent[] = [];
    let notify = () => {};
    const unsubscribe = await client.subscribe((event) => {
      events.push(event);
      notify();
    });
    await client.sendText(ann.id, "ctl_bot", "hello");
    await bot("sendChatAction", { chat_id: ann.id, action: "typing" });
    while (events.length < 2) await new Promise<void>((resolve) => (notify = resolve));
    unsubscribe();
    expect(events.map((e) => e.type)).toEqual(["message.sent", "chat.action"]);
    expect(events[0]).toMatchObject({
      chat: { key: `p:2001:${ann.id}`, id: ann.id, type: "private", botUsername: "ctl_bot", userId: ann.id },
      message: { text: "hello" },
    });
  });

  it("lets users join and leave groups and reports their standing", async () => {
    const owner = await client.createUser();
    const bob = await client.createUser();
    const group = await client.createGroup({
      title: "Club",
      ownerId: owner.id,
      bots: [{ bot: "ctl_bot", admin: true }],
    });
    await client.joinGroup(bob.id, group.id);
    expect(await client.member(group.id, bob.id)).toMatchObject({ status: "member" });
    expect((await client.chatsOf(bob.id)).map((c) => c.id)).toEqual([group.id]);
    await client.leaveGroup(bob.id, group.id);
    expect(await client.member(group.id, bob.id)).toMatchObject({ status: "left" });
    const transcript = await client.transcript(group.id);
    expect(
      transcript.map((m) =>
        Object.keys(m).find((k) => k.endsWith("_chat_member") || k === "new_chat_members"),
      ),
    ).toEqual(["new_chat_members", "left_chat_member"]);
  });

  it("answers a malformed body with the schema's complaint", async () => {
    const response = await fetch(`${server.url}/control/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ from: "x" }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/^from: /);
  });
});
