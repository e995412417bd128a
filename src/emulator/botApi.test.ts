import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEmulator, type Emulator, emulatorPlugin } from "./emulator.js";
import { implementedMethods } from "./methods/index.js";
import { loadSpec } from "./spec.js";
import { botToken } from "./testFixtures.js";

const TOKEN = botToken(5001);
const PNG_2X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAADklEQVR4nGP4z8AAQv8BD/kD/YURmXYAAAAASUVORK5CYII=",
  "base64",
);

let emulator: Emulator;
let app: FastifyInstance;
let userId: number;

beforeEach(async () => {
  emulator = createEmulator();
  emulator.registerBot(TOKEN, { username: "api_test_bot", firstName: "API Test" });
  app = Fastify();
  await app.register(emulatorPlugin, { emulator });
  userId = emulator.control.createUser({ first_name: "Ann" }).id;
  emulator.control.sendText(userId, "api_test_bot", "/start");
});

afterEach(async () => {
  await app.close();
});

const post = async (method: string, payload: unknown, token = TOKEN) => {
  const response = await app.inject({
    method: "POST",
    url: `/bot${token}/${method}`,
    payload: payload as object,
  });
  return { status: response.statusCode, body: response.json() };
};

const form = async (method: string, fields: Record<string, string>) => {
  const response = await app.inject({
    method: "POST",
    url: `/bot${TOKEN}/${method}`,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams(fields).toString(),
  });
  return { status: response.statusCode, body: response.json() };
};

