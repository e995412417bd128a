/**
 * crm's content screens end to end: the Telegram emulator, the reference Tabys backend and the
 * app, as people use them. Events (a photo carousel, with a photo uploaded from the chat),
 * vacancies (a carousel without photos) and courses (a list): create → in the list → edit →
 * delete, with bad input answered at every form step; carousel paging and "More"; search and
 * filter; what a read-only role sees and a forged button; a form surviving a restart.
 */
import { Api } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { photoPng } from "../../backends/tabys/seed/demoImages.js";
import type { TranscriptMessage } from "../../src/emulator/index.js";
import { callbackButton } from "../../src/kernel/callbacks.js";
import { confirmDelete, moduleIndex, startEdit } from "../../src/modules/crm/content/callbacks.js";
import type { ChatDriver } from "../support/liveStack.js";
import { CRM_BOT, CrmStack } from "./crmStack.js";

let stack: CrmStack;

beforeAll(async () => {
  stack = await CrmStack.start();
});
afterAll(async () => {
  await stack?.close();
});

const identity = () => stack.app.bots[0]!.identity;
const labels = (message: TranscriptMessage) =>
  (message.reply_markup?.inline_keyboard ?? []).map((row) => row.map((b) => b.text));
const buttons = (message: TranscriptMessage) => labels(message).flat();

/** Presses `label` and waits for a new message of the bot matching `match`. */
async function pressForNew(
  user: ChatDriver,
  message: TranscriptMessage,
  label: string | RegExp,
  match: RegExp,
) {
  await user.press(message, label);
  return user.reply(match);
}

/** Presses `label` and waits for its own message to be edited to match `match`. */
async function pressForEdit(
  user: ChatDriver,
  message: TranscriptMessage,
  label: string | RegExp,
  match: RegExp,
) {
  await user.press(message, label);
  return user.edited(message.message_id, match);
}

/** Presses `label` on a carousel and waits for its message to show the item at `counter` ("3/32"). */
async function step(user: ChatDriver, message: TranscriptMessage, label: string, counter: string) {
  await user.press(message, label);
  return stack.control.waitForMessage(
    CRM_BOT.username,
    (m) => m.message_id === message.message_id && labels(m)[0]?.[1] === counter,
    8000,
    user.userId,
  );
}

/** The user sends a photo (or an image file), then the bot's answer matching `match`. */
async function sendPhoto(user: ChatDriver, bytes: Buffer, match: RegExp) {
  await user.mark();
  await stack.control.sendPhoto(user.userId, CRM_BOT.username, { bytes });
  return user.reply(match);
}

async function sendDocument(user: ChatDriver, match: RegExp) {
  await user.mark();
  await stack.control.sendDocument(user.userId, CRM_BOT.username, {
    bytes: Buffer.from("%PDF-1.4 not an image"),
    fileName: "poster.pdf",
    mimeType: "application/pdf",
  });
  return user.reply(match);
}

/**
 * The menu, then a module's first screen: a carousel's first item arrives as a new (photo)
 * message, a list's first page takes the menu's place.
 */
async function open(user: ChatDriver, module: RegExp, match: RegExp, as: "carousel" | "list" = "carousel") {
  const menu = await user.ask("/menu", /Choose a section/);
  return as === "carousel" ? pressForNew(user, menu, module, match) : pressForEdit(user, menu, module, match);
}

/** `150 000`: thousands are set apart by a narrow no-break space. */
const grouped = (text: string) => text.replace(/(?<=\d) (?=\d{3}\b)/g, "\u202f");

const audited = (target: string) => stack.app.services.audit.query({ module: "crm", target });

const LONG_DESCRIPTION = Array.from(
  { length: 60 },
  (_, i) => `Фестиваль уличной еды, день ${i + 1}: музыка, мастер-классы и ярмарка.`,
).join(" ");

