import { beforeEach, describe, expect, it } from "vitest";
import type { ApiMessage } from "./apiTypes.js";
import { ManualClock } from "./clock.js";
import { createEmulator, type Emulator } from "./emulator.js";
import { apiError, botToken } from "./testFixtures.js";

const TOKEN = botToken(6001);
const START = Date.UTC(2026, 2, 1, 12, 0, 0);

let clock: ManualClock;
let emulator: Emulator;
let userId: number;

const call = (method: string, params: Record<string, unknown> = {}) => emulator.call(TOKEN, method, params);
const send = (params: Record<string, unknown>) =>
  call("sendMessage", { chat_id: userId, ...params }) as Promise<ApiMessage>;

beforeEach(() => {
  clock = new ManualClock(START);
  emulator = createEmulator({ clock, callbackTimeoutMs: 2000 });
  emulator.registerBot(TOKEN, { username: "msg_bot", firstName: "Messages" });
  userId = emulator.control.createUser({ id: 4242, first_name: "Ann", username: "ann" }).id;
  emulator.control.sendText(userId, "msg_bot", "/start");
});

describe("sendMessage", () => {
  it("answers the Message Telegram would", async () => {
    expect(await send({ text: "Hello <b>Ann</b>", parse_mode: "HTML" })).toEqual({
      message_id: 2,
      from: {
        id: 6001,
        is_bot: true,
        first_name: "Messages",
        username: "msg_bot",
      },
      date: START / 1000,
      chat: { id: 4242, type: "private", first_name: "Ann", username: "ann" },
      text: "Hello Ann",
      entities: [{ type: "bold", offset: 6, length: 3 }],
    });
  });

  it("limits text to 4096 characters after entity parsing", async () => {
    const fits = `<b>${"a".repeat(4096)}</b>`;
    expect((await send({ text: fits, parse_mode: "HTML" })).text).toHaveLength(4096);
    expect(await apiError(send({ text: "a".repeat(4097) }))).toEqual({
      code: 400,
      description: "Bad Request: message is too long",
    });
    expect((await apiError(send({ text: "<b> </b>", parse_mode: "HTML" }))).description).toBe(
      "Bad Request: message text is empty",
    );
  });

  it("refuses bad markup with the parser's reason", async () => {
    expect((await apiError(send({ text: "<b>bold", parse_mode: "HTML" }))).description).toBe(
      "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"",
    );
  });

  it("limits captions to 1024 characters", async () => {
    const caption = "c".repeat(1025);
    const photo = emulator.control.sendPhoto(userId, "msg_bot").photo?.[0]?.file_id;
    expect((await apiError(call("sendPhoto", { chat_id: userId, photo, caption }))).description).toBe(
      "Bad Request: message caption is too long",
    );
    const ok = (await call("sendPhoto", { chat_id: userId, photo, caption: caption.slice(1) })) as ApiMessage;
    expect(ok.caption).toHaveLength(1024);
  });

  it("takes callback_data of 1 to 64 bytes, counting UTF-8 bytes", async () => {
    const keyboard = (data: string) => ({ inline_keyboard: [[{ text: "b", callback_data: data }]] });
    await expect(send({ text: "x", reply_markup: keyboard("я".repeat(32)) })).resolves.toBeTruthy();
    for (const data of ["я".repeat(33), "d".repeat(65), ""]) {
      expect((await apiError(send({ text: "x", reply_markup: keyboard(data) }))).description).toBe(
        "Bad Request: BUTTON_DATA_INVALID",
      );
    }
  });

  it("refuses to start a conversation with a user who never wrote", async () => {
    const stranger = emulator.control.createUser().id;
    expect(await apiError(call("sendMessage", { chat_id: stranger, text: "hi" }))).toEqual({
      code: 403,
      description: "Forbidden: bot can't initiate conversation with a user",
    });
    expect((await apiError(call("sendMessage", { chat_id: 999, text: "hi" }))).description).toBe(
      "Bad Request: chat not found",
    );
  });

  it("refuses to write to a user who blocked the bot", async () => {
    emulator.control.blockBot(userId, "msg_bot");
    expect(await apiError(send({ text: "hi" }))).toEqual({
      code: 403,
      description: "Forbidden: bot was blocked by the user",
    });
  });

  it("embeds the message replied to and refuses a missing one", async () => {
    const reply = await send({ text: "re", reply_parameters: { message_id: 1 } });
    expect(reply.reply_to_message).toMatchObject({ message_id: 1, text: "/start" });
    expect((await apiError(send({ text: "re", reply_parameters: { message_id: 99 } }))).description).toBe(
      "Bad Request: message to be replied not found",
    );
  });
});

