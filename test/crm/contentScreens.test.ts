/**
 * The content screens at the bot level: a real bot (the kernel's whole pipeline, Bot API calls
 * answered by the harness) with the content features over the reference Tabys backend, signed in
 * with a web JWT. What the end-to-end tests cannot make Telegram do: refuse a photo URL or a
 * stale file id; and the backend refusing what the bot's role table allowed, an expired search,
 * a page past the end, a caption cut to Telegram's count.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTabysBackend, type TabysBackend } from "../../backends/tabys/index.js";
import { photoPng } from "../../backends/tabys/seed/demoImages.js";
import { call, signIn } from "../../backends/tabys/testKit.js";
import type { CallbackCodec } from "../../src/kernel/callbackData.js";
import { callbackButton } from "../../src/kernel/callbacks.js";
import { defineModule } from "../../src/kernel/defineModule.js";
import {
  confirmDelete,
  moduleIndex,
  NO_SEARCH,
  openList,
  showMore,
} from "../../src/modules/crm/content/callbacks.js";
import { visibleLength } from "../../src/modules/crm/content/domain/captionCut.js";
import { contentFeatures } from "../../src/modules/crm/content/index.js";
import { CRM_ROLES, type Role } from "../../src/modules/crm/domain/rbac.js";
import { LOCALES_DIR } from "../../src/modules/crm/runtime.js";
import { type ApiCall, alice, BotHarness, TelegramRefusal } from "../support/botHarness.js";

let backend: TabysBackend;
const jwts = new Map<Role, string>();
let h: BotHarness | undefined;

beforeAll(async () => {
  backend = await startTabysBackend({ dataDir: mkdtempSync(join(tmpdir(), "sb-crm-screens-")) });
  for (const role of ["administrator", "government"] as const) jwts.set(role, await signIn(backend, role));
});
afterEach(async () => {
  await h?.close();
  h = undefined;
});
afterAll(async () => {
  await backend?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: answers per Bot API method
type Answers = Record<string, (payload: Record<string, any>) => unknown>;

/** A bot whose crm role is `role`, calling Tabys with the JWT of `jwtRole` (the same by default). */
async function harness(role: Role, options: { jwtRole?: Role; answers?: Answers } = {}) {
  const jwt = jwts.get(options.jwtRole ?? role)!;
  const crm = defineModule({
    name: "crm",
    callbackPrefix: "cr",
    roles: CRM_ROLES,
    locales: LOCALES_DIR,
    create: ({ services, rbac, key, bot }) => ({
      features: contentFeatures({
        tabys: services.http({ name: "Tabys CRM", baseUrl: backend.url, retries: 0 }),
        apiUrl: backend.url,
        authorized: (_ctx, run) => run(jwt),
        rbac,
        audit: services.audit,
        storage: services.storage,
        key,
        bot: bot.id,
      }),
      roleOf: () => role,
    }),
  });
  h = await BotHarness.create({
    modules: [{ module: crm }],
    ...(options.answers ? { answers: options.answers } : {}),
  });
  return h;
}

/** Presses a button made by `codec` (tagged for the harness's bot). */
// biome-ignore lint/suspicious/noExplicitAny: any codec
function press(bot: BotHarness, codec: CallbackCodec<any>, value: Record<string, number | string>) {
  return bot.press(alice, callbackButton(bot.built.identity, "·", codec, value as never).callback_data);
}

const sent = (calls: readonly ApiCall[], method: string) => calls.filter((c) => c.method === method);
/** What a sendPhoto sent: a file id or URL, or the uploaded file (`attach://<part>` names its part). */
const photoOf = (c: ApiCall) => {
  const photo = String(c.payload.photo);
  return photo.startsWith("attach://") ? c.payload[photo.slice("attach://".length)] : photo;
};
const alerts = (calls: readonly ApiCall[]) => sent(calls, "answerCallbackQuery").map((c) => c.payload.text);