describe("events: a photo carousel", () => {
  it("create: every step's bad input answered, a photo from the chat uploaded; edit; delete", async () => {
    const admin = await stack.loginAs("administrator");
    const first = await open(admin, /Events/, /./);
    const created = await pressForNew(admin, first, "➕ New", /Title \(Russian\)/);
    expect(created.text).toBe("✏️ Title (Russian): send a text of 3 to 200 characters.");
    expect(buttons(created)).toEqual(["⏭ Skip"]);

    await admin.ask("ab", /^Too short: at least 3 characters, please\. Send it again, or \/cancel\.$/);
    const kz = await admin.ask("Фестиваль уличной еды E2E", /Title \(Kazakh\)/);
    const description = await pressForEdit(admin, kz, "⏭ Skip", /Description \(Russian\)/);
    expect(description.text).toBe("✏️ Description (Russian): send a text of up to 5,000 characters.");
    const descriptionKz = await admin.ask(LONG_DESCRIPTION, /Description \(Kazakh\)/);
    await pressForEdit(admin, descriptionKz, "⏭ Skip", /Location/);
    const category = await admin.ask("Караганда, Центральный парк", /Category: choose a value/);
    expect(labels(category)).toEqual([
      ["Education", "Culture"],
      ["Sport", "Volunteering"],
      ["Business"],
      ["↩ Back"],
    ]);
    await admin.ask("Culture", /^Please choose one of the buttons above, or \/cancel\.$/);
    const start = await pressForEdit(admin, category, "Culture", /Starts/);
    expect(start.text).toBe(
      "🕒 Starts: send the date and time as DD.MM.YYYY HH:MM, Astana time, e.g. 25.12.2026 18:00.",
    );
    await admin.ask("tomorrow", /^That is not a date and time/);
    await admin.ask("31.02.2027 12:00", /^That is not a date and time/);
    await admin.ask("20.06.2027 12:00", /Ends/);
    // An end before the start passes its own step; the form catches it before the backend does.
    const photo = await admin.ask("19.06.2027 12:00", /Photo: send a photo or an image file/);
    await admin.ask(
      "here is the poster",
      /^Please send a photo \(or an image file: JPEG, PNG or WebP\), or \/cancel\.$/,
    );
    await sendDocument(admin, /^Please send a photo/);
    expect(buttons(photo)).toEqual(["⏭ Skip", "↩ Back"]);
    const preview = await sendPhoto(admin, photoPng(7), /Please check the new item/);
    expect(preview.text).toMatch(
      /^Please check the new item:\n\nФестиваль уличной еды E2E\nStarts: 20\.06\.2027 12:00\nEnds: 19\.06\.2027 12:00\nLocation: Караганда, Центральный парк\nCategory: Culture\n\nФестиваль/,
    );
    expect(preview.text).toMatch(/📷 Photo attached\.$/);
    const ends = await pressForNew(admin, preview, "✅ Confirm", /«Ends» cannot be before the start/);
    expect(ends.text).toBe("«Ends» cannot be before the start. Please send it again.");
    await admin.reply(/^🕒 Ends: send the date and time/);
    const confirm = await admin.ask("20.06.2027 18:00", /Please check the new item/);
    const done = await pressForNew(admin, confirm, "✅ Confirm", /Created/);
    expect(done.photo?.length).toBeGreaterThan(0);
    expect(done.caption).toMatch(
      /^✅ Created\.\n\nФестиваль уличной еды E2E\nStarts: 20\.06\.2027 12:00\nEnds: 20\.06\.2027 18:00/,
    );
    expect(done.caption!.length).toBeLessThanOrEqual(1024);
    expect(done.caption).toMatch(/…$/);
    const site = done.reply_markup!.inline_keyboard.flat().find((b) => b.text === "🌐 On the site") as {
      url?: string;
    };
    const id = Number(site.url!.split("/").pop());
    expect(site.url).toBe(`https://www.saryarqa-jastary.kz/ru/events/${id}`);
    expect(labels(done)).toEqual([
      ["📖 More", "🌐 On the site"],
      ["✏️ Edit", "🗑 Delete"],
      ["📋 To the list", "☰ Menu"],
    ]);

    // The newest comes first: it leads the carousel, with the photo sent from the chat.
    const carousel = await open(admin, /Events/, /Фестиваль уличной еды E2E/);
    expect(carousel.photo?.at(-1)?.file_id).toBe(done.photo?.at(-1)?.file_id);
    expect(labels(carousel)[0]).toEqual(["‹", expect.stringMatching(/^1\/\d+$/), "›"]);

    // Edit one field: pick it, bad input refused, the new value saved and shown.
    const fields = await pressForNew(admin, carousel, "✏️ Edit", /What do you want to change/);
    expect(buttons(fields)).toContain("Location");
    const location = await pressForEdit(admin, fields, "Location", /Location: send a text/);
    expect(buttons(location)).toEqual(["↩ Back"]);
    await admin.ask("x".repeat(201), /^Too long: at most 200 characters/);
    const saved = await admin.ask("Темиртау, Дворец культуры", /Saved/);
    expect(saved.caption).toMatch(
      /^✅ Saved\.\n\nФестиваль уличной еды E2E\n.*\nLocation: Темиртау, Дворец культуры\n/s,
    );

    // Delete: asked first, then gone.
    const question = await pressForNew(admin, saved, "🗑 Delete", /^Delete «/);
    expect(question.text).toBe("Delete «Фестиваль уличной еды E2E»? This cannot be undone.");
    expect(labels(question)).toEqual([["🗑 Yes, delete", "No, keep it"]]);
    const deleted = await pressForEdit(admin, question, "🗑 Yes, delete", /was deleted/);
    expect(deleted.text).toBe("🗑 «Фестиваль уличной еды E2E» was deleted.");
    expect(labels(deleted)).toEqual([["📋 To the list", "☰ Menu"]]);
    // A second Yes (from another copy of the question) finds it gone.
    const twice = await oldMessage(
      admin,
      callbackButton(identity(), "🗑 Yes, delete", confirmDelete, { m: moduleIndex("events"), id }),
    );
    await pressForEdit(admin, twice, "🗑 Yes, delete", /^This item no longer exists\.$/);

    const trail = (await audited(`events:${id}`)).map((r) => [r.action, r.result]).reverse();
    expect(trail).toEqual([
      ["events:create", "ok"],
      ["events:update", "ok"],
      ["events:delete", "ok"],
    ]);
  });

  it("paging edits the same message with one backend request a step; More sends the whole text", async () => {
    const admin = await stack.loginAs("administrator");
    const first = await open(admin, /Events/, /./);
    const [, counter] = labels(first)[0]!;
    const total = Number(counter!.split("/")[1]);
    expect(total).toBeGreaterThan(2);

    const before = stack.tabys.counts().api;
    const second = await step(admin, first, "›", `2/${total}`);
    expect(stack.tabys.counts().api - before).toBe(1);
    expect(labels(second)[0]).toEqual(["‹", `2/${total}`, "›"]);
    expect(second.caption).not.toBe(first.caption);
    const third = await step(admin, second, "›", `3/${total}`);
    // ‹ on the first item wraps to the last.
    await step(admin, third, "‹", `2/${total}`);
    const back = await step(admin, third, "‹", `1/${total}`);
    expect(back.caption).toBe(first.caption);
    const last = await step(admin, back, "‹", `${total}/${total}`);
    // The counter shows the same item again; nothing changed, so the message stays as it is.
    expect((await admin.press(last, `${total}/${total}`)).answered).toBe(true);

    // The backend's own photos are shown (fetched once, then sent by Telegram's id); the rest get the placeholder.
    const widths = new Set([first, second, third].map((m) => m.photo!.at(-1)!.width));
    expect(widths).toEqual(new Set([400, 960]));
    const remembered = await stack.app.services.storage.listKeys("crm:crm:photo:");
    expect(remembered.length).toBeGreaterThanOrEqual(2);

    // An item whose caption was cut has More: its whole text as messages.
    const long = await createEventWithLongText(admin);
    expect(long.photo!.at(-1)!.width).toBe(960);
    const more = await pressForNew(admin, long, "📖 More", /Вечер поэзии E2E/);
    expect(more.text).toContain(LONG_DESCRIPTION.slice(-60));
    expect(more.text!.length).toBeLessThanOrEqual(4096);
  });
});