describe("editing", () => {
  const markup = { inline_keyboard: [[{ text: "A", callback_data: "a" }]] };

  it("says 'message is not modified' for identical text, entities and markup", async () => {
    const sent = await send({ text: "<b>x</b>", parse_mode: "HTML", reply_markup: markup });
    const edit = {
      chat_id: userId,
      message_id: sent.message_id,
      text: "<b>x</b>",
      parse_mode: "HTML",
      reply_markup: markup,
    };
    expect(await apiError(call("editMessageText", edit))).toEqual({
      code: 400,
      description:
        "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    });
    clock.advance(5000);
    const edited = (await call("editMessageText", {
      ...edit,
      text: "x",
      parse_mode: undefined,
    })) as ApiMessage;
    expect(edited).toMatchObject({ text: "x", edit_date: START / 1000 + 5, reply_markup: markup });
    expect(edited.entities).toBeUndefined();
  });

  it("edits the keyboard alone, and an edit without reply_markup removes it", async () => {
    const sent = await send({ text: "x", reply_markup: markup });
    const ids = { chat_id: userId, message_id: sent.message_id };
    expect(
      (await apiError(call("editMessageReplyMarkup", { ...ids, reply_markup: markup }))).description,
    ).toMatch(/^Bad Request: message is not modified/);
    const cleared = (await call("editMessageReplyMarkup", ids)) as ApiMessage;
    expect(cleared.reply_markup).toBeUndefined();
    expect(emulator.control.transcript("msg_bot", userId).at(-1)?.reply_markup).toBeUndefined();
  });

  it("edits only the bot's own messages, and captions only of media", async () => {
    expect(
      (await apiError(call("editMessageText", { chat_id: userId, message_id: 1, text: "y" }))).description,
    ).toBe("Bad Request: message can't be edited");
    const text = await send({ text: "x" });
    expect(
      (
        await apiError(
          call("editMessageCaption", { chat_id: userId, message_id: text.message_id, caption: "c" }),
        )
      ).description,
    ).toBe("Bad Request: there is no caption in the message to edit");
    expect(
      (await apiError(call("editMessageText", { chat_id: userId, message_id: 77, text: "y" }))).description,
    ).toBe("Bad Request: message to edit not found");
  });
});

describe("deleteMessage", () => {
  it("deletes messages under 48 hours old, then reports them gone", async () => {
    const sent = await send({ text: "bye" });
    clock.advance(48 * 3600 * 1000 - 1000);
    await expect(call("deleteMessage", { chat_id: userId, message_id: sent.message_id })).resolves.toBe(true);
    expect(
      (await apiError(call("deleteMessage", { chat_id: userId, message_id: sent.message_id }))).description,
    ).toBe("Bad Request: message to delete not found");
    expect(
      emulator.control.transcript("msg_bot", userId).find((m) => m.message_id === sent.message_id)?.deleted,
    ).toBe(true);
  });

  it("refuses messages 48 hours old or older", async () => {
    const sent = await send({ text: "old" });
    clock.advance(48 * 3600 * 1000);
    expect(
      (await apiError(call("deleteMessage", { chat_id: userId, message_id: sent.message_id }))).description,
    ).toBe("Bad Request: message can't be deleted");
  });
});

describe("answerCallbackQuery", () => {
  it("hands the answer to the user who pressed, up to 200 characters", async () => {
    const sent = await send({
      text: "pick",
      reply_markup: { inline_keyboard: [[{ text: "Go", callback_data: "go" }]] },
    });
    const pressed = emulator.control.pressButton(userId, "msg_bot", sent.message_id, { data: "go" });
    const [update] = (await call("getUpdates", { offset: 2 })) as {
      callback_query: { id: string; data: string };
    }[];
    expect(update?.callback_query.data).toBe("go");
    const id = update?.callback_query.id as string;
    expect(
      (await apiError(call("answerCallbackQuery", { callback_query_id: id, text: "x".repeat(201) })))
        .description,
    ).toBe("Bad Request: MESSAGE_TOO_LONG");
    await call("answerCallbackQuery", { callback_query_id: id, text: "y".repeat(200), show_alert: true });
    expect(await pressed).toEqual({ answered: true, text: "y".repeat(200), show_alert: true });
    expect((await apiError(call("answerCallbackQuery", { callback_query_id: id }))).description).toBe(
      "Bad Request: query is too old and response timeout expired or query ID is invalid",
    );
  });
});

describe("commands", () => {
  it("keeps lists per scope and language, and shows users the most specific one", async () => {
    await call("setMyCommands", { commands: [{ command: "start", description: "Start" }] });
    await call("setMyCommands", {
      commands: [{ command: "start", description: "Начать" }],
      language_code: "ru",
    });
    await call("setMyCommands", {
      commands: [{ command: "help", description: "Help" }],
      scope: { type: "all_private_chats" },
    });
    expect(await call("getMyCommands", { language_code: "ru" })).toEqual([
      { command: "start", description: "Начать" },
    ]);
    expect(await call("getMyCommands", { scope: { type: "all_group_chats" } })).toEqual([]);
    expect(emulator.control.botCommands("msg_bot", userId)).toEqual([
      { command: "help", description: "Help" },
    ]);
    await call("deleteMyCommands", { scope: { type: "all_private_chats" } });
    expect(emulator.control.botCommands("msg_bot", userId, undefined, "ru")).toEqual([
      { command: "start", description: "Начать" },
    ]);
    expect(
      (await apiError(call("setMyCommands", { commands: [{ command: "Bad-Cmd", description: "x" }] })))
        .description,
    ).toBe("Bad Request: BOT_COMMAND_INVALID");
  });
});

describe("forwarding and copying", () => {
  it("forwards with the origin and copies with a new caption", async () => {
    const other = emulator.control.createUser({ first_name: "Bob" }).id;
    emulator.control.sendText(other, "msg_bot", "hi");
    const photo = emulator.control.sendPhoto(userId, "msg_bot", { caption: "original" });
    const forwarded = (await call("forwardMessage", {
      chat_id: other,
      from_chat_id: userId,
      message_id: photo.message_id,
    })) as ApiMessage;
    expect(forwarded).toMatchObject({
      chat: { id: other },
      caption: "original",
      photo: photo.photo,
      forward_origin: { type: "user", sender_user: { id: userId }, date: START / 1000 },
    });
    const copy = (await call("copyMessage", {
      chat_id: other,
      from_chat_id: userId,
      message_id: photo.message_id,
      caption: "<i>copy</i>",
      parse_mode: "HTML",
    })) as { message_id: number };
    expect(
      emulator.control.transcript("msg_bot", other).find((m) => m.message_id === copy.message_id),
    ).toMatchObject({
      caption: "copy",
      caption_entities: [{ type: "italic", offset: 0, length: 4 }],
      photo: photo.photo,
    });
  });
});
