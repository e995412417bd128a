/**
 * netmon end to end: a person in the emulator's chat, the real bot (kernel, SQLite, long
 * polling), the reference Plume backend with its faults. What the tests read is what the person
 * would see: message texts after entity parsing, buttons, photos, deletions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  basicAuthHeader,
  DEMO_CLIENTS,
  DEMO_LOCATIONS,
  DEMO_NODES,
  DEMO_PARTNERS,
  type StartedPlumeBackend,
  startPlumeBackend,
} from "../../backends/plume/index.js";
import { createNetmonModule, netmonConfigSchema } from "../../src/modules/netmon/index.js";
import { type ChatDriver, LiveStack } from "../support/liveStack.js";

const TOKEN = "800100200:E2E-netmon-bot-token-abcdefghijk";
const HEADER = basicAuthHeader(DEMO_CLIENTS.northwind.clientId, DEMO_CLIENTS.northwind.clientSecret);
const PARTNER = DEMO_PARTNERS.northwind.id;
const PNG_SIGNATURE = "89504e470d0a1a0a";

let backend: StartedPlumeBackend;
let stack: LiveStack;
const netmon = createNetmonModule();
let config: ReturnType<typeof netmonConfigSchema.parse>;

beforeAll(async () => {
  backend = await startPlumeBackend({ port: 0, flapping: false });
  config = netmonConfigSchema.parse({
    PLUME_SSO_URL: backend.ssoTokenUrl,
    PLUME_API_BASE: backend.apiBase,
    PLUME_REPORTS_BASE: backend.reportsBase,
    PLUME_TIMEOUT_MS: 800,
    NETMON_ALERT_INTERVAL: 3600,
  });
  stack = await LiveStack.start({
    token: TOKEN,
    username: "netmon_e2e_bot",
    firstName: "Panoptes",
    modules: [{ module: netmon, config }],
  });
});
afterAll(async () => {
  await stack?.close();
  await backend?.close();
});

/** Runs the alerts job once, as the scheduler would; `watcher`'s next reply is what it posts. */
async function pollAlerts(watcher?: ChatDriver) {
  await watcher?.mark();
  const job = stack.built.modules.find((m) => m.name === "netmon")?.instance.jobs?.[0];
  if (!job) throw new Error("netmon has no alerts job");
  await job.run({});
}

/**
 * Waits until /status works again: after a burst of timeouts the circuit breaker stays open for
 * its cool-down (10 s) before it lets a probe through, which is the behaviour we want.
 */
