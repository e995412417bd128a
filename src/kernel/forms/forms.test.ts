import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiCall, alice, BotHarness, boris } from "../../../test/support/botHarness.js";
import { defineModule } from "../defineModule.js";
import { defineForm } from "./index.js";

/** The demo module's texts. */
const TEXTS: Record<string, string> = {
  en: `demo-cmd-order = order something
demo-cmd-other = another command
demo-name = What is your name?
demo-name-invalid = A name is 2 to 40 characters.
demo-qty = How many?
demo-color = Choose a colour ({ $count }):
demo-note = Any note?
demo-label-name = Name
demo-label-qty = Quantity
demo-label-color = Colour
demo-label-note = Note
demo-done = Ordered.
demo-other = Other command done.`,
  ru: `demo-cmd-order = заказать
demo-cmd-other = другая команда
demo-name = Как вас зовут?
demo-name-invalid = Имя — от 2 до 40 символов.
demo-qty = Сколько?
demo-color = Выберите цвет ({ $count }):
demo-note = Примечание?
demo-label-name = Имя
demo-label-qty = Количество
demo-label-color = Цвет
demo-label-note = Примечание
demo-done = Заказано.
demo-other = Другая команда выполнена.`,
};

const COLORS = ["Red", "Green", "Blue", "Cyan", "Magenta", "Yellow", "Black", "White", "Grey", "Olive"];
const COLOR_LIST = [...COLORS, ...COLORS.map((c) => `Dark ${c}`)];
const NOT_EXPECTED = "I did not expect a message here. Send /help to see what I can do.";
const CLOSED = "alert: This form is closed. Please send the command again to start over.";
const TEN_MINUTES = 10 * 60_000;

let clock: { now: number };
let submitted: unknown[];
let h: BotHarness;

function demoModule() {
  const dir = mkdtempSync(join(tmpdir(), "forms-demo-"));
  // Romanian and Kazakh are not asserted here: the English texts stand in for them.
  for (const [language, text] of Object.entries({ ...TEXTS, ro: TEXTS.en, kk: TEXTS.en }))
    writeFileSync(join(dir, `${language}.ftl`), text ?? "");
  const order = defineForm({
    id: "order",
    module: "demo",
    prefix: "dm",
    timeoutMs: TEN_MINUTES,
    now: () => clock.now,
  })
    .text("name", {
      schema: z.string().trim().min(2).max(40),
      prompt: "demo-name",
      invalid: "demo-name-invalid",
      label: "demo-label-name",
    })
    .text("qty", {
      schema: z.coerce.number().int().min(1).max(99),
      prompt: "demo-qty",
      label: "demo-label-qty",
    })
    .choice("color", {
      prompt: "demo-color",
      label: "demo-label-color",
      columns: 2,
      // Computed when asked, from an earlier answer (typed: `qty` is a number here).
      choices: async (_ctx, { values }) =>
        COLOR_LIST.map((c) => ({ value: c.toLowerCase().replace(" ", "-"), label: `${c} ×${values.qty}` })),
    })
    .text("note", {
      optional: true,
      schema: z.string().max(200),
      prompt: "demo-note",
      label: "demo-label-note",
    })
    .confirm()
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
      { command: "order", description: "demo-cmd-order" },
      { command: "other", description: "demo-cmd-other" },
    ],
    create: () => ({
      features: [
        order.feature,
        async (ctx, next) => {
          const text = ctx.message?.text;
          if (text === "/order") return order.start(ctx);
          if (text === "/other") return void (await ctx.reply(ctx.t("demo-other")));
          return next();
        },
      ],
    }),
  });
}

beforeEach(async () => {
  clock = { now: Date.now() };
  submitted = [];
  h = await BotHarness.create({ modules: [{ module: demoModule() }] });
});
afterEach(() => h.close());

const texts = (calls: readonly ApiCall[]) =>
  calls
    .filter((c) => c.method === "sendMessage" || c.method === "editMessageText")
    .map((c) => c.payload.text);

/** What each call did: the text of a press's answer, else the method. */
const answers = (calls: readonly ApiCall[]) =>
  calls.map((c) => (c.method === "answerCallbackQuery" ? `alert: ${c.payload.text}` : c.method));

function buttonsOf(calls: readonly ApiCall[]): Array<{ text: string; callback_data: string }> {
  const call = [...calls].reverse().find((c) => c.payload.reply_markup?.inline_keyboard);
  return call ? call.payload.reply_markup.inline_keyboard.flat() : [];
}

/** Presses the button labelled `label` on the last keyboard among `calls`. */
async function tap(calls: readonly ApiCall[], label: string, user = alice) {
  const button = buttonsOf(calls).find((b) => b.text === label);
  if (!button) throw new Error(`no button ${label} in ${buttonsOf(calls).map((b) => b.text)}`);
  return h.press(user, button.callback_data);
}

