/**
 * The module contract end to end through `defineModule` and the kernel: one instance per (bot,
 * module), each module handed only its own updates, a module's gate in front of that module only,
 * and RBAC from a role the module resolves itself.
 */
import { Composer, InlineKeyboard } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { defineCallback, int } from "../../src/kernel/callbackData.js";
import { callbackButton, onCallback } from "../../src/kernel/callbacks.js";
import type { BotContext } from "../../src/kernel/context.js";
import { defineModule } from "../../src/kernel/defineModule.js";
import { createNetmonModule } from "../../src/modules/netmon/index.js";
import { alice, BotHarness, boris } from "../support/botHarness.js";

const harnesses: BotHarness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.close();
});
async function harness(options: Parameters<typeof BotHarness.create>[0]) {
  const h = await BotHarness.create(options);
  harnesses.push(h);
  return h;
}

const counter = { created: 0 };
const removeNote = defineCallback("nt.rm", 1, { id: int(0, 999) });

/**
 * A notes module whose role comes from "its backend" (a map here) and whose table lets viewers
 * read and editors delete. Its `/notes` view hides the delete button from viewers; the button's
 * handler is guarded, so a forged press is refused all the same.
 */
const notes = defineModule({
  name: "notes",
  callbackPrefix: "nt",
  commands: [{ command: "notes", description: "x" }],
  roles: { viewer: ["notes:read"], editor: ["notes:read", "notes:delete"] },
  create({ rbac, bot, config }) {
    const roles = (config as { roles?: Record<number, string> } | undefined)?.roles ?? {};
    counter.created += 1;
    const created = counter.created;
    const composer = new Composer<BotContext>();
    composer.command("notes", rbac.guard("notes:read"), async (ctx) => {
      const keyboard = new InlineKeyboard();
      if (ctx.can("notes", "notes:delete"))
        keyboard.add(callbackButton(bot, "Delete", removeNote, { id: 7 }));
      await ctx.reply(`notes (instance ${created})`, { reply_markup: keyboard });
    });
    onCallback(
      composer,
      removeNote,
      async (ctx, { id }) => ctx.answerCallbackQuery({ text: `removed ${id}` }),
      {
        guard: rbac.guard("notes:delete"),
      },
    );
    return { features: [composer], roleOf: (ctx) => (ctx.from ? roles[ctx.from.id] : undefined) };
  },
});

/** Takes every ordinary private message, as a module with an open form would. */
const echo = defineModule({
  name: "echo",
  messages: "private",
  create: () => ({
    features: [(ctx: BotContext) => ctx.reply(`echo saw: ${ctx.message?.text}`)],
  }),
});

/** A module that opens a form: the chat's next message is its own, whatever else is listening. */
const asker = defineModule({
  name: "asker",
  commands: [{ command: "ask", description: "x" }],
  create: () => {
    const composer = new Composer<BotContext>();
    composer.command("ask", async (ctx) => {
      ctx.session.form = { module: "asker" };
      await ctx.reply("What is it?");
    });
    composer.on("message:text", async (ctx) => {
      delete ctx.session.form;
      await ctx.reply(`asker got: ${ctx.message.text}`);
    });
    return { features: [composer] };
  },
});

const texts = (h: BotHarness, calls: Awaited<ReturnType<BotHarness["send"]>>) => h.texts(calls);

