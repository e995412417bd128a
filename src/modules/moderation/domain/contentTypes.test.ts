import type { Message, MessageEntity } from "grammy/types";
import { describe, expect, it } from "vitest";
import { contentTypes, isInviteLink, lockedType } from "./contentTypes.js";

const ann = { id: 11, is_bot: false, first_name: "Ann" };
const chat = { id: -100123, type: "supergroup" as const, title: "G" };
const message = (fields: Record<string, unknown>): Message =>
  ({ message_id: 1, date: 1_700_000_000, chat, from: ann, ...fields }) as unknown as Message;

/** A text message with the entity Telegram makes for `part` of it. */
function withEntity(text: string, part: string, type: MessageEntity["type"], extra = {}): Message {
  const entity = { type, offset: text.indexOf(part), length: part.length, ...extra } as MessageEntity;
  return message({ text, entities: [entity] });
}

const file = { file_id: "f", file_unique_id: "u" };
const photo = [{ ...file, width: 1, height: 1 }];

describe("contentTypes: a message's lock types, in API V2's names", () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ["plain text", { text: "hello all" }, ["text"]],
    ["a photo", { photo }, ["photo"]],
    ["a photo with a caption", { photo, caption: "look" }, ["photo"]],
    ["an audio", { audio: { ...file, duration: 3 } }, ["audio"]],
    ["a voice note", { voice: { ...file, duration: 3 } }, ["voice"]],
    ["a video", { video: { ...file, width: 1, height: 1, duration: 3 } }, ["video"]],
    ["a round video", { video_note: { ...file, length: 1, duration: 3 } }, ["videonote"]],
    ["a file", { document: { ...file, file_name: "a.pdf" } }, ["document"]],
    [
      "a gif (which Telegram also marks as a document)",
      { animation: { ...file, width: 1, height: 1, duration: 1 }, document: file },
      ["gif"],
    ],
    [
      "a sticker",
      { sticker: { ...file, type: "regular", width: 1, height: 1, is_animated: false } },
      ["sticker"],
    ],
    ["a contact", { contact: { phone_number: "+1555", first_name: "X" } }, ["contact"]],
    ["a location", { location: { latitude: 1, longitude: 2 } }, ["location"]],
    [
      "a venue",
      { venue: { location: { latitude: 1, longitude: 2 }, title: "T", address: "A" } },
      ["location"],
    ],
    ["a poll", { poll: { id: "p", question: "?", options: [] } }, ["poll"]],
    ["a game", { game: { title: "G", description: "", photo } }, ["game"]],
    [
      "a forward",
      { text: "fwd", forward_origin: { type: "user", date: 1, sender_user: ann } },
      ["forward", "text"],
    ],
    [
      "a message through an inline bot",
      { text: "x", via_bot: { id: 5, is_bot: true, first_name: "B" } },
      ["inline", "text"],
    ],
    [
      "a message with an inline keyboard",
      { text: "x", reply_markup: { inline_keyboard: [[{ text: "go", url: "https://x.y" }]] } },
      ["button", "text"],
    ],
    [
      "a bot added by a member",
      {
        new_chat_members: [
          { id: 7, is_bot: false, first_name: "P" },
          { id: 8, is_bot: true, first_name: "B" },
        ],
      },
      ["bot"],
    ],
    ["people added by a member", { new_chat_members: [{ id: 7, is_bot: false, first_name: "P" }] }, []],
  ])("%s", (_, fields, expected) => {
    expect(contentTypes(message(fields))).toEqual(expected);
  });

  it("links, e-mails, phone numbers and commands come from the entities", () => {
    expect(contentTypes(withEntity("see https://example.com now", "https://example.com", "url"))).toEqual([
      "text",
      "url",
    ]);
    expect(
      contentTypes(withEntity("click here", "here", "text_link", { url: "https://example.com" })),
    ).toEqual(["text", "url"]);
    expect(contentTypes(withEntity("mail ann@example.com", "ann@example.com", "email"))).toEqual([
      "email",
      "text",
    ]);
    expect(contentTypes(withEntity("call +1 555 0100", "+1 555 0100", "phone_number"))).toEqual([
      "phone",
      "text",
    ]);
    expect(contentTypes(withEntity("/start@other_bot", "/start@other_bot", "bot_command"))).toEqual([
      "command",
      "text",
    ]);
    // A mention or a hashtag is none of them.
    expect(contentTypes(withEntity("hi @ann", "@ann", "mention"))).toEqual(["text"]);
  });

  it("a link in a photo's caption is a url", () => {
    const caption = "deals at https://spam.example";
    const entity = { type: "url", offset: 9, length: 20 };
    expect(contentTypes(message({ photo, caption, caption_entities: [entity] }))).toEqual(["photo", "url"]);
  });

  it("an invite link is a url and an invitelink, written or behind a text link", () => {
    expect(contentTypes(withEntity("join t.me/+AbCdEf123_x", "t.me/+AbCdEf123_x", "url"))).toEqual([
      "invitelink",
      "text",
      "url",
    ]);
    expect(
      contentTypes(withEntity("join us", "us", "text_link", { url: "https://t.me/joinchat/AAAAAE1x" })),
    ).toEqual(["invitelink", "text", "url"]);
  });

  it("takes a message without the fields it does not carry (a service message)", () => {
    expect(contentTypes(message({ left_chat_member: ann }))).toEqual([]);
  });
});

describe("isInviteLink", () => {
  it.each([
    "https://t.me/+AbCdEf123_x",
    "t.me/+AbCdEf123",
    "http://www.telegram.me/joinchat/AAAAAE1x-yz",
    "https://telegram.dog/+AbCd",
    "tg://join?invite=AbCdEf",
    "HTTPS://T.ME/+AbCd",
  ])("%s invites", (link) => {
    expect(isInviteLink(link)).toBe(true);
  });

  it.each([
    "https://t.me/some_channel",
    "https://t.me/+15551234567",
    "https://example.com/t.me/+AbCd",
    "https://t.me.example.com/+AbCd",
    "tg://resolve?domain=x",
  ])("%s does not", (link) => {
    expect(isInviteLink(link)).toBe(false);
  });
});

describe("lockedType: the lock a message breaks", () => {
  const link = withEntity("see https://example.com", "https://example.com", "url");

  it("none when the group locks nothing, or nothing the message carries", () => {
    expect(lockedType(link, new Set())).toBeUndefined();
    expect(lockedType(link, new Set(["photo", "sticker"]))).toBeUndefined();
    expect(lockedType(message({ text: "hi" }), new Set(["url"]))).toBeUndefined();
  });

  it("names the most telling lock: url before text", () => {
    expect(lockedType(link, new Set(["url"]))).toBe("url");
    expect(lockedType(link, new Set(["text", "url"]))).toBe("url");
    expect(lockedType(message({ text: "hi" }), new Set(["text", "url"]))).toBe("text");
  });

  it("ignores a lock name it does not know (a newer API V2)", () => {
    expect(lockedType(link, new Set(["hologram"]))).toBeUndefined();
  });
});
