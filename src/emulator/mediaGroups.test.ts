import { type Api, InputFile, InputMediaBuilder } from "grammy";
import { beforeEach, describe, expect, it } from "vitest";
import type { ApiMessage } from "./apiTypes.js";
import type { EmulatorEvent } from "./events.js";
import { botToken, emulatorPerFile, PNG_1X1, refusal } from "./testFixtures.js";

const TOKEN = botToken(4101);
const env = emulatorPerFile(TOKEN, { username: "album_bot", firstName: "Album" });

let ann: number;

beforeEach(async () => {
  ann = (await env.client.createUser({ first_name: "Ann" })).id;
  await env.client.start(ann, "album_bot");
});

/** grammY's return type is a union without media_group_id; the emulator's Message type has it. */
const album = async (...args: Parameters<Api["sendMediaGroup"]>): Promise<ApiMessage[]> =>
  (await env.api.sendMediaGroup(...args)) as unknown as ApiMessage[];

const photo = (caption?: string) =>
  InputMediaBuilder.photo(new InputFile(PNG_1X1, "p.png"), caption ? { caption, parse_mode: "HTML" } : {});

describe("sendMediaGroup", () => {
  it("sends uploaded photos as one message each, sharing one media_group_id, shown separately", async () => {
    const events: EmulatorEvent[] = [];
    const chat = await env.client.chat("album_bot", ann);
    const unsubscribe = await env.client.subscribe((e) => events.push(e), chat.key);
    const sent = await album(ann, [photo("Receipt <b>42</b>"), photo(), photo("last")], {
      reply_parameters: { message_id: 1 },
    });

    expect(sent.map((m) => m.message_id)).toEqual([2, 3, 4]);
    const groupId = sent[0]?.media_group_id;
    expect(groupId).toBe("13000000000000001");
    expect(sent.map((m) => m.media_group_id)).toEqual([groupId, groupId, groupId]);
    expect(sent[0]).toMatchObject({
      from: { id: 4101, is_bot: true, username: "album_bot" },
      chat: { id: ann, type: "private", first_name: "Ann" },
      caption: "Receipt 42",
      caption_entities: [{ type: "bold", offset: 8, length: 2 }],
      reply_to_message: { message_id: 1, text: "/start" },
    });
    expect(sent[0]?.photo).toEqual([
      expect.objectContaining({ width: 1, height: 1, file_size: PNG_1X1.length }),
    ]);
    expect(sent[1]).not.toHaveProperty("caption");
    expect(sent[2]?.caption).toBe("last");

    const transcript = await env.client.transcript("album_bot", ann);
    expect(transcript.map((m) => [m.message_id, m.media_group_id, m.caption])).toEqual([
      [1, undefined, undefined],
      [2, groupId, "Receipt 42"],
      [3, groupId, undefined],
      [4, groupId, "last"],
    ]);
    expect(await env.client.download(transcript[1]?.download_url as string)).toEqual(PNG_1X1);
    const sentEvents = () =>
      events.flatMap((e) =>
        e.type === "message.sent" ? [[e.message.message_id, e.message.media_group_id]] : [],
      );
    await expect.poll(sentEvents).toEqual([
      [2, groupId],
      [3, groupId],
      [4, groupId],
    ]);
    unsubscribe();
  });

  it("sends documents by file_id, and a single item as an ordinary message", async () => {
    const first = await env.api.sendDocument(ann, new InputFile(Buffer.from("a;b\n"), "one.csv"));
    const id = first.document.file_id;
    const sentDocs = await album(ann, [
      InputMediaBuilder.document(id, { caption: "Q1" }),
      InputMediaBuilder.document(id, { caption: "Q2" }),
    ]);
    expect(sentDocs.map((m) => [m.media_group_id, m.caption, m.document?.file_name])).toEqual([
      ["13000000000000001", "Q1", "one.csv"],
      ["13000000000000001", "Q2", "one.csv"],
    ]);
    const [single] = await album(ann, [photo()]);
    expect(single).not.toHaveProperty("media_group_id");
    expect(single?.photo).toHaveLength(1);
  });

  it("refuses an album in Telegram's words and posts none of it", async () => {
    const file = new InputFile(PNG_1X1, "p.png");
    const doc = InputMediaBuilder.document(new InputFile(Buffer.from("x"), "x.txt"));
    const raw = (media: unknown) => env.api.raw.sendMediaGroup({ chat_id: ann, media: media as never });
    const cases: [Promise<unknown>, string][] = [
      [raw([]), "there are no messages to send"],
      [
        env.api.sendMediaGroup(
          ann,
          Array.from({ length: 11 }, () => photo()),
        ),
        "too many messages to send as an album",
      ],
      [
        env.api.sendMediaGroup(ann, [doc, photo()] as never),
        "document can't be mixed with other media types",
      ],
      [
        raw([
          { type: "photo", media: "x" },
          { type: "animation", media: "y" },
        ]),
        "can't parse InputMedia: type \"animation\" can't be used in sendMediaGroup",
      ],
      [raw([{ type: "sticker", media: "y" }]), 'can\'t parse InputMedia: type "sticker" is unsupported'],
      [raw([{ type: "photo", media: "attach://nothing" }]), "can't parse InputMedia: media not found"],
      [raw([{ type: "photo" }]), "can't parse InputMedia: media not found"],
      [raw({ type: "photo", media: "x" }), "expected an Array of InputMedia"],
      [raw(["photo"]), "can't parse InputMedia: expected an Object"],
      [
        env.api.sendMediaGroup(ann, [photo("<b>bold"), photo()]),
        "can't parse InputMedia: Can't parse entities: Can't find end tag corresponding to start tag \"b\"",
      ],
      [
        env.api.sendMediaGroup(ann, [InputMediaBuilder.photo(file), InputMediaBuilder.photo("AgACnope")]),
        'failed to send message #2 with the error message "Wrong file identifier/HTTP URL specified"',
      ],
      [env.api.raw.sendMediaGroup({ chat_id: ann } as never), 'parameter "media" is required'],
    ];
    for (const [call, description] of cases) {
      expect(await refusal(call)).toEqual({ code: 400, description: `Bad Request: ${description}` });
    }
    expect(await env.client.transcript("album_bot", ann)).toHaveLength(1);
  });

  it("needs the right to send photos in a group", async () => {
    const owner = (await env.client.createUser({ first_name: "Owner" })).id;
    const group = await env.client.createGroup({
      title: "Team",
      ownerId: owner,
      bots: [{ bot: "album_bot" }],
      permissions: { can_send_photos: false },
    });
    expect(await refusal(env.api.sendMediaGroup(group.id, [photo(), photo()]))).toEqual({
      code: 400,
      description: "Bad Request: not enough rights to send photos to the chat",
    });
    await env.client.setAdmin(group.id, 4101, { can_delete_messages: true });
    const sent = await album(group.id, [photo(), photo()]);
    expect(sent.map((m) => [m.chat.id, m.media_group_id])).toEqual([
      [group.id, "13000000000000001"],
      [group.id, "13000000000000001"],
    ]);
  });
});