/** An event created through the API (it comes first: newest first); its id. */
async function createEvent(body: Record<string, unknown>): Promise<number> {
  const response = await call(backend, "POST", "/api/v2/events/", jwts.get("administrator"), {
    title_ru: "Событие для проверки",
    description_ru: "Описание.",
    location: "Караганда",
    category: "culture",
    start_date: "2027-05-01T10:00:00Z",
    ...body,
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: number }>().id;
}

const events = moduleIndex("events");
const firstEvent = { m: events, p: 1, f: 0, q: NO_SEARCH };

describe("content screens: captions", () => {
  it("a long description is cut to 1024 characters as Telegram counts them, with More for the whole text", async () => {
    const long = Array.from({ length: 80 }, (_, i) => `Абзац ${i + 1}: программа & <тезисы> дня.`).join("\n");
    const id = await createEvent({ description_ru: long });
    const bot = await harness("administrator");
    const [photo] = sent(await press(bot, openList, firstEvent), "sendPhoto");
    const caption = String(photo!.payload.caption);
    expect(visibleLength(caption)).toBeLessThanOrEqual(1024);
    expect(visibleLength(caption)).toBeGreaterThan(900);
    expect(caption).toMatch(/^<b>Событие для проверки<\/b>\n<b>Starts:<\/b> 01\.05\.2027 15:00\n/);
    expect(caption.endsWith("…")).toBe(true);
    expect(caption).toContain("&amp; &lt;тезисы&gt;");
    const labels = photo!.payload.reply_markup.inline_keyboard.flat().map((b: { text: string }) => b.text);
    expect(labels).toContain("📖 More");

    const more = sent(await press(bot, showMore, { m: events, id }), "sendMessage").map((c) =>
      String(c.payload.text),
    );
    expect(more.length).toBeGreaterThanOrEqual(1);
    for (const part of more) expect(part.length).toBeLessThanOrEqual(4096);
    expect(more.join("\n")).toContain("Абзац 80: программа &amp; &lt;тезисы&gt; дня.");
  });
});

describe("content screens: photos", () => {
  it("a photo Telegram cannot fetch is replaced by the placeholder, whose file id is then kept", async () => {
    await createEvent({ title_ru: "Событие с чужим фото", photo_url: "https://cdn.example.kz/poster.jpg" });
    const bot = await harness("administrator", {
      answers: {
        sendPhoto: (payload) =>
          typeof payload.photo === "string" && payload.photo.startsWith("https://")
            ? new TelegramRefusal(400, "Bad Request: failed to get HTTP URL content")
            : {
                message_id: 7,
                date: 0,
                chat: { id: alice.id, type: "private" },
                photo: [{ file_id: "PLACEHOLDER-ID", file_unique_id: "p", width: 960, height: 540 }],
              },
      },
    });
    const first = sent(await press(bot, openList, firstEvent), "sendPhoto").map(photoOf);
    expect(first).toEqual([
      "https://cdn.example.kz/poster.jpg",
      { file: "placeholder.png", size: expect.any(Number) },
    ]);
    const again = sent(await press(bot, openList, firstEvent), "sendPhoto").map(photoOf);
    expect(again).toEqual(["https://cdn.example.kz/poster.jpg", "PLACEHOLDER-ID"]);
  });

  it("a file id Telegram no longer knows is forgotten, and the backend's photo is fetched and sent again", async () => {
    const upload = await backend.app.inject({
      method: "POST",
      url: "/api/v2/uploads/",
      headers: { authorization: `Bearer ${jwts.get("administrator")}`, "content-type": "image/png" },
      payload: photoPng(3),
    });
    expect(upload.statusCode).toBe(201);
    const url = upload.json<{ url: string }>().url.replace(/^http:\/\/[^/]+/, backend.url);
    await createEvent({ title_ru: "Событие со своим фото", photo_url: url });
    let fresh = 0;
    const bot = await harness("administrator", {
      answers: {
        sendPhoto: (payload) => {
          if (payload.photo === "STALE-ID")
            return new TelegramRefusal(400, "Bad Request: wrong file identifier/HTTP URL specified");
          fresh += 1;
          return {
            message_id: 8,
            date: 0,
            chat: { id: alice.id, type: "private" },
            photo: [{ file_id: "FRESH-ID", file_unique_id: "f", width: 1, height: 1 }],
          };
        },
      },
    });
    const keys = async () => bot.services.storage.listKeys("crm:test:photo:");
    await press(bot, openList, firstEvent);
    const [key] = await keys();
    expect(await bot.services.storage.get(key!)).toBe("FRESH-ID");
    await bot.services.storage.set(key!, "STALE-ID");
    const calls = sent(await press(bot, openList, firstEvent), "sendPhoto").map(photoOf);
    expect(calls).toEqual(["STALE-ID", { file: expect.stringMatching(/\.png$/), size: expect.any(Number) }]);
    expect(await bot.services.storage.get(key!)).toBe("FRESH-ID");
    expect(fresh).toBe(2);
  });
});

describe("content screens: what the backend refuses", () => {
  it("a delete the backend forbids (the bot's table allowed it) is told and audited as failed", async () => {
    const id = await createEvent({ title_ru: "Событие, которое нельзя удалить" });
    const bot = await harness("administrator", { jwtRole: "government" });
    const calls = await press(bot, confirmDelete, { m: events, id });
    expect(bot.texts(calls)).toEqual(["Your role is not allowed to do this."]);
    const [record] = await bot.services.audit.query({ module: "crm", target: `events:${id}` });
    expect(record).toMatchObject({ action: "events:delete", result: "failed", details: { status: 403 } });
    expect((await call(backend, "GET", `/api/v2/events/${id}/`, jwts.get("administrator"))).statusCode).toBe(
      200,
    );
  });
});

describe("content screens: lists", () => {
  it("a search no longer stored: the whole list, and the press says why", async () => {
    const bot = await harness("government");
    const courses = moduleIndex("courses");
    const calls = await press(bot, openList, { m: courses, p: 1, f: 0, q: "Zz9-Zz9-" });
    expect(alerts(calls)).toEqual(["This search has expired: here is the whole list."]);
    const [text] = bot.texts(calls);
    expect(text).toMatch(/^<b>🎓 Courses<\/b>\nPage 1\n\n1\. <b>/);
    expect(text).not.toContain("Search");
  });

  it("a page past the end (the list got shorter) says so and leads back", async () => {
    const bot = await harness("government");
    const calls = await press(bot, openList, { m: moduleIndex("projects"), p: 40, f: 0, q: NO_SEARCH });
    const [message] = sent(calls, "editMessageText");
    expect(message!.payload.text).toBe(
      "<b>🚀 Projects</b>\n\nThere is nothing more here: the list got shorter. Go back a page.",
    );
    expect(
      message!.payload.reply_markup.inline_keyboard.map((row: Array<{ text: string }>) =>
        row.map((b) => b.text),
      ),
    ).toEqual([["‹"], ["🔍 Search", "⚙️ Filter"], ["☰ Menu"]]);
  });
});