describe("the backend's refusals", () => {
  it("a 422 names the field in the user's words and the form asks it again", async () => {
    const admin = await stack.loginAs("administrator");
    const event = await open(admin, /Events/, /./);
    const fields = await pressForNew(admin, event, "✏️ Edit", /What do you want to change/);
    await pressForEdit(admin, fields, "Ends", /Ends: send the date and time/);
    const refused = await admin.ask("01.01.2020 10:00", /did not accept/);
    expect(refused.text).toBe("⚠️ The CRM did not accept this:\n• «Ends» cannot be before the start.");
    await admin.reply(/^🕒 Ends: send the date and time/);
    await admin.ask("/cancel", /Cancelled/);
    const [failed] = await stack.app.services.audit.query({ module: "crm", actor: String(admin.userId) });
    expect(failed).toMatchObject({
      action: "events:update",
      result: "failed",
      details: { field: "end_date", status: 422, fields: ["end_date"] },
    });
  });

  it("when the CRM does not answer, the answers are kept: the last step is asked again, then Confirm works", async () => {
    const npo = await stack.loginAs("npo");
    const projects = await open(npo, /Projects/, /Projects/, "list");
    await pressForNew(npo, projects, "➕ New", /Title \(Russian\)/);
    await npo.ask("Чистый берег E2E", /Title \(Kazakh\)/);
    await npo.ask("Таза жаға E2E", /Description \(Russian\)/);
    await npo.ask("Уборка берегов Нуры.", /Description \(Kazakh\)/);
    const status = await npo.ask("Нұра жағасын тазалау.", /Status: choose a value/);
    const preview = await pressForEdit(npo, status, "Draft", /Please check the new item/);
    stack.tabys.faults.set({ errorRate: 1, errorStatus: 503 });
    try {
      const failed = await pressForNew(npo, preview, "✅ Confirm", /did not answer/);
      expect(failed.text).toMatch(/^⚠️ The CRM did not answer\. Your answers are kept/);
    } finally {
      stack.tabys.faults.reset();
    }
    const again = await npo.reply(/^Status: choose a value/);
    const confirm = await pressForEdit(npo, again, "Draft", /Please check the new item/);
    expect(confirm.text).toContain("Чистый берег E2E");
    const done = await pressForNew(npo, confirm, "✅ Confirm", /Created/);
    expect(done.text).toContain("Status: Draft");
    const trail = await stack.app.services.audit.query({ module: "crm", actor: String(npo.userId) });
    expect(
      trail.filter((r) => r.action === "projects:create").map((r) => [r.result, r.details?.status]),
    ).toEqual([
      ["ok", undefined],
      ["failed", 503],
    ]);
  });
});

