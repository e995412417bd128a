/**
 * Forms: the photo step, answers given when a form starts (`fixed`), Skip decided by earlier
 * answers, and refusals with variables. The rest of the engine is pinned in forms.test.ts.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiCall, alice, BotHarness } from "../../../test/support/botHarness.js";
import type { BotContext } from "../context.js";
import { defineModule } from "../defineModule.js";
import { defineForm } from "./index.js";

const TEXTS = `demo-cmd-post = post something
demo-cmd-edit = edit something
demo-title-ru = Title in Russian?
demo-title-kz = Title in Kazakh?
demo-photo = Send a photo.
demo-photo-refused = That photo is upside down.
demo-item = Which item?
demo-stars = How many stars?
demo-stars-range = Between { $min } and { $max } stars, please.
demo-done = Posted.`;

const TOKEN = "100200300:TEST-token-secret-part-abcdefghij";

let submitted: unknown[];
/** What `accept` was handed: the photo's file id and its downloaded bytes as text. */
let accepted: Array<{ fileId: string; mimeType: string; bytes: string }>;
let h: BotHarness;

function demoModule() {
  const dir = mkdtempSync(join(tmpdir(), "forms-steps-"));
  for (const language of ["en", "ru", "ro", "kk"]) writeFileSync(join(dir, `${language}.ftl`), TEXTS);
  const post = defineForm({ id: "post", module: "demo", prefix: "dm" })
    .text("titleRu", { schema: z.string().min(1), prompt: "demo-title-ru", optional: true })
    // Needed only when the Russian title was skipped.
    .text("titleKz", {
      schema: z.string().min(1),
      prompt: "demo-title-kz",
      optional: (values: { titleRu?: string }) => values.titleRu !== undefined,
    })
    .photo("photo", {
      prompt: "demo-photo",
      optional: true,
      accept: async (ctx, photo) => {
        const bytes = (await photo.download()).toString();
        accepted.push({ fileId: photo.fileId, mimeType: photo.mimeType, bytes });
        if (photo.fileId === "upside-down") return { problem: ctx.t("demo-photo-refused") };
        return { value: `https://cdn.example/${photo.fileUniqueId}.jpg` };
      },
    })
    .confirm()
    .submit(async (ctx, values) => {
      submitted.push(values);
      await ctx.reply(ctx.t("demo-done"));
      return undefined;
    });
  const edit = defineForm({ id: "edit", module: "demo", prefix: "dm" })
    .text("item", { schema: z.coerce.number().int(), prompt: "demo-item" })
    .text("stars", {
      schema: z.coerce.number().int().min(1).max(5),
      prompt: "demo-stars",
      invalid: () => ({ key: "demo-stars-range", args: { min: 1, max: 5 } }),
    })
    .text("note", { schema: z.string(), prompt: "demo-title-ru" })
    .submit(async (ctx, values) => {
      submitted.push(values);
      await ctx.reply(ctx.t("demo-done"));
      return undefined;
    });
  return defineModule({
    name: "demo",
    callbackPrefix: "dm",
    locales: dir,
    commands: [
      { command: "post", description: "demo-cmd-post" },
      { command: "edit", description: "demo-cmd-edit" },
    ],
    create: () => ({
      features: [
        post.feature,
        edit.feature,
        async (ctx: BotContext, next: () => Promise<void>) => {
          if (ctx.message?.text === "/post") return post.start(ctx);
          if (ctx.message?.text === "/edit") return edit.start(ctx, { item: "42" }, { fixed: true });
          return next();
        },
      ],
    }),
  });
}

beforeEach(async () => {
  submitted = [];
  accepted = [];
  h = await BotHarness.create({
    token: TOKEN,
    modules: [{ module: demoModule() }],
    answers: {
      getFile: (payload) => ({
        file_id: payload.file_id,
        file_unique_id: "u1",
        file_size: payload.file_id === "huge" ? 30_000_000 : 2048,
        file_path: "photos/file_7.jpg",
      }),
      // The download of `<apiRoot>/file/bot<token>/photos/file_7.jpg` reaches the harness too.
      "file_7.jpg": () => "JPEG-BYTES",
    },
  });
});
afterEach(() => h.close());

const texts = (calls: readonly ApiCall[]) =>
  calls
    .filter((c) => c.method === "sendMessage" || c.method === "editMessageText")
    .map((c) => c.payload.text);

function buttonsOf(calls: readonly ApiCall[]): Array<{ text: string; callback_data: string }> {
  const call = [...calls].reverse().find((c) => c.payload.reply_markup?.inline_keyboard);
  return call ? call.payload.reply_markup.inline_keyboard.flat() : [];
}

async function tap(calls: readonly ApiCall[], label: string) {
  const button = buttonsOf(calls).find((b) => b.text === label);
  if (!button) throw new Error(`no button ${label} in ${buttonsOf(calls).map((b) => b.text)}`);
  return h.press(alice, button.callback_data);
}

