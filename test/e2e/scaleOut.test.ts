/**
 * Several instances behind a load balancer, sharing Redis: the deployment DESIGN.md describes for
 * scale. Two `src/main.ts` processes in webhook mode on one Redis; a round-robin proxy in front
 * receives the emulator's deliveries. What one instance learns (a chosen language, a handled
 * update) the other knows.
 */

import { mkdtempSync } from "node:fs";
import type { Server } from "node:http";
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
import { useRedis } from "../support/redisServer.js";
import { roundRobin } from "../support/roundRobin.js";

const redis = await useRedis();
const TOKEN = "700300400:E2E-scale-out-token-abcdefghijkl";
const SECRET = "scale-out-secret_0123456789";
const BOT_ID = `scale-${process.pid}`;

describe.skipIf(!redis.url)("two instances on one Redis behind a load balancer", () => {
  let emulator: StartedEmulator;
  let control: ControlClient;
  let balancer: { server: Server; served: number[] };
  const instances: RunningProcess[] = [];
  let ports: number[] = [];

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    control = new ControlClient(emulator.url);
    await control.registerBot(TOKEN, { username: "scale_bot", firstName: "Scale" });
    ports = [await freePort(), await freePort()];
    const lbPort = await freePort();
    balancer = roundRobin(ports.map((p) => `http://127.0.0.1:${p}`));
    await new Promise<void>((resolve) => balancer.server.listen(lbPort, "127.0.0.1", resolve));
    for (const port of ports) {
      const instance = startSwitchboard({
        TELEGRAM_BOT_TOKEN: TOKEN,
        BOT_ID,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        BOT_MODE: "webhook",
        WEBHOOK_URL: `http://127.0.0.1:${lbPort}`,
        WEBHOOK_SECRET: SECRET,
        STORAGE_URL: redis.url!,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: mkdtempSync(join(tmpdir(), "sb-scale-")),
        SWITCHBOARD_SECRET_KEY: Buffer.alloc(32, 9).toString("base64"),
        LOG_LEVEL: "info",
      });
      instances.push(instance);
      await instance.waitFor('"msg":"bot started"', 20_000);
    }
  });

  afterAll(async () => {
    await Promise.all(instances.map((i) => i.exit("SIGTERM")));
    await new Promise((resolve) => balancer?.server.close(resolve));
    await emulator?.close();
  });

  it("a language chosen through one instance is used by the other", async () => {
    const user = await control.createUser({ first_name: "Ion", language_code: "en" });
    const reply = async (text: string, match: RegExp) => {
      const sent = await control.sendText(user.id, "scale_bot", text);
      return control.waitForMessage(
        "scale_bot",
        (m) => m.from?.is_bot === true && m.message_id > sent.message_id && match.test(m.text ?? ""),
        8000,
        user.id,
      );
    };
    await control.start(user.id, "scale_bot");
    await reply("/language ro", /Limba setată: română/);
    // The next updates go to the other instance (round robin), which answers in Romanian too.
    expect((await reply("/help", /Comenzi/)).text).toContain("/language — Schimbați limba");
    expect((await reply("/about", /Module: about/)).text).toContain("rulează pe Switchboard");
    expect(balancer.served[0]).toBeGreaterThan(0);
    expect(balancer.served[1]).toBeGreaterThan(0);
  });

  it("an update delivered to both instances is handled once", async () => {
    const user = await control.createUser({ first_name: "Dup", language_code: "en" });
    const started = await control.start(user.id, "scale_bot");
    await control.waitForMessage("scale_bot", (m) => m.message_id > started.message_id, 8000, user.id);
    const update = commandUpdate(880001, { id: user.id, first_name: "Dup" }, "/about");
    const deliveries = await Promise.all(
      ports.map((port) => postWebhook(`http://127.0.0.1:${port}`, BOT_ID, update, SECRET)),
    );
    // One instance handles it; the other answers 200 (already handled) or 503 (being handled:
    // Telegram would deliver it again), never a second answer.
    const statuses = deliveries.map((d) => d.status);
    expect(statuses).toContain(200);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = await Promise.all(
      ports.map((port) => postWebhook(`http://127.0.0.1:${port}`, BOT_ID, update, SECRET)),
    );
    expect(again.map((d) => d.status)).toEqual([200, 200]);
    const answers = (await control.transcript("scale_bot", user.id)).filter((m) =>
      m.text?.includes("runs on Switchboard"),
    );
    expect(answers).toHaveLength(1);
  });
});
