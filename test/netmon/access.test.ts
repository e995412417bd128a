import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMERS, DEMO_LOCATIONS, type StartedPlumeBackend } from "../../backends/plume/index.js";
import { alice, boris, hans, ioana } from "../support/botHarness.js";
import { choose, netmonHarness, outputs, pressButton, setUp, startBackend } from "./netmonHarness.js";

let backend: StartedPlumeBackend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

describe("NETMON_ALLOWED_USERS", () => {
  it("others are told politely that netmon is private, for its commands, buttons and /start hint", async () => {
    const h = await netmonHarness(backend, { config: { NETMON_ALLOWED_USERS: String(alice.id) } });
    const refusal =
      "Sorry, this bot is private. Ask its owner to add your Telegram account if you need access.";
    // /start is the base module's: the welcome, with netmon's line saying it is private.
    const start = outputs(await h.send(boris, "/start"))[0]!;
    expect(start).toMatch(/^Здравствуйте, Борис!/);
    expect(start).toContain(
      "Извините, это частный бот. Если вам нужен доступ, попросите его владельца добавить ваш аккаунт Telegram.",
    );
    expect(start).not.toContain("/setup");
    expect(outputs(await h.send(hans, "/setup"))).toEqual([refusal]);
    expect(outputs(await h.send(hans, "/status"))).toEqual([refusal]);
    // The gate is netmon's alone: the base module's commands still answer.
    expect(outputs(await h.send(ioana, "/help"))[0]).toMatch(/^<b>Comenzi/);
    expect(outputs(await h.send(hans, "/language en"))[0]).toMatch(/^Language set/);
    // In a group, ordinary chatter reaches no module, so nothing answers it.
    const group = { id: -100900, type: "supergroup" as const, title: "NOC" };
    expect(outputs(await h.send(boris, "just chatting", group))).toEqual([]);
    // Buttons too: an allowed user's status, pressed by someone else.
    await setUp(h, alice);
    await choose(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    const status = await h.send(alice, "/status", group);
    const pressed = await pressButton(h, hans, status, "📶 WiFi", group);
    expect(pressed).toEqual([
      {
        method: "answerCallbackQuery",
        payload: expect.objectContaining({ text: "Sorry, this bot is private.", show_alert: true }),
      },
    ]);
    expect(outputs(await h.send(alice, "/start"))[0]).toMatch(/^Hello, Alice!/);
    await h.close();
  });
});

describe("/start", () => {
  it("guides to /setup, then /locations, then /status", async () => {
    const h = await netmonHarness(backend);
    expect(outputs(await h.send(alice, "/start"))[0]).toContain(
      "📡 To monitor Plume locations, connect your Plume API client: /setup",
    );
    await setUp(h, alice);
    expect(outputs(await h.send(alice, "/start"))[0]).toContain(
      "📡 Your Plume client is connected. Next, choose a location: /locations",
    );
    await choose(h, alice, DEMO_CUSTOMERS.bistro, DEMO_LOCATIONS.mainHall);
    expect(outputs(await h.send(alice, "/start"))[0]).toContain(
      "📡 Watching <b>Main Hall</b>. See its health with /status, or change it with /locations.",
    );
    await h.close();
  });

  it("/help lists netmon's commands with their descriptions", async () => {
    const h = await netmonHarness(backend);
    const help = outputs(await h.send(alice, "/help"))[0]!;
    for (const line of [
      "/setup — connect your Plume API client",
      "/status — health of the current location",
      "/alerts — alerts and daily digest for this chat",
      "/logout — forget your Plume credentials",
    ]) {
      expect(help).toContain(line);
    }
    expect(help).not.toContain("/cancel");
    await h.close();
  });
});
