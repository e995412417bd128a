import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiCall, alice, BotHarness, TelegramRefusal } from "../../../test/support/botHarness.js";
import { closeServices, createServices } from "../../platform/createServices.js";
import type { Services } from "../../platform/services.js";
import { defineModule } from "../defineModule.js";
import { defineForm } from "./index.js";

const SECRET = "tok_Zq8vR2mK9xW4pL7n";
const OTHER_SECRET = "tok_Second9secret8value";
const TEXTS = {
  en: `vault-cmd-connect = connect
vault-token = Send your API token. I delete your message at once.
vault-token-invalid = That is not an API token (tok_ and at least 12 letters or digits).
vault-account = Which account is it for?
vault-refused = The backend refused the token. Send another one.
vault-connected = Connected { $account }.
vault-expired = { $deleted ->
    [yes] Your /connect timed out, so I deleted that message.
   *[no] Your /connect timed out.
}`,
};

let clock: { now: number };
let received: Array<Record<string, unknown>>;

function vaultModule() {
  const dir = mkdtempSync(join(tmpdir(), "forms-vault-"));
  for (const language of ["en", "ru", "ro", "kk"]) writeFileSync(join(dir, `${language}.ftl`), TEXTS.en);
  const connect = defineForm({
    id: "connect",
    module: "vault",
    prefix: "vt",
    expired: "vault-expired",
    now: () => clock.now,
  })
    .text("token", {
      secret: true,
      schema: z.string().regex(/^tok_[A-Za-z0-9]{12,}$/),
      prompt: "vault-token",
      invalid: "vault-token-invalid",
    })
    .text("account", { schema: z.string().trim().min(2), prompt: "vault-account" })
    .submit(async (ctx, values) => {
      received.push(values);
      ctx.log.info({ account: values.account }, "vault: connecting");
      if (values.account === "refuse") {
        await ctx.reply(ctx.t("vault-refused"));
        return { retry: "token", prompt: true };
      }
      await ctx.reply(ctx.t("vault-connected", { account: values.account }));
      return undefined;
    });
  return defineModule({
    name: "vault",
    callbackPrefix: "vt",
    locales: dir,
    commands: [{ command: "connect", description: "vault-cmd-connect" }],
    create: () => ({
      features: [
        connect.feature,
        async (ctx, next) => (ctx.message?.text === "/connect" ? connect.start(ctx) : next()),
      ],
    }),
  });
}

const texts = (calls: readonly ApiCall[]) =>
  calls
    .filter((c) => c.method === "sendMessage" || c.method === "editMessageText")
    .map((c) => c.payload.text);
const deleted = (calls: readonly ApiCall[]) =>
  calls.filter((c) => c.method === "deleteMessage").map((c) => c.payload.message_id);

let open: Array<() => Promise<void>> = [];
beforeEach(() => {
  clock = { now: Date.now() };
  received = [];
});
afterEach(async () => {
  for (const close of open) await close();
  open = [];
});

async function harness(
  options: { services?: Services; answers?: Record<string, () => TelegramRefusal> } = {},
) {
  const h = await BotHarness.create({ modules: [{ module: vaultModule() }], ...options });
  open.push(() => h.close());
  return h;
}

describe("forms: secret answers", () => {
  it("a form with a secret field across a restart: nothing in clear in the store or the log", async () => {
    const dir = mkdtempSync(join(tmpdir(), "forms-secret-"));
    const file = join(dir, "store.sqlite");
    const lines: string[] = [];
    const logger = pino({ level: "trace" }, { write: (line: string) => void lines.push(line) });
    const make = () =>
      createServices({
        logger,
        storageUrl: `sqlite:${file}`,
        dataDir: dir,
        generalRateLimit: 1000,
        loginRateLimit: 5,
      });
    const storeBytes = () =>
      ["", "-wal", "-shm", "-journal"]
        .map((suffix) => `${file}${suffix}`)
        .filter((path) => existsSync(path))
        .map((path) => readFileSync(path).toString("latin1"))
        .join("");

    let services = await make();
    let h = await BotHarness.create({ services, logger, modules: [{ module: vaultModule() }] });
    expect(texts(await h.send(alice, "/connect"))).toEqual([
      "Send your API token. I delete your message at once.",
    ]);
    const answer = await h.send(alice, SECRET, undefined, 7001);
    // The message holding the secret is deleted before anything else happens.
    expect(answer[0]).toEqual({ method: "deleteMessage", payload: { chat_id: alice.id, message_id: 7001 } });
    expect(texts(answer)).toEqual(["Which account is it for?"]);
    expect(storeBytes()).not.toContain(SECRET);
    await closeServices(services);
    expect(storeBytes()).not.toContain(SECRET);

    // A new process on the same store: the form resumes at the same step.
    services = await make();
    h = await BotHarness.create({ services, logger, modules: [{ module: vaultModule() }] });
    expect(texts(await h.send(alice, "acme"))).toEqual(["Connected acme."]);
    expect(received).toEqual([{ token: SECRET, account: "acme" }]);
    await closeServices(services);

    expect(storeBytes().length).toBeGreaterThan(0);
    expect(storeBytes()).not.toContain(SECRET);
    expect(lines.some((l) => l.includes("form: submitted"))).toBe(true);
    expect(lines.filter((l) => l.includes(SECRET))).toEqual([]);
  });

  it("a refused secret is not echoed, its message is deleted all the same, and a failed deletion is told", async () => {
    const h = await harness({
      answers: { deleteMessage: () => new TelegramRefusal(400, "Bad Request: message can't be deleted") },
    });
    await h.send(alice, "/connect");
    const refused = await h.send(alice, "tok_short", undefined, 7101);
    expect(deleted(refused)).toEqual([7101]);
    expect(texts(refused)).toEqual([
      "That is not an API token (tok_ and at least 12 letters or digits).\n\n⚠️ I could not delete your message. Please delete it yourself: it contains a secret.",
    ]);
    const accepted = await h.send(alice, SECRET, undefined, 7102);
    expect(texts(accepted)[0]).toMatch(/^Which account is it for\?\n\n⚠️ I could not delete/);
    const echoed = h.calls.filter((c) => /tok_short|tok_Zq8/.test(JSON.stringify(c.payload)));
    expect(echoed).toEqual([]);
  });

  it("a submit that fails can keep the form open at a step: the secret is asked again", async () => {
    const h = await harness();
    await h.send(alice, "/connect");
    await h.send(alice, SECRET, undefined, 7201);
    expect(texts(await h.send(alice, "refuse"))).toEqual([
      "The backend refused the token. Send another one.",
      "Send your API token. I delete your message at once.",
    ]);
    await h.send(alice, OTHER_SECRET, undefined, 7202);
    expect(texts(await h.send(alice, "acme"))).toEqual(["Connected acme."]);
    expect(received).toEqual([
      { token: SECRET, account: "refuse" },
      { token: OTHER_SECRET, account: "acme" },
    ]);
  });

  it("a secret sent after the time-out is deleted, and the user told the form expired", async () => {
    const h = await harness();
    await h.send(alice, "/connect");
    clock.now += 16 * 60_000;
    const late = await h.send(alice, SECRET, undefined, 7301);
    expect(deleted(late)).toEqual([7301]);
    expect(texts(late)).toEqual(["Your /connect timed out, so I deleted that message."]);
    expect(texts(await h.send(alice, "/cancel"))).toEqual(["There is nothing to cancel."]);
  });
});
