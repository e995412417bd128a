/**
 * Demo mode without a browser: one process serving the emulator, the page, health and metrics;
 * the demo world; a bot answering through the control API; the reset; a clean stop.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/loadConfig.js";
import { ControlClient } from "../../src/emulator/index.js";
import { moduleRegistry } from "../../src/modules/registry.js";
import { DEMO_GROUP, DEMO_USERS, type DemoInfo } from "../../src/playground/index.js";
import { freePort } from "../../src/server/localAddress.js";
import { startTestPlayground, type TestPlayground } from "./playgroundSupport.js";

const ABOUT_BOT = "switchboard_bot";
const daniel = DEMO_USERS.find((u) => u.username === "daniel_support")!;

let demo: TestPlayground;
let client: ControlClient;
let base: string;

beforeAll(async () => {
  demo = await startTestPlayground();
  base = demo.playground.localUrl;
  client = new ControlClient(base);
});

afterAll(async () => {
  await demo?.stop();
});

const isBotReply = (text: string) => (m: { from?: { is_bot: boolean }; text?: string }) =>
  m.from?.is_bot === true && (m.text ?? "").includes(text);

describe("demo mode: one process", () => {
  it("serves the web chat at / with its scripts and styles", async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/playground/app.js"></script>');
    expect(html).toContain('data-testid="transcript"');

    const script = await fetch(`${base}/playground/app.js`);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await script.text()).toContain("/control/events");
    const style = await fetch(`${base}/playground/style.css`);
    expect(style.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(await style.text()).toContain(".transcript");
    const missing = await fetch(`${base}/playground/nope.js`);
    expect(missing.status).toBe(404);
    await missing.arrayBuffer(); // an unread body would keep the connection busy at stop
  });

  it("serves health, readiness and metrics next to the emulator", async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${base}/readyz`);
    expect(await ready.json()).toEqual({ status: "ready" });
    expect(await (await fetch(`${base}/metrics`)).text()).toContain("# TYPE");
    expect(demo.playground.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("runs one bot per registered module and the demo people and group", async () => {
    const info = (await (await fetch(`${base}/playground/api/demo`)).json()) as DemoInfo;
    expect(info.bots.map((b) => b.module).sort()).toEqual(Object.keys(moduleRegistry).sort());
    expect(info.users.map((u) => u.role)).toEqual([
      "ISP support agent",
      "CRM administrator",
      "CRM read-only government user",
      "Group owner",
      "Group member",
      "Accountant",
      "Group admin: may mute and ban",
      "Anonymous group admin",
      "Group member",
      "Group member who floods the chat",
    ]);
    expect(new Set(info.users.map((u) => u.language_code))).toEqual(new Set(["en", "ru", "ro", "kk"]));
    expect(info.panels.map((p) => p.id)).toEqual(["plume", "tabys", "erp", "apiv2"]);

    const bots = await client.listBots();
    expect(bots.map((b) => b.username).sort()).toEqual(info.bots.map((b) => b.username).sort());
    expect((await client.listUsers()).map((u) => u.id).sort()).toEqual(DEMO_USERS.map((u) => u.id).sort());

    const owner = await client.member(DEMO_GROUP.id, DEMO_GROUP.ownerId);
    expect(owner.status).toBe("creator");
    expect((await client.member(DEMO_GROUP.id, DEMO_GROUP.memberIds[0])).status).toBe("member");
    const aboutBot = info.bots.find((b) => b.username === ABOUT_BOT)!;
    expect((await client.member(DEMO_GROUP.id, aboutBot.id)).status).toBe("administrator");
  });

  it("its bots are the ones loadConfig reads from the playground's config file", async () => {
    const file = join(demo.dataDir, "demo", "bots.json");
    const fromFile = loadConfig({ SWITCHBOARD_CONFIG: file }, moduleRegistry).bots;
    const shape = (
      bots: Array<{
        id: string;
        token: string;
        modules: Array<{ module: { name: string }; config: unknown }>;
      }>,
    ) =>
      bots.map((b) => ({
        id: b.id,
        token: b.token,
        modules: b.modules.map((m) => [m.module.name, m.config]),
      }));
    expect(shape(demo.playground.bots.map((b) => b.config))).toEqual(shape(fromFile));
    const netmon = demo.playground.bots.find((b) => b.module === "netmon")!.config;
    const plume = demo.playground.backends.plume!;
    // The document's settings, and the module's defaults for what it leaves out.
    expect(netmon.modules[1]!.config).toMatchObject({
      PLUME_API_BASE: plume.apiBase,
      PLUME_TIMEOUT_MS: 10_000,
    });
  });

  it("the about bot answers /start and publishes its commands", async () => {
    await client.sendText(daniel.id, ABOUT_BOT, "/start");
    const reply = await client.waitForMessage(ABOUT_BOT, isBotReply("Hello, Daniel!"), 5000, daniel.id);
    expect(reply.entities).toContainEqual({ type: "bold", offset: expect.any(Number), length: 11 });
    const commands = await client.botCommands(ABOUT_BOT, daniel.id);
    expect(commands.map((c) => c.command)).toEqual(["start", "help", "language", "about"]);
  });

  it("a deep link reaches the bot as /start PAYLOAD", async () => {
    const sent = await client.start(daniel.id, ABOUT_BOT, "promo-42");
    expect(sent.text).toBe("/start promo-42");
    await client.waitForMessage(
      ABOUT_BOT,
      (m) => m.from?.is_bot === true && m.message_id > sent.message_id,
      5000,
      daniel.id,
    );
  });

  it("reset empties chats and bot data, recreates the world, and the bots keep answering", async () => {
    // Something stored for this user: the language, in the demo store.
    await client.sendText(daniel.id, ABOUT_BOT, "/language ro");
    await client.waitForMessage(ABOUT_BOT, isBotReply("Limba setată"), 5000, daniel.id);

    const reset = await fetch(`${base}/playground/reset`, { method: "POST" });
    expect(await reset.json()).toEqual({ ok: true });

    await expect(client.transcript(ABOUT_BOT, daniel.id)).rejects.toMatchObject({ status: 404 });
    expect((await client.listUsers()).map((u) => u.id).sort()).toEqual(DEMO_USERS.map((u) => u.id).sort());
    expect((await client.member(DEMO_GROUP.id, DEMO_GROUP.ownerId)).status).toBe("creator");
    expect((await client.botCommands(ABOUT_BOT, daniel.id)).length).toBeGreaterThan(0);

    // Still polling (update numbering went on), and in English again (the store was emptied).
    await client.sendText(daniel.id, ABOUT_BOT, "/start");
    await client.waitForMessage(ABOUT_BOT, isBotReply("Hello, Daniel!"), 5000, daniel.id);
  });

  it("the emulator's own reset route resets the whole playground", async () => {
    await client.sendText(daniel.id, ABOUT_BOT, "/about");
    await client.waitForMessage(ABOUT_BOT, isBotReply("Switchboard"), 5000, daniel.id);
    await client.reset();
    await expect(client.transcript(ABOUT_BOT, daniel.id)).rejects.toMatchObject({ status: 404 });
    await client.sendText(daniel.id, ABOUT_BOT, "/start");
    await client.waitForMessage(ABOUT_BOT, isBotReply("Hello, Daniel!"), 5000, daniel.id);
  });

  it("the demo group's moderation settings are in API V2 at start and after a reset, on one clock", async () => {
    const api = demo.playground.backends.apiv2!;
    const settings = async () => {
      const answer = await fetch(`${api.url}/api/v2/groups/${DEMO_GROUP.id}/settings`, {
        headers: { authorization: `Bearer ${api.key}` },
      });
      return ((await answer.json()) as { data: Record<string, unknown> }).data;
    };
    const expected = {
      group_name: DEMO_GROUP.title,
      log_channel_id: DEMO_GROUP.logChannel.id,
      flood: expect.objectContaining({ enabled: true, messages: 5, seconds: 10, action: "mute" }),
    };
    expect(await settings()).toMatchObject(expected);

    // The playground's clock is Telegram's and API V2's: moving it moves both; a reset puts it back.
    const apiTime = async () =>
      Date.parse(((await (await fetch(`${api.url}/health`)).json()) as { data: { time: string } }).data.time);
    demo.playground.clock.advance(3_600_000);
    expect(demo.playground.emulator.state.nowSeconds() * 1000 - Date.now()).toBeGreaterThan(3_590_000);
    expect((await apiTime()) - Date.now()).toBeGreaterThan(3_590_000);

    const reset = await fetch(`${base}/playground/reset`, { method: "POST" });
    expect(await reset.json()).toEqual({ ok: true });
    expect(await settings()).toMatchObject(expected);
    expect(Math.abs((await apiTime()) - Date.now())).toBeLessThan(60_000);
    expect((await client.member(DEMO_GROUP.logChannel.id, DEMO_GROUP.ownerId)).status).toBe("creator");
  });

  it("stops everything: the server and the reference backends", async () => {
    const plume = demo.playground.backends.plume!;
    const faults = await fetch(`${plume.url}/_control/faults`);
    expect(faults.status).toBe(200);
    await faults.json();
    await demo.playground.stop();
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    await expect(fetch(`${plume.url}/_control/faults`)).rejects.toThrow();
  });
});

describe("npm start with no token", () => {
  it("starts the playground, prints its URL, and exits 0 on SIGTERM", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "switchboard-main-"));
    const port = await freePort("127.0.0.1");
    const { TELEGRAM_BOT_TOKEN: _token, SWITCHBOARD_CONFIG: _config, ...env } = process.env;
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "src/main.ts"], {
      env: { ...env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      let output = "";
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no playground URL printed: ${output}`)), 15_000);
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          const match = /Playground: (http:\/\/\S+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        };
        child.stdout.on("data", read);
        child.stderr.on("data", read);
        child.once("exit", () => reject(new Error(`exited before printing the URL: ${output}`)));
      });
      // Bound to this machine only (the emulator's control API has no authentication).
      expect(url).toBe(`http://127.0.0.1:${port}`);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      await page.text();

      const stopping = Date.now();
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(Date.now() - stopping).toBeLessThan(5000);
    } finally {
      child.kill("SIGKILL");
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});