/** Creates an event with a long Kazakh description (Russian skipped) and no photo; its item message. */
async function createEventWithLongText(admin: ChatDriver): Promise<TranscriptMessage> {
  const first = await open(admin, /Events/, /./);
  const ru = await pressForNew(admin, first, "➕ New", /Title \(Russian\)/);
  const kz = await pressForEdit(admin, ru, "⏭ Skip", /Title \(Kazakh\)/);
  // The Russian title was skipped: the Kazakh one cannot be.
  expect(kz.text).toBe(
    "✏️ Title (Kazakh): send a text of 3 to 200 characters.\nThe Russian version was skipped, so this one is needed.",
  );
  expect(buttons(kz)).toEqual(["↩ Back"]);
  const description = await admin.ask("Вечер поэзии E2E", /Description \(Russian\)/);
  const kzDescription = await pressForEdit(admin, description, "⏭ Skip", /Description \(Kazakh\)/);
  expect(buttons(kzDescription)).toEqual(["↩ Back"]);
  const category = await admin
    .ask(LONG_DESCRIPTION, /Location/)
    .then(() => admin.ask("Қарағанды", /Category/));
  await pressForEdit(admin, category, "Culture", /Starts/);
  await admin.ask("2027-07-01 19:00", /Ends/);
  const photo = await admin.ask("01.07.2027 21:30", /Photo/);
  const preview = await pressForEdit(admin, photo, "⏭ Skip", /Please check the new item/);
  return pressForNew(admin, preview, "✅ Confirm", /Created/);
}

/** A message of the bot carrying `button`, as an earlier screen (or a modified client) would have it. */
async function oldMessage(user: ChatDriver, button: InlineKeyboardButton.CallbackButton) {
  const api = new Api(CRM_BOT.token, { apiRoot: stack.emulator.apiRoot });
  const sent = await api.sendMessage(user.userId, "An old message", {
    reply_markup: { inline_keyboard: [[button]] },
  });
  return (await user.transcript()).find((m) => m.message_id === sent.message_id)!;
}