describe("module isolation", () => {
  it("netmon's allowlist keeps a stranger out of netmon only: the other module still serves them", async () => {
    const netmon = createNetmonModule();
    const h = await harness({
      modules: [
        { module: netmon, config: netmon.config!.parse({ NETMON_ALLOWED_USERS: String(alice.id) }) },
        { module: notes, config: { roles: { [boris.id]: "viewer" } } },
      ],
    });
    expect(texts(h, await h.send(boris, "/status"))).toEqual([
      "Извините, это частный бот. Если вам нужен доступ, попросите его владельца добавить ваш аккаунт Telegram.",
    ]);
    expect(texts(h, await h.send(boris, "/notes"))[0]).toMatch(/^notes \(instance \d+\)$/);
  });

  it("a button reaches only the module whose prefix it carries, and not one that takes every message", async () => {
    const h = await harness({
      modules: [{ module: echo }, { module: notes, config: { roles: { [alice.id]: "editor" } } }],
    });
    const data = removeNote.pack({ id: 7 }, h.built.identity.callbackKey);
    const pressed = await h.press(alice, data);
    expect(pressed.map((c) => [c.method, c.payload.text])).toEqual([["answerCallbackQuery", "removed 7"]]);
  });

  it("an ordinary message goes to the module whose form is open, else to those that asked for messages", async () => {
    const h = await harness({ modules: [{ module: echo }, { module: asker }] });
    expect(texts(h, await h.send(alice, "hello"))).toEqual(["echo saw: hello"]);
    expect(texts(h, await h.send(alice, "/ask"))).toEqual(["What is it?"]);
    expect(texts(h, await h.send(alice, "a secret plan"))).toEqual(["asker got: a secret plan"]);
    expect(texts(h, await h.send(alice, "again"))).toEqual(["echo saw: again"]);
  });

  it("a message no module asked for gets the kernel's pointer to /help", async () => {
    const h = await harness({ modules: [{ module: asker }] });
    expect(texts(h, await h.send(alice, "hello"))).toEqual([
      "I did not expect a message here. Send /help to see what I can do.",
    ]);
  });
});

describe("RBAC through defineModule", () => {
  it("a viewer's view hides delete; a forged delete button is refused and audited; an editor deletes", async () => {
    const roles = { [alice.id]: "editor", [boris.id]: "viewer" };
    const h = await harness({ modules: [{ module: notes, config: { roles } }] });
    const viewer = await h.send(boris, "/notes");
    expect(viewer[0]?.payload.reply_markup).toEqual({ inline_keyboard: [[]] });
    const editor = await h.send(alice, "/notes");
    expect(JSON.stringify(editor[0]?.payload.reply_markup)).toContain("Delete");

    const forged = removeNote.pack({ id: 7 }, h.built.identity.callbackKey);
    const refused = await h.press(boris, forged);
    expect(refused.map((c) => [c.method, c.payload.show_alert])).toEqual([["answerCallbackQuery", true]]);
    const denials = await h.services.audit.query({ module: "notes", actor: String(boris.id) });
    expect(denials.map((d) => [d.bot, d.action, d.result, d.details])).toEqual([
      ["test", "notes:delete", "denied", { role: "viewer", via: "callback_query", data: forged }],
    ]);
    expect((await h.press(alice, forged)).map((c) => c.payload.text)).toEqual(["removed 7"]);
  });

  it("two bots with the same module keep their own instance and policy: a role on one is nothing on the other", async () => {
    const first = await harness({
      botId: "one",
      modules: [{ module: notes, config: { roles: { [alice.id]: "editor" } } }],
    });
    const second = await harness({
      botId: "two",
      services: first.services,
      token: "100200301:OTHER-token-secret-part-abcdefghij",
      modules: [{ module: notes, config: { roles: {} } }],
    });
    const one = texts(first, await first.send(alice, "/notes"))[0];
    const two = texts(second, await second.send(alice, "/notes"));
    expect(one).toMatch(/^notes \(instance \d+\)$/);
    expect(two).toEqual(["You do not have permission to do this."]);
    const denials = await first.services.audit.query({ module: "notes" });
    expect(denials.map((d) => d.bot)).toEqual(["two"]);
  });

  it("each bot's module instance is created once, and serves every update of that bot", async () => {
    const before = counter.created;
    const h = await harness({ modules: [{ module: notes, config: { roles: { [alice.id]: "viewer" } } }] });
    expect(counter.created).toBe(before + 1);
    const a = texts(h, await h.send(alice, "/notes"))[0];
    const b = texts(h, await h.send(alice, "/notes"))[0];
    expect(a).toBe(`notes (instance ${before + 1})`);
    expect(b).toBe(a);
  });
});