async function recovered(user: ChatDriver) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const answer = await user.ask("/status", /All systems operational|Error id/, 10_000);
    if (/All systems operational/.test(answer.text ?? "")) return;
    if (Date.now() > deadline) throw new Error(`/status did not recover: ${answer.text}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function setUp(user: ChatDriver) {
  await user.ask("/setup", /step 1 of 2/);
  await user.ask(HEADER, /step 2 of 2/);
  await user.ask(PARTNER, /Connected to Plume/);
}

async function chooseHome(user: ChatDriver) {
  // One customer matches: the bot goes straight to that customer's locations.
  const list = await user.ask("Popescu", /Ana Popescu has 2 locations/);
  await user.press(list, /Home$/);
  await user.edited(list.message_id, /Watching Home/);
}

describe("netmon through the emulator", () => {
  let ana: ChatDriver;

  it("/setup refuses a wrong header, accepts the right one, and deletes both from the chat", async () => {
    ana = await stack.user("Ana");
    const start = await ana.ask("/start", /connect your Plume API client: \/setup/);
    expect(start.text).toContain("Hello, Ana!");
    await ana.ask("/setup", /step 1 of 2/);
    const wrong = await ana.send("Bearer abc.def.ghi");
    await ana.reply(/not a Basic Authorization header/);
    const right = await ana.send(HEADER);
    await ana.reply(/step 2 of 2/);
    await ana.ask(PARTNER, /Connected to Plume as partner eb0af9d0a7ab946dcb3b8ef5/);
    const transcript = await ana.transcript();
    expect(transcript.find((m) => m.message_id === wrong.message_id)?.deleted).toBe(true);
    expect(transcript.find((m) => m.message_id === right.message_id)?.deleted).toBe(true);
    const visible = transcript.filter((m) => !m.deleted).map((m) => m.text ?? "");
    expect(visible.join("\n")).not.toContain(HEADER.slice("Basic ".length));
  });

  it("/locations finds the customer by name and lists its locations as buttons", async () => {
    await ana.ask("/locations", /Choose a location/);
    await chooseHome(ana);
  });

  it("/status renders the health report with pod names exactly as written", async () => {
    const status = await ana.ask("/status", /All systems operational/);
    expect(status.text).toContain("Living_Room <2>");
    expect(status.text).toContain("Kid's & Guest");
    const bold = status.entities
      ?.filter((e) => e.type === "bold")
      .map((e) => status.text!.slice(e.offset, e.offset + e.length));
    expect(bold).toContain("Online");
    expect(status.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual([
      "📈 WAN",
      "📊 Stats",
      "🧩 Nodes",
      "📶 WiFi",
      "🔄 Refresh",
      "📍 Change location",
    ]);
  });

  it("the WAN button sends the consumption report with a PNG chart", async () => {
    const status = await ana.ask("/status", /All systems operational/);
    await ana.press(status, "📈 WAN");
    const wan = await ana.reply(/WAN consumption/);
    expect(wan.photo?.length).toBeGreaterThan(0);
    expect(wan.caption).toMatch(/average of 15-min peaks/i);
    const png = await stack.control.download(wan.download_url!);
    expect(png.subarray(0, 8).toString("hex")).toBe(PNG_SIGNATURE);
    expect(png.length).toBeGreaterThan(5000);
  });

  it("/stats switches range in place, and pressing the current range changes nothing", async () => {
    const stats = await ana.ask("/stats", /Last 24 hours, hourly samples/);
    await ana.press(stats, "7 d");
    const week = await ana.edited(stats.message_id, /Last 7 days, hourly samples/);
    expect(week.message_id).toBe(stats.message_id);
    const answer = await ana.press(week, "✓ 7 d");
    expect(answer.answered).toBe(true);
    const after = (await ana.transcript()).find((m) => m.message_id === stats.message_id);
    expect(after?.edit_date).toBe(week.edit_date);
  });

  it("/nodes and /wifi list pods and networks, never a WiFi key", async () => {
    const nodes = await ana.ask("/nodes", /Living_Room <2>/);
    expect(nodes.text).toMatch(/[0-9A-F]{2}(:[0-9A-F]{2}){5}/i);
    const wifi = await ana.ask("/wifi", /WPA/);
    expect(wifi.text).not.toMatch(/encryptionKey|passphrase|password/i);
  });

  it("Change location from a report starts the location flow, and its answer is handled", async () => {
    const status = await ana.ask("/status", /All systems operational/);
    await ana.press(status, "📍 Change location");
    await ana.reply(/Choose a location/);
    await chooseHome(ana);
  });

  it("an expired token is renewed silently", async () => {
    backend.faults.revokeTokens();
    const status = await ana.ask("/status", /All systems operational|Plume/);
    expect(status.text).toContain("All systems operational");
  });

  it("malformed JSON, 429, 5xx and a timeout are each answered clearly, and the bot keeps serving", async () => {
    // Ordered so that only the last fault can open the circuit breaker.
    const cases = [
      {
        fault: { malformedJson: true },
        expected: /^Plume API sent an answer we could not read\. .*Error id: [0-9a-f]{8}$/,
      },
      {
        fault: { rateLimitNext: 10, retryAfterSec: 120 },
        expected: /^Plume API is busy\. Please try again in 120 s\./,
      },
      { fault: { errorRate: 1, errorStatus: 503 }, expected: /^Plume API is unavailable right now\./ },
      { fault: { hang: true }, expected: /^Plume API did not answer in time\./ },
    ];
    for (const { fault, expected } of cases) {
      backend.faults.set(fault);
      const answer = await ana.ask("/status", /Error id/, 10_000);
      expect(answer.text).toMatch(expected);
      // The bot keeps serving other requests during the outage.
      await ana.ask("/help", /Commands/);
      backend.faults.reset();
      await recovered(ana);
    }
  });

  it("a revoked client is asked to run /setup again", async () => {
    backend.faults.revokeClient(DEMO_CLIENTS.northwind.clientId);
    backend.faults.revokeTokens();
    await ana.ask("/status", /no longer accepts your stored client credentials.*\/setup again/s);
    backend.faults.restoreClient(DEMO_CLIENTS.northwind.clientId);
    await setUp(ana);
    await ana.ask("/status", /All systems operational/);
  });

  it("a restart in the middle of /setup loses nothing", async () => {
    const boris = await stack.user("Борис", "ru");
    await boris.ask("/setup", /шаг 1 из 2/i);
    await boris.ask(HEADER, /шаг 2 из 2/i);
    await stack.restart();
    await boris.ask(PARTNER, /Plume подключён/);
  });

  it("after a restart the user's setup and location are still there", async () => {
    await stack.restart();
    await ana.ask("/status", /All systems operational/);
  });

  it("alerts: a pod going down is posted, its return resolves it, silence holds, and it survives a restart", async () => {
    const kids = DEMO_NODES.homeKidsGuest;
    const alerts = await ana.ask("/alerts", /Alerts in this chat/);
    await ana.press(alerts, /^🔔 Home/);
    await ana.reply(/now watches Home/);
    await pollAlerts(); // the baseline: nothing to tell

    backend.world.setPodState(kids, "disconnected");
    await pollAlerts(ana);
    const down = await ana.reply(/Pod Kid's & Guest at Home is disconnected/);
    expect(down.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual([
      "🔕 1 h",
      "🔕 4 h",
      "🔕 24 h",
    ]);

    backend.world.setPodState(kids, "connected");
    await pollAlerts(ana);
    await ana.edited(down.message_id, /Resolved/);
    await ana.reply(/Kid's & Guest at Home is connected again/);

    // Down again, then silenced for an hour: the next change is not posted.
    backend.world.setPodState(kids, "disconnected");
    await pollAlerts(ana);
    const again = await ana.reply(/Pod Kid's & Guest at Home is disconnected/);
    await ana.press(again, "🔕 1 h");
    await ana.ask("/alerts", /silenced until/);
    const before = (await ana.transcript()).length;
    backend.world.setPodState(kids, "connected");
    await pollAlerts();
    backend.world.setPodState(kids, "disconnected");
    await pollAlerts();
    const posted = (await ana.transcript()).slice(before).filter((m) => /Kid's & Guest/.test(m.text ?? ""));
    expect(posted).toEqual([]);

    // A new process: the subscription, the silence and the last known state are still there.
    await stack.restart();
    const panel = await ana.ask("/alerts", /silenced until/);
    const answer = await ana.press(panel, "🔔 Unsilence · Home");
    expect(answer.text).toBe("Alerts for Home are on again.");
    await ana.edited(panel.message_id, /Alerts in this chat/);
    backend.world.setPodState(kids, "connected");
    await pollAlerts(ana);
    await ana.reply(/Kid's & Guest at Home is connected again/);
    backend.world.setPodState(kids, "auto");
  });

  it("an offline location is reported offline", async () => {
    const storage = await stack.user("Olga");
    await setUp(storage);
    await storage.ask("/locations", /Choose a location/);
    const list = await storage.ask("Bistro", /has 3 locations/);
    await storage.press(list, /Storage$/);
    await storage.edited(list.message_id, /Watching Storage/);
    const status = await storage.ask("/status", /Offline/);
    expect(status.text).toMatch(/All \d+ pods are disconnected\.|The only pod is disconnected\./);
    expect(DEMO_LOCATIONS.storage).toMatch(/^[0-9a-f]{24}$/);
  });
});