describe("vacancies: a carousel without photos", () => {
  it("create with numbers checked, find it by search, edit the salary, delete it", async () => {
    const msb = await stack.loginAs("msb");
    const first = await open(msb, /Vacancies/, /./);
    await pressForNew(msb, first, "➕ New", /Title \(Russian\)/);
    await msb.ask("Бариста E2E", /Title \(Kazakh\)/);
    await msb.ask("Бариста E2E", /Description \(Russian\)/);
    await msb.ask("Готовим кофе и улыбаемся.", /Description \(Kazakh\)/);
    await msb.ask("Кофе дайындаймыз.", /Company/);
    await msb.ask("Кофейня «Дала» & Co", /Location/);
    const salary = await msb.ask("Караганда", /Salary/);
    expect(salary.text).toBe("🔢 Salary: send a whole number of at least 0.");
    await msb.ask("много", /^Please send a whole number \(digits only\), or \/cancel\.$/);
    await msb.ask("-5", /^The smallest value allowed is 0\./);
    const employment = await msb.ask("250 000", /Employment: choose a value/);
    const experience = await pressForEdit(msb, employment, "Part time", /Experience/);
    await pressForEdit(msb, experience, "⏭ Skip", /Deadline/);
    await msb.ask("31.13.2027", /^That is not a date: send it as DD\.MM\.YYYY/);
    const logo = await msb.ask("31.12.2027", /Company logo/);
    const preview = await pressForEdit(msb, logo, "⏭ Skip", /Please check the new item/);
    expect(preview.text).toContain(grouped("Salary: 250 000 ₸"));
    expect(preview.text).toContain("Company: Кофейня «Дала» & Co");
    const done = await pressForNew(msb, preview, "✅ Confirm", /Created/);
    expect(done.caption).toContain("Employment: Part time");
    expect(done.caption).toContain("Deadline: 31.12.2027");

    // Search: nothing found is said so; a fragment finds it.
    const carousel = await open(msb, /Vacancies/, /./);
    const ask = await pressForNew(msb, carousel, "🔍 Search", /Send a part of the title/);
    expect(ask.text).toBe("🔍 Send a part of the title to search Vacancies for, or /cancel.");
    await msb.ask("a", /^A search is 2 to 100 characters/);
    const nothing = await msb.ask("несуществующее", /Nothing found/);
    expect(nothing.text).toBe(
      "💼 Vacancies\n🔎 Search: «несуществующее»\n\nNothing found for «несуществующее». Try another search, or clear it.",
    );
    expect(labels(nothing)).toEqual([["🔍 Search", "⚙️ Filter"], ["✖️ Clear search"], ["➕ New"], ["☰ Menu"]]);
    await pressForNew(msb, nothing, "🔍 Search", /Send a part of the title/);
    const found = await msb.ask("бариста e2e", /Бариста E2E/);
    expect(found.caption).toMatch(/^🔎 Search: «бариста e2e»\n\nБариста E2E/);
    expect(labels(found)[0]).toEqual(["1/1"]);

    // Edit the salary: the same checks as when creating.
    const fields = await pressForNew(msb, found, "✏️ Edit", /What do you want to change/);
    await pressForEdit(msb, fields, "Salary", /Salary: send a whole number/);
    await msb.ask("300 000.50", /^Please send a whole number/);
    const saved = await msb.ask("300000", /Saved/);
    expect(saved.caption).toContain(grouped("Salary: 300 000 ₸"));

    const question = await pressForNew(msb, saved, "🗑 Delete", /^Delete «Бариста E2E»\?/);
    // No: nothing happens.
    await pressForEdit(msb, question, "No, keep it", /Nothing was deleted/);
    const again = await pressForNew(msb, saved, "🗑 Delete", /^Delete «Бариста E2E»\?/);
    await pressForEdit(msb, again, "🗑 Yes, delete", /was deleted/);
  });
});

