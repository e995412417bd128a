import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ControlClient, type StartedEmulator, startEmulator } from "../../src/emulator/index.js";
import {
  commandUpdate,
  freePort,
  postWebhook,
  type RunningProcess,
  startSwitchboard,
} from "../support/process.js";

const TOKEN = "700100200:E2E-about-bot-token-abcdefghijkl";
const SECRET = "e2e-webhook-secret_0123456789";

let emulator: StartedEmulator;
let control: ControlClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  control = new ControlClient(emulator.url);
  await control.registerBot(TOKEN, { username: "e2e_about_bot", firstName: "Front Desk" });
});
afterAll(async () => emulator?.close());

function baseEnv(port: number): Record<string, string> {
  return {
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: mkdtempSync(join(tmpdir(), "sb-e2e-")),
    LOG_LEVEL: "info",
  };
}

/** A user's conversation with the bot through the emulator, as a person would have it. */
async function converse(userName: string, languageCode: string) {
  const user = await control.createUser({ first_name: userName, language_code: languageCode });
  const sent = await control.start(user.id, "e2e_about_bot");
  const reply = (after: number) =>
    control.waitForMessage(
      "e2e_about_bot",
      (m) => m.message_id > after && m.from?.is_bot === true,
      8000,
      user.id,
    );
  const welcome = await reply(sent.message_id);
  const help = await control.sendText(user.id, "e2e_about_bot", "/help");
  const helpReply = await reply(help.message_id);
  const language = await control.sendText(user.id, "e2e_about_bot", "/language");
  const languageReply = await reply(language.message_id);
  return { user, welcome, helpReply, languageReply };
}

describe("npm start with a token", () => {
  let app: RunningProcess;
  let port: number;

  afterAll(async () => {
    if (app?.child.exitCode === null) await app.exit("SIGKILL");
  });

  it("polling: answers /start, /help and /language in the user's language", async () => {
    port = await freePort();
    app = startSwitchboard(baseEnv(port));
    await app.waitFor('"msg":"bot started"');
    const { welcome, helpReply, languageReply } = await converse("Анна", "ru");
    expect(welcome.text).toBe(
      "Здравствуйте, Анна! Я Front Desk.\n\nОтправьте /help, чтобы увидеть всё, что я умею.",
    );
    expect(welcome.entities?.find((e) => e.type === "bold")).toMatchObject({ offset: 22, length: 10 });
    expect(helpReply.text?.split("\n")[0]).toBe("Команды");
    expect(helpReply.text).toContain("/language — Сменить язык");
    expect(languageReply.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual([
      "English",
      "✓ Русский",
      "Română",
      "Қазақша",
    ]);
  });

  it("publishes its command menu per language", async () => {
    const user = await control.createUser({ first_name: "Ion", language_code: "ro" });
    const commands = await control.botCommands("e2e_about_bot", user.id);
    expect(commands.map((c) => `${c.command}: ${c.description}`)).toEqual([
      "start: Începeți aici",
      "help: Ce poate face acest bot",
      "language: Schimbați limba",
      "about: Despre acest bot",
    ]);
  });

  it("serves /healthz, /readyz and /metrics with the updates it handled", async () => {
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(
      /switchboard_updates_total\{bot="about",module="about",type="message",command="help"\} [1-9]/,
    );
    expect(metrics).toMatch(
      /switchboard_bot_api_calls_total\{bot="about",method="sendMessage",result="ok"\} [1-9]/,
    );
    expect(metrics).toMatch(/switchboard_update_duration_seconds_bucket/);
    expect(metrics).toMatch(/process_cpu_user_seconds_total/);
  });

  it("SIGTERM stops it cleanly: exit 0 within 10 s", async () => {
    const { code, ms } = await app.exit("SIGTERM");
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    expect(app.output()).toContain('"msg":"stopped"');
  });
});

describe("npm start in webhook mode", () => {
  let app: RunningProcess;
  let port: number;

  afterAll(async () => {
    if (app?.child.exitCode === null) await app.exit("SIGKILL");
  });

  it("sets its webhook with a secret and answers /start, /help and /language", async () => {
    port = await freePort();
    app = startSwitchboard({
      ...baseEnv(port),
      BOT_MODE: "webhook",
      WEBHOOK_URL: `http://127.0.0.1:${port}`,
      WEBHOOK_SECRET: SECRET,
    });
    await app.waitFor('"msg":"bot started"');
    const { welcome, helpReply, languageReply } = await converse("Maria", "ro");
    expect(welcome.text).toBe(
      "Bună ziua, Maria! Sunt Front Desk.\n\nTrimiteți /help pentru a vedea tot ce pot face.",
    );
    expect(helpReply.text?.split("\n")[0]).toBe("Comenzi");
    expect(languageReply.reply_markup?.inline_keyboard.flat()).toHaveLength(4);
  });

  it("a delivery with a wrong secret gets 403 and is not handled", async () => {
    const update = commandUpdate(990001, { id: 42, first_name: "Mallory" }, "/start");
    const post = (secret?: string) => postWebhook(`http://127.0.0.1:${port}`, "about", update, secret);
    expect((await post("wrong-secret")).status).toBe(403);
    expect((await post()).status).toBe(403);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).not.toContain(
      'switchboard_updates_total{bot="about",module="about",type="message",command="start"} 2',
    );
  });

  it("a repeated update id is answered once", async () => {
    const user = await control.createUser({ first_name: "Dup", language_code: "en" });
    const started = await control.start(user.id, "e2e_about_bot");
    await control.waitForMessage("e2e_about_bot", (m) => m.message_id > started.message_id, 8000, user.id);
    const update = commandUpdate(990002, { id: user.id, first_name: "Dup" }, "/help");
    for (let i = 0; i < 2; i++) {
      expect((await postWebhook(`http://127.0.0.1:${port}`, "about", update, SECRET)).status).toBe(200);
    }
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain('switchboard_duplicate_updates_total{bot="about"} 1');
    const transcript = await control.transcript("e2e_about_bot", user.id);
    expect(transcript.filter((m) => m.from?.is_bot && m.text?.startsWith("Commands"))).toHaveLength(1);
  });

  it("SIGTERM stops it cleanly: exit 0 within 10 s", async () => {
    const { code, ms } = await app.exit("SIGTERM");
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
  });
});

describe("npm start with a bad configuration", () => {
  it("names every invalid variable in one message and exits 1 without a stack trace", async () => {
    const app = startSwitchboard({ PORT: "eighty", BOT_MODE: "webhook", TELEGRAM_BOT_TOKEN: "nope" });
    const { code } = await app.exit("SIGCONT");
    expect(code).toBe(1);
    const output = app.output();
    expect(output).toContain("Configuration is invalid:");
    expect(output).toContain("  - PORT must be a port number from 1 to 65535");
    expect(output).toContain("  - TELEGRAM_BOT_TOKEN is not a Bot API token");
    expect(output).toContain("  - WEBHOOK_URL is required when BOT_MODE=webhook");
    expect(output).not.toMatch(/\n\s+at /);
  });
});