describe("Bot API over HTTP", () => {
  it("answers an unknown method with Telegram's 404", async () => {
    expect(await post("sendTelepathy", {})).toEqual({
      status: 404,
      body: { ok: false, error_code: 404, description: "Not Found" },
    });
  });

  it("answers a malformed or foreign token with 401", async () => {
    expect((await post("getMe", {}, "not-a-token")).body).toEqual({
      ok: false,
      error_code: 401,
      description: "Unauthorized",
    });
    const sameIdOtherSecret = `5001:${"x".repeat(35)}`;
    expect((await post("getMe", {}, sameIdOtherSecret)).status).toBe(401);
  });

  it("accepts any well-formed token and names the bot itself", async () => {
    const { body } = await post("getMe", {}, botToken(777));
    expect(body.result).toEqual({
      id: 777,
      is_bot: true,
      first_name: "Bot 777",
      username: "emulated777_bot",
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
    });
  });

  it("takes method names in any case, over GET with a query string too", async () => {
    const response = await app.inject({ method: "GET", url: `/bot${TOKEN}/GETME` });
    expect(response.json()).toMatchObject({ ok: true, result: { username: "api_test_bot" } });
    const send = await app.inject({
      method: "GET",
      url: `/bot${TOKEN}/sendMessage?chat_id=${userId}&text=hi`,
    });
    expect(send.json()).toMatchObject({ ok: true, result: { text: "hi" } });
  });

  it("names a missing required parameter", async () => {
    expect(await post("sendMessage", { text: "x" })).toEqual({
      status: 400,
      body: { ok: false, error_code: 400, description: "Bad Request: chat_id is empty" },
    });
    expect((await post("sendMessage", { chat_id: userId })).body.description).toBe(
      "Bad Request: message text is empty",
    );
    expect((await post("getChatMember", { chat_id: userId })).body.description).toBe(
      "Bad Request: user_id is empty",
    );
  });

  it("refuses a wrongly typed parameter", async () => {
    expect((await post("getUpdates", { limit: "many" })).body).toEqual({
      ok: false,
      error_code: 400,
      description: 'Bad Request: field "limit" must be of type Integer',
    });
    expect(
      (await post("sendMessage", { chat_id: userId, text: "x", disable_notification: "maybe" })).body
        .description,
    ).toBe('Bad Request: field "disable_notification" must be of type Boolean');
  });

  it("checks JSON-serialized objects field by field", async () => {
    const markup = { inline_keyboard: [[{ callback_data: "x" }]] };
    expect(
      (await post("sendMessage", { chat_id: userId, text: "x", reply_markup: markup })).body.description,
    ).toBe('Bad Request: can\'t parse inline keyboard button: Field "text" must be of type String');
  });

  it("parses JSON-serialized fields sent as strings in urlencoded bodies", async () => {
    const markup = JSON.stringify({ inline_keyboard: [[{ text: "Go", callback_data: "go" }]] });
    const ok = await form("sendMessage", { chat_id: String(userId), text: "pick", reply_markup: markup });
    expect(ok.body.result.reply_markup).toEqual({ inline_keyboard: [[{ text: "Go", callback_data: "go" }]] });
    const broken = await form("sendMessage", {
      chat_id: String(userId),
      text: "pick",
      reply_markup: "{oops",
    });
    expect(broken.body.description).toBe("Bad Request: can't parse reply keyboard markup JSON object");
  });

  it("takes a multipart photo upload, answers photo sizes, and serves the bytes through getFile", async () => {
    const boundary = "----emulator";
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\ncontent-disposition:form-data;name="chat_id"\r\n\r\n${userId}\r\n`),
      Buffer.from(`--${boundary}\r\ncontent-disposition:form-data;name="photo"\r\n\r\nattach://f1\r\n`),
      Buffer.from(`--${boundary}\r\ncontent-disposition:form-data;name="caption"\r\n\r\n<b>chart</b>\r\n`),
      Buffer.from(`--${boundary}\r\ncontent-disposition:form-data;name="parse_mode"\r\n\r\nHTML\r\n`),
      Buffer.from(
        `--${boundary}\r\ncontent-disposition:form-data;name="f1";filename=photo.jpg\r\ncontent-type:application/octet-stream\r\n\r\n`,
      ),
      PNG_2X1,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const sent = await app.inject({
      method: "POST",
      url: `/bot${TOKEN}/sendPhoto`,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
    const message = sent.json().result;
    expect(message.photo).toHaveLength(1);
    expect(message.photo[0]).toMatchObject({ width: 2, height: 1, file_size: PNG_2X1.length });
    expect(message.caption).toBe("chart");
    expect(message.caption_entities).toEqual([{ type: "bold", offset: 0, length: 5 }]);

    const file = (await post("getFile", { file_id: message.photo[0].file_id })).body.result;
    expect(file.file_path).toMatch(/^photos\/file_\d+\.png$/);
    const download = await app.inject({ method: "GET", url: `/file/bot${TOKEN}/${file.file_path}` });
    expect(download.rawPayload.equals(PNG_2X1)).toBe(true);
  });

  it("refuses an upload that is not an image and an unknown file_id", async () => {
    const boundary = "b0";
    const body = `--${boundary}\r\ncontent-disposition: form-data; name="chat_id"\r\n\r\n${userId}\r\n--${boundary}\r\ncontent-disposition: form-data; name="photo"; filename="a.txt"\r\n\r\nhello\r\n--${boundary}--\r\n`;
    const response = await app.inject({
      method: "POST",
      url: `/bot${TOKEN}/sendPhoto`,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
    expect(response.json().description).toBe("Bad Request: IMAGE_PROCESS_FAILED");
    expect((await post("sendDocument", { chat_id: userId, document: "nope" })).body.description).toBe(
      "Bad Request: wrong file identifier/HTTP URL specified",
    );
  });

  it("re-sends a document by file_id", async () => {
    const boundary = "b1";
    const body = `--${boundary}\r\ncontent-disposition: form-data; name="chat_id"\r\n\r\n${userId}\r\n--${boundary}\r\ncontent-disposition: form-data; name="document"; filename="report.csv"\r\ncontent-type: text/csv\r\n\r\na,b\r\n--${boundary}--\r\n`;
    const first = await app.inject({
      method: "POST",
      url: `/bot${TOKEN}/sendDocument`,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
    const document = first.json().result.document;
    expect(document).toMatchObject({ file_name: "report.csv", mime_type: "text/csv", file_size: 3 });
    const again = await post("sendDocument", { chat_id: userId, document: document.file_id });
    expect(again.body.result.document).toEqual(document);
  });

  it("answers 501 for a spec method the emulator does not implement", async () => {
    expect((await post("sendDice", { chat_id: userId })).body).toEqual({
      ok: false,
      error_code: 501,
      description: "Not Implemented: the emulator does not implement sendDice",
    });
  });
});

describe("implementedMethods", () => {
  it("lists only methods the spec has, spelled as the spec spells them", () => {
    const names = new Set(loadSpec().methodNames());
    expect([...implementedMethods].filter((m) => !names.has(m))).toEqual([]);
    expect(implementedMethods.has("sendMessage")).toBe(true);
    expect(implementedMethods.size).toBeGreaterThanOrEqual(40);
  });
});
