import { Bot, GrammyError, InputFile, InputMediaBuilder } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedEmulator, startEmulator } from "./emulator.js";
import { botToken } from "./testFixtures.js";

const TOKEN = botToken(7654321);
/** Two different valid PNGs (1×1 and 2×1), so the file really changes. */
const png = (width: number) => {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write("IHDR", 4);
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(1, 12);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
};

let server: StartedEmulator;
let bot: Bot;
let userId: number;

beforeAll(async () => {
  server = await startEmulator({ port: 0 });
  server.emulator.registerBot(TOKEN, { username: "media_bot", firstName: "Media" });
  bot = new Bot(TOKEN, { client: { apiRoot: server.apiRoot } });
  userId = server.control.createUser({ first_name: "Ann" }).id;
  server.control.start(userId, "media_bot");
});
afterAll(async () => server.close());

describe("editMessageMedia", () => {
  it("replaces a photo and its caption in place, as a chart switching range does", async () => {
    const sent = await bot.api.sendPhoto(userId, new InputFile(png(1), "day.png"), {
      caption: "<b>24 h</b>",
      parse_mode: "HTML",
    });
    const edited = await bot.api.editMessageMedia(
      userId,
      sent.message_id,
      InputMediaBuilder.photo(new InputFile(png(2), "week.png"), {
        caption: "<b>7 d</b>",
        parse_mode: "HTML",
      }),
    );
    if (edited === true) throw new Error("expected a message");
    expect(edited.caption).toBe("7 d");
    expect(edited.caption_entities).toEqual([{ type: "bold", offset: 0, length: 3 }]);
    expect(edited.photo?.[0]?.file_id).not.toBe(sent.photo[0]?.file_id);
    expect(edited.photo?.[0]?.width).toBe(2);
    const [message] = server.control
      .transcript("media_bot", userId)
      .filter((m) => m.message_id === sent.message_id);
    expect(message?.caption).toBe("7 d");
    expect(message?.edit_date).toBeTypeOf("number");
  });

  it("the same file and caption again is 'message is not modified'", async () => {
    const sent = await bot.api.sendPhoto(userId, new InputFile(png(1), "a.png"), { caption: "same" });
    const fileId = sent.photo.at(-1)!.file_id;
    const again = bot.api.editMessageMedia(
      userId,
      sent.message_id,
      InputMediaBuilder.photo(fileId, { caption: "same" }),
    );
    await expect(again).rejects.toThrow(GrammyError);
    await expect(again).rejects.toThrow(/message is not modified/);
  });

  it("a text message has no media to edit", async () => {
    const sent = await bot.api.sendMessage(userId, "text");
    await expect(
      bot.api.editMessageMedia(
        userId,
        sent.message_id,
        InputMediaBuilder.photo(new InputFile(png(1), "x.png")),
      ),
    ).rejects.toThrow(/there is no media in the message to edit/);
  });
});