/** /order answered up to the colour list. */
async function toColors(qty = "3") {
  await h.send(alice, "/order");
  await h.send(alice, "Alice");
  return h.send(alice, qty);
}

describe("forms", () => {
  it("a text step refuses input in the user's language: with the step's key, or zod's problem", async () => {
    expect(texts(await h.send(boris, "/order"))).toEqual(["Как вас зовут?"]);
    expect(texts(await h.send(boris, "x"))).toEqual(["Имя — от 2 до 40 символов."]);
    expect(texts(await h.send(boris, "Борис"))).toEqual(["Сколько?"]);
    const [tooFew] = texts(await h.send(boris, "0"));
    expect(tooFew).toMatch(
      /^Похоже, это неверно \(Слишком маленькое значение: .*1\)\. Отправьте ещё раз или \/cancel\.$/,
    );
    const [notNumber] = texts(await h.send(boris, "много"));
    expect(notNumber).toMatch(
      /^Похоже, это неверно \([^a-zA-Z]*[а-я].*\)\. Отправьте ещё раз или \/cancel\.$/,
    );
    expect(texts(await h.send(boris, "2"))[0]).toBe("Выберите цвет (20):\nСтраница 1 из 3.");
  });

  it("a choice computed at run time comes as pages of buttons; a press takes it; Skip skips; Confirm submits typed values", async () => {
    const list = await toColors();
    expect(texts(list)).toEqual(["Choose a colour (20):\nPage 1 of 3."]);
    expect(buttonsOf(list).map((b) => b.text)).toEqual([
      ...COLOR_LIST.slice(0, 8).map((c) => `${c} ×3`),
      "▶",
      "↩ Back",
    ]);
    const page2 = await tap(list, "▶");
    expect(page2.map((c) => c.method)).toEqual(["editMessageText", "answerCallbackQuery"]);
    expect(texts(page2)).toEqual(["Choose a colour (20):\nPage 2 of 3."]);
    expect(
      buttonsOf(page2)
        .map((b) => b.text)
        .slice(-3),
    ).toEqual(["◀", "▶", "↩ Back"]);
    const note = await tap(page2, "Olive ×3");
    expect(texts(note)).toEqual(["Any note?"]);
    expect(buttonsOf(note).map((b) => b.text)).toEqual(["⏭ Skip", "↩ Back"]);
    const summary = await tap(note, "⏭ Skip");
    expect(texts(summary)).toEqual([
      "<b>Please check your answers:</b>\n<b>Name</b>: Alice\n<b>Quantity</b>: 3\n<b>Colour</b>: Olive ×3\n<b>Note</b>: — (skipped)",
    ]);
    expect(buttonsOf(summary).map((b) => b.text)).toEqual(["✅ Confirm", "✏️ Edit", "✖️ Cancel"]);
    const done = await tap(summary, "✅ Confirm");
    expect(done.map((c) => c.method)).toEqual([
      "editMessageReplyMarkup",
      "sendMessage",
      "answerCallbackQuery",
    ]);
    expect(texts(done)).toEqual(["Ordered."]);
    expect(submitted).toEqual([{ name: "Alice", qty: 3, color: "olive", note: undefined }]);
    // The form is over.
    expect(texts(await h.send(alice, "hello"))).toEqual([NOT_EXPECTED]);
  });

  it("Back returns to the previous step and drops the answers from there; older screens' buttons are refused", async () => {
    const list = await toColors();
    const qty = await tap(list, "↩ Back");
    expect(texts(qty)).toEqual(["How many?"]);
    expect(buttonsOf(qty).map((b) => b.text)).toEqual(["↩ Back"]);
    // The first list's buttons belong to an earlier screen.
    const old = await tap(list, "▶");
    expect(answers(old)).toEqual([
      "alert: This button belongs to an earlier step. Please use the latest message.",
    ]);
    // The choices are computed again from the new answer.
    const again = await h.send(alice, "5");
    expect(buttonsOf(again)[0]?.text).toBe("Red ×5");
    const name = await tap(await tap(again, "↩ Back"), "↩ Back");
    expect(texts(name)).toEqual(["What is your name?"]);
    expect(buttonsOf(name)).toEqual([]);
  });

  it("/cancel ends the form at every step, the Cancel button too, and another command ends it as well", async () => {
    const answers = ["Alice", "3", undefined, "a note"];
    for (let answered = 0; answered <= answers.length; answered++) {
      let last = await h.send(alice, "/order");
      for (const answer of answers.slice(0, answered)) {
        last = answer === undefined ? await tap(last, "Red ×3") : await h.send(alice, answer);
      }
      expect(texts(await h.send(alice, "/cancel"))).toEqual(["Cancelled. Nothing was changed."]);
      expect(texts(await h.send(alice, "Bob"))).toEqual([NOT_EXPECTED]);
      expect(texts(await h.send(alice, "/cancel"))).toEqual(["There is nothing to cancel."]);
    }
    await h.send(alice, "/order");
    await h.send(alice, "Alice");
    await tap(await h.send(alice, "1"), "Red ×1");
    const summary = await h.send(alice, "a note");
    expect(texts(await h.send(alice, "anything"))).toEqual([
      "Please choose one of the buttons above, or /cancel.",
    ]);
    const cancelled = await tap(summary, "✖️ Cancel");
    expect(cancelled.map((c) => c.method)).toEqual(["editMessageText", "answerCallbackQuery"]);
    expect(texts(cancelled)).toEqual(["Cancelled. Nothing was changed."]);
    expect(texts(await h.send(alice, "Bob"))).toEqual([NOT_EXPECTED]);
    expect(submitted).toEqual([]);

    await h.send(alice, "/order");
    await h.send(alice, "Alice");
    expect(texts(await h.send(alice, "/other"))).toEqual(["Other command done."]);
    expect(texts(await h.send(alice, "3"))).toEqual([NOT_EXPECTED]);
  });

  it("the summary cuts and escapes what was typed; Edit changes one answer (and the choices that follow it)", async () => {
    await h.send(alice, "/order");
    await h.send(alice, "Ann & <Co>");
    await tap(await h.send(alice, "2"), "Blue ×2");
    const longNote = `<i>${"x".repeat(150)}`;
    const summary = await h.send(alice, longNote);
    expect(texts(summary)[0]).toBe(
      `<b>Please check your answers:</b>\n<b>Name</b>: Ann &amp; &lt;Co&gt;\n<b>Quantity</b>: 2\n<b>Colour</b>: Blue ×2\n<b>Note</b>: &lt;i&gt;${"x".repeat(60)}…`,
    );
    const menu = await tap(summary, "✏️ Edit");
    expect(texts(menu)).toEqual(["<b>Which answer do you want to change?</b>"]);
    expect(buttonsOf(menu).map((b) => b.text)).toEqual(["Name", "Quantity", "Colour", "Note", "↩ Back"]);
    const qty = await tap(menu, "Quantity");
    expect(texts(qty)).toEqual(["How many?"]);
    // Back from an answer being edited returns to the summary, unchanged.
    const unchanged = await tap(qty, "↩ Back");
    expect(texts(unchanged)[0]).toContain("<b>Quantity</b>: 2\n<b>Colour</b>: Blue ×2\n");
    // A new quantity: the colour, chosen among choices computed from it, is asked again; the note is kept.
    await tap(await tap(unchanged, "✏️ Edit"), "Quantity");
    const colors = await h.send(alice, "7");
    expect(texts(colors)).toEqual(["Choose a colour (20):\nPage 1 of 3."]);
    const edited = await tap(colors, "Cyan ×7");
    expect(texts(edited)[0]).toContain("<b>Quantity</b>: 7\n<b>Colour</b>: Cyan ×7\n<b>Note</b>: &lt;i&gt;");
    await tap(edited, "✅ Confirm");
    expect(submitted).toEqual([{ name: "Ann & <Co>", qty: 7, color: "cyan", note: longNote }]);
  });

  it("a form left alone past its time-out is forgotten: the next message, or press, says so", async () => {
    await h.send(alice, "/order");
    await h.send(alice, "Alice");
    clock.now += TEN_MINUTES + 1;
    expect(texts(await h.send(alice, "3"))).toEqual([
      "⌛ This form timed out and was closed, so your message was not used. Please start again.",
    ]);
    expect(texts(await h.send(alice, "3"))).toEqual([NOT_EXPECTED]);

    const list = await toColors();
    // Every answer renews the time-out.
    clock.now += TEN_MINUTES - 1;
    const note = await tap(list, "Red ×3");
    expect(texts(note)).toEqual(["Any note?"]);
    clock.now += TEN_MINUTES + 1;
    const late = await tap(note, "⏭ Skip");
    expect(answers(late)).toEqual([CLOSED]);
    expect(texts(await h.send(alice, "hi"))).toEqual([NOT_EXPECTED]);
    expect(submitted).toEqual([]);
  });

  it("forms never capture group messages: they start in private chats only", async () => {
    const group = { id: -100777, type: "supergroup" as const, title: "Team" };
    expect(texts(await h.send(alice, "/order", group))).toEqual([
      "For your security, please do this in a private chat with me.",
    ]);
    expect(texts(await h.send(alice, "Alice", group))).toEqual([]);
    // A private form is not answered from a group either.
    await h.send(alice, "/order");
    expect(texts(await h.send(alice, "Alice", group))).toEqual([]);
    expect(texts(await h.send(alice, "Alice"))).toEqual(["How many?"]);
  });

  it("a button of an earlier run of the same form is refused", async () => {
    const first = await toColors();
    await toColors();
    const pressed = await tap(first, "Red ×3");
    expect(answers(pressed)).toEqual([CLOSED]);
  });
});