describe("courses: a list", () => {
  it("create (the one currency taken without asking), the list and its detail, edit the level, delete", async () => {
    const admin = await stack.loginAs("administrator");
    const list = await open(admin, /Courses/, /Courses/, "list");
    // A bare-array list has no count: a full page may have a next one.
    expect(list.text).toMatch(/^🎓 Courses\nPage 1\n\n1\. /);
    const title = await pressForNew(admin, list, "➕ New", /Title: send a text/);
    expect(buttons(title)).toEqual([]);
    await admin.ask("Основы Python E2E", /Description: send a text/);
    const language = await admin.ask("Переменные, циклы, функции.", /Language: choose a value/);
    const duration = await pressForEdit(admin, language, "Kazakh", /Duration/);
    expect(duration.text).toBe("🔢 Duration: send a whole number from 1 to 10,000.");
    await admin.ask("0", /^The smallest value allowed is 1\./);
    await admin.ask("10001", /^The largest value allowed is 10,000\./);
    await admin.ask("90", /Price/);
    const level = await admin.ask("15000", /Level: choose a value/);
    const preview = await pressForEdit(admin, level, "Beginner", /Please check the new item/);
    expect(preview.text).toBe(
      grouped(
        "Please check the new item:\n\nОсновы Python E2E\nLanguage: Kazakh\nDuration: 90 minutes\nPrice: 15 000 ₸\nLevel: Beginner\n\nПеременные, циклы, функции.",
      ),
    );
    const done = await pressForNew(admin, preview, "✅ Confirm", /Created/);
    expect(done.text).toMatch(/^✅ Created\.\n\nОсновы Python E2E\n/);
    expect(labels(done)).toEqual([
      ["✏️ Edit", "🗑 Delete"],
      ["📋 To the list", "☰ Menu"],
    ]);

    const courses = await pressForEdit(admin, done, "📋 To the list", /Courses/);
    expect(courses.text).toContain(grouped("\n1. Основы Python E2E · Beginner · 15 000 ₸\n"));
    const detail = await pressForEdit(admin, courses, "1", /Language: Kazakh/);
    expect(labels(detail)).toEqual([
      ["✏️ Edit", "🗑 Delete"],
      ["‹ Back", "☰ Menu"],
    ]);
    const fields = await pressForNew(admin, detail, "✏️ Edit", /What do you want to change/);
    const levels = await pressForEdit(admin, fields, "Level", /Level: choose a value/);
    const saved = await pressForNew(admin, levels, "Advanced", /Saved/);
    expect(saved.text).toContain("Level: Advanced");
    const question = await pressForNew(admin, saved, "🗑 Delete", /^Delete «Основы Python E2E»\?/);
    await pressForEdit(admin, question, "🗑 Yes, delete", /was deleted/);
    const after = await open(admin, /Courses/, /Courses/, "list");
    expect(after.text).not.toContain("Основы Python E2E");
  });

  it("a filter narrows the list; its buttons tick the value in force", async () => {
    const admin = await stack.loginAs("administrator");
    const list = await open(admin, /Courses/, /Courses/, "list");
    const choices = await admin.press(list, "⚙️ Filter").then(() => admin.edited(list.message_id, /Courses/));
    expect(labels(choices)).toEqual([["✓ All"], ["Beginner", "Intermediate"], ["Advanced"], ["‹ Back"]]);
    const advanced = await pressForEdit(admin, choices, "Advanced", /Level: Advanced/);
    expect(advanced.text).toMatch(/^🎓 Courses\n⚙️ Level: Advanced\n\n1\. /);
    expect(advanced.text).not.toMatch(/Beginner|Intermediate/);
  });
});

describe("roles", () => {
  it("government reads, sees no write buttons, and a forged Yes, delete is refused and audited", async () => {
    const government = await stack.loginAs("government");
    const events = await open(government, /Events/, /./);
    expect(buttons(events)).not.toEqual(expect.arrayContaining(["✏️ Edit"]));
    expect(buttons(events).filter((b) => /Edit|Delete|New/.test(b))).toEqual([]);
    const courses = await open(government, /Courses/, /Courses/, "list");
    const detail = await pressForEdit(government, courses, "1", /Language/);
    expect(labels(detail)).toEqual([["‹ Back", "☰ Menu"]]);

    const forged = async (button: InlineKeyboardButton.CallbackButton) =>
      government.press(await oldMessage(government, button), button.text);
    const m = moduleIndex("events");
    for (const button of [
      callbackButton(identity(), "🗑 Yes, delete", confirmDelete, { m, id: 1 }),
      callbackButton(identity(), "✏️ Edit", startEdit, { m, id: 1 }),
    ]) {
      expect(await forged(button)).toMatchObject({
        show_alert: true,
        text: "You do not have permission to do this.",
      });
    }
    const denials = await stack.app.services.audit.query({ module: "crm", actor: String(government.userId) });
    const content = denials.filter((d) => d.action.startsWith("events:"));
    expect(content.map((d) => [d.action, d.result]).reverse()).toEqual([
      ["events:delete", "denied"],
      ["events:update", "denied"],
    ]);
  });
});

describe("restart", () => {
  it("a form half filled in continues after the app restarts on the same store", async () => {
    const npo = await stack.loginAs("npo");
    const projects = await open(npo, /Projects/, /Projects/, "list");
    await pressForNew(npo, projects, "➕ New", /Title \(Russian\)/);
    await npo.ask("Зелёный двор E2E", /Title \(Kazakh\)/);
    await stack.restart();
    await npo.ask("Жасыл аула E2E", /Description \(Russian\)/);
    const status = await npo.ask("Озеленение дворов вместе с жителями.", /Description \(Kazakh\)/);
    const statuses = await pressForEdit(npo, status, "⏭ Skip", /Status: choose a value/);
    const preview = await pressForEdit(npo, statuses, "Active", /Please check the new item/);
    const done = await pressForNew(npo, preview, "✅ Confirm", /Created/);
    expect(done.text).toMatch(/^✅ Created\.\n\nЗелёный двор E2E\nStatus: Active\n\nОзеленение дворов/);
  });
});