let messageId = 1000;
/** Alice sends a photo (sizes as Telegram gives them, smallest first) or an image file. */
async function sendPhoto(fileId: string, as: "photo" | "document" = "photo", mimeType = "image/png") {
  const before = h.calls.length;
  const media =
    as === "photo"
      ? {
          photo: [
            { file_id: `${fileId}-small`, file_unique_id: "s", width: 90, height: 60 },
            { file_id: fileId, file_unique_id: `${fileId}-u`, width: 1280, height: 853, file_size: 2048 },
          ],
        }
      : {
          document: { file_id: fileId, file_unique_id: `${fileId}-u`, mime_type: mimeType, file_size: 2048 },
        };
  await h.feed({
    message: {
      message_id: messageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: alice.id, type: "private", first_name: alice.first_name },
      from: { is_bot: false, ...alice },
      ...media,
      // biome-ignore lint/suspicious/noExplicitAny: a message literal
    } as any,
  });
  return h.calls.slice(before);
}

describe("forms: photo steps", () => {
  it("a photo step refuses text, takes the largest size, hands its bytes to accept and keeps what accept made", async () => {
    await h.send(alice, "/post");
    await h.send(alice, "Заголовок");
    const photoStep = await h.send(alice, "Тақырып");
    expect(texts(photoStep)).toEqual(["Send a photo."]);
    expect(buttonsOf(photoStep).map((b) => b.text)).toEqual(["⏭ Skip", "↩ Back"]);
    expect(texts(await h.send(alice, "here it is"))).toEqual([
      "Please send a photo (or an image file: JPEG, PNG or WebP), or /cancel.",
    ]);
    const summary = await sendPhoto("big-one");
    const download = h.calls.find((c) => c.method === "file_7.jpg");
    expect(download).toBeDefined();
    expect(accepted).toEqual([
      { fileId: "big-one", mimeType: "image/jpeg", bytes: '{"ok":true,"result":"JPEG-BYTES"}' },
    ]);
    expect(texts(summary)[0]).toContain("<b>photo</b>: 📷 photo received");
    await tap(summary, "✅ Confirm");
    expect(submitted).toEqual([
      { titleRu: "Заголовок", titleKz: "Тақырып", photo: "https://cdn.example/big-one-u.jpg" },
    ]);
  });

  it("an image sent as a file is taken; another file, a photo accept refuses and one too large are answered and the step waits", async () => {
    await h.send(alice, "/post");
    await h.send(alice, "Заголовок");
    await h.send(alice, "Тақырып");
    expect(texts(await sendPhoto("doc", "document", "application/pdf"))).toEqual([
      "Please send a photo (or an image file: JPEG, PNG or WebP), or /cancel.",
    ]);
    expect(texts(await sendPhoto("upside-down"))).toEqual(["That photo is upside down."]);
    expect(texts(await sendPhoto("huge", "document"))).toEqual([
      "This image is too large: at most 10 MB, please. Send a smaller one, or /cancel.",
    ]);
    const summary = await sendPhoto("scan", "document", "image/png");
    expect(accepted.map((a) => [a.fileId, a.mimeType])).toEqual([
      ["upside-down", "image/jpeg"],
      ["scan", "image/png"],
    ]);
    await tap(summary, "✅ Confirm");
    expect(submitted).toEqual([
      { titleRu: "Заголовок", titleKz: "Тақырып", photo: "https://cdn.example/scan-u.jpg" },
    ]);
  });
});

describe("forms: Skip decided by earlier answers", () => {
  it("the Kazakh title may be skipped only when the Russian one was given", async () => {
    const kz = await tap(await h.send(alice, "/post"), "⏭ Skip");
    expect(texts(kz)).toEqual(["Title in Kazakh?"]);
    expect(buttonsOf(kz).map((b) => b.text)).toEqual(["↩ Back"]);
    const ru = await tap(kz, "↩ Back");
    const kzAgain = await h.send(alice, "Заголовок");
    expect(buttonsOf(kzAgain).map((b) => b.text)).toEqual(["⏭ Skip", "↩ Back"]);
    expect(buttonsOf(ru).map((b) => b.text)).toEqual(["⏭ Skip"]);
    const summary = await tap(await tap(kzAgain, "⏭ Skip"), "⏭ Skip");
    expect(texts(summary)[0]).toContain("<b>titleKz</b>: — (skipped)");
    // The Russian title changed to skipped from the Edit menu: the Kazakh one is now needed.
    const menu = await tap(summary, "✏️ Edit");
    const askRu = await tap(menu, "titleRu");
    const askKz = await tap(askRu, "⏭ Skip");
    expect(texts(askKz)).toEqual(["Title in Kazakh?"]);
    expect(buttonsOf(askKz).map((b) => b.text)).toEqual(["↩ Back"]);
    await tap(await h.send(alice, "Тақырып"), "✅ Confirm");
    expect(submitted).toEqual([{ titleRu: undefined, titleKz: "Тақырып", photo: undefined }]);
  });
});

describe("forms: fixed answers and refusals with variables", () => {
  it("answers given as fixed are not asked, not offered by Back or Edit, and reach submit", async () => {
    const stars = await h.send(alice, "/edit");
    expect(texts(stars)).toEqual(["How many stars?"]);
    expect(buttonsOf(stars)).toEqual([]);
    expect(texts(await h.send(alice, "9"))).toEqual(["Between 1 and 5 stars, please."]);
    const note = await h.send(alice, "4");
    expect(buttonsOf(note).map((b) => b.text)).toEqual(["↩ Back"]);
    const back = await tap(note, "↩ Back");
    expect(buttonsOf(back)).toEqual([]);
    await h.send(alice, "5");
    await h.send(alice, "great");
    expect(submitted).toEqual([{ item: 42, stars: 5, note: "great" }]);
  });
});
