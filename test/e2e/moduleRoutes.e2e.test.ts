/**
 * A module's HTTP route and health check through the whole app (`startApp`, as `npm start` runs
 * it): the route is mounted before the server listens, under the seed's path and the bot's own;
 * a call a backend makes there reaches the module instance, which messages the user in Telegram;
 * /readyz names the module's problem.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Composer } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { BASE_MODULE, loadConfig } from "../../src/config/loadConfig.js";
import { ControlClient } from "../../src/emulator/controlClient.js";
import { startEmulator } from "../../src/emulator/index.js";
import type { BotContext } from "../../src/kernel/context.js";
import { defineModule } from "../../src/kernel/defineModule.js";
import { moduleRegistry } from "../../src/modules/registry.js";
import { type App, startApp } from "../../src/runtime/app.js";
import { freePort } from "../../src/server/localAddress.js";
import { defineRoute } from "../../src/server/moduleRoutes.js";

const TOKEN = "800300400:ROUTES-e2e-bot-token-abcdefghijk";
const SECRET = "internal-secret-of-the-test";

let ready = true;
/** A module whose backend tells it about codes over HTTP; it tells the user in their chat. */
const notifier = defineModule({
  name: "notifier",
  config: z.object({ NOTIFIER_KEY: z.string() }),
  commands: [{ command: "ping", description: "about-cmd-help" }],
  create({ api, config }) {
    const composer = new Composer<BotContext>();
    composer.command("ping", (ctx) => ctx.reply("pong"));
    return {
      features: [composer],
      health: async () => (ready ? undefined : "backend unreachable"),
      routes: [
        defineRoute({
          method: "POST",
          path: "/internal/save-code",
          body: z.object({ user_id: z.number().int(), text: z.string().max(100) }),
          auth: { secret: config.NOTIFIER_KEY, header: "x-api-key" },
          handler: async ({ body }) => {
            await api.sendMessage(body.user_id, body.text);
            return { body: { success: true } };
          },
        }),
      ],
    };
  },
});

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let app: App;
let control: ControlClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  emulator.emulator.registerBot(TOKEN, { username: "routes_bot", firstName: "Routes" });
  control = new ControlClient(emulator.url);
  const dir = mkdtempSync(join(tmpdir(), "sb-routes-"));
  const config = loadConfig(
    {
      TELEGRAM_BOT_TOKEN: TOKEN,
      BOT_MODULES: "notifier",
      BOT_ID: "notify",
      TELEGRAM_API_ROOT: emulator.apiRoot,
      DATA_DIR: dir,
      HOST: "127.0.0.1",
      PORT: String(await freePort("127.0.0.1")),
      NOTIFIER_KEY: SECRET,
      LOG_LEVEL: "silent",
    },
    { ...moduleRegistry, notifier },
  );
  expect(config.bots[0]?.modules.map((m) => m.module.name)).toEqual([BASE_MODULE, "notifier"]);
  app = await startApp({ config, logger: pino({ level: "silent" }), version: "e2e" });
});

afterAll(async () => {
  await app?.stop();
  await emulator?.close();
});

const post = (path: string, body: unknown, key = SECRET) =>
  fetch(`${app.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": key },
    body: JSON.stringify(body),
  });

describe("module routes and health through the app", () => {
  it("the backend's call reaches the module at the seed's path and the bot's path; a wrong key is 401", async () => {
    const user = await control.createUser({ first_name: "Ana", language_code: "en" });
    await control.start(user.id, "routes_bot");
    expect((await post("/internal/save-code", { user_id: user.id, text: "x" }, "wrong")).status).toBe(401);
    const answer = await post("/internal/save-code", { user_id: user.id, text: "Your code is linked." });
    expect([answer.status, await answer.json()]).toEqual([200, { success: true }]);
    expect((await post("/bots/notify/internal/save-code", { user_id: user.id, text: "Again." })).status).toBe(
      200,
    );
    const seen = (await control.transcript("routes_bot", user.id)).map((m) => m.text);
    expect(seen.slice(-2)).toEqual(["Your code is linked.", "Again."]);
  });

  it("/readyz names the module instance whose health check fails", async () => {
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    ready = false;
    const answer = await fetch(`${app.url}/readyz`);
    expect(answer.status).toBe(503);
    expect(await answer.json()).toEqual({
      status: "not ready",
      failing: { "notify/notifier": "backend unreachable" },
    });
    ready = true;
  });
});
