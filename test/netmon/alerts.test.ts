import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  DEMO_CLIENTS,
  DEMO_CUSTOMERS,
  DEMO_LOCATIONS,
  DEMO_NODES,
  type StartedPlumeBackend,
} from "../../backends/plume/index.js";
import { manualClock } from "../../backends/plume/testKit.js";
import { pollAlerts } from "../../src/modules/netmon/alerts/alertPoller.js";
import { createNetmon } from "../../src/modules/netmon/runtime.js";
import type { SendScheduler } from "../../src/platform/sendScheduler/sendScheduler.js";
import { alice, TelegramRefusal } from "../support/botHarness.js";
import {
  configFor,
  type NetmonHarness,
  netmonHarness,
  outputs,
  pressButton,
  setUpAt,
  startBackend,
} from "./netmonHarness.js";

const START = Date.UTC(2024, 11, 2, 8, 40);
let clock: ReturnType<typeof manualClock>;
let backend: StartedPlumeBackend;
beforeEach(async () => {
  clock = manualClock(START);
  backend = await startBackend({ now: clock.now });
});
afterEach(() => backend.close());

// Pacing is the platform send scheduler's, tested there; here messages go out at once.
const noWait = (): SendScheduler => ({ wait: async () => {}, queued: 0 });
const methods = (calls: { method: string }[]) => calls.map((c) => c.method);

/** Runs the alert job once, as the scheduler would, and returns the Bot API calls it made. */
async function poll(h: NetmonHarness) {
  // A second instance on the same store and bot, as another process's alert job would be.
  const netmon = createNetmon(h.services, configFor(backend), h.built.identity, { now: clock.now });
  const before = h.calls.length;
  await pollAlerts(netmon, h.built.bot.api, { throttle: noWait() });
  return h.calls.slice(before);
}

async function subscribedHarness(options: Parameters<typeof netmonHarness>[1] = {}) {
  const h = await netmonHarness(backend, { ...options, netmon: { now: clock.now } });
  await setUpAt(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
  const overview = await h.send(alice, "/alerts");
  const subscribed = await pressButton(h, alice, overview, "🔔 Home");
  return { h, overview, subscribed };
}

describe("alerts", () => {
  it("/alerts offers the current location; subscribing is confirmed and audited", async () => {
    const h = await netmonHarness(backend, { netmon: { now: clock.now } });
    await setUpAt(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    const overview = await h.send(alice, "/alerts");
    expect(outputs(overview)[0]).toBe(
      [
        "🔔 <b>Alerts in this chat</b>",
        "",
        "No location is watched here yet. Tap 🔔 below to watch <b>Home</b>, or choose another one with /locations.",
        "",
        "Daily digest: off.",
        "🔔 watches your current location here, 🗑 stops watching. <code>/alerts digest 8</code> sets the digest hour (UTC), <code>/alerts digest off</code> turns it off.",
      ].join("\n"),
    );
    const subscribed = await pressButton(h, alice, overview, "🔔 Home");
    expect(methods(subscribed)).toEqual(["answerCallbackQuery", "editMessageText", "sendMessage"]);
    expect(outputs(subscribed)).toEqual([
      expect.stringContaining("• <b>Home</b> — active"),
      "🔔 This chat now watches <b>Home</b> (currently online). I check about every 5 min and write here when something changes.",
    ]);
    const audit = await h.services.audit.query({
      module: "netmon",
      target: `location:${DEMO_LOCATIONS.home}`,
    });
    expect(audit.map((r) => [r.action, r.actor])).toEqual([["alerts.subscribe", String(alice.id)]]);
    expect(methods(await poll(h))).toEqual([]);
    await h.close();
  });

  it("subscribing to a location with a pod already down posts that alert at once; its return resolves it", async () => {
    backend.world.setPodState(DEMO_NODES.homeKidsGuest, "disconnected");
    const { h, subscribed } = await subscribedHarness();
    expect(methods(subscribed)).toEqual([
      "answerCallbackQuery",
      "editMessageText",
      "sendMessage",
      "sendMessage",
    ]);
    const alert = subscribed[3]!.payload;
    expect(alert.text).toBe(
      "🔴 Pod <b>Kid's &amp; Guest</b> at <b>Home</b> is disconnected. Since 2024-12-02 08:40 UTC.",
    );
    expect(alert.reply_markup.inline_keyboard.flat().map((b: { text: string }) => b.text)).toEqual([
      "🔕 1 h",
      "🔕 4 h",
      "🔕 24 h",
    ]);
    expect(methods(await poll(h))).toEqual([]); // told once
    clock.advance(3 * 60_000);
    backend.world.setPodState(DEMO_NODES.homeKidsGuest, "connected");
    const up = await poll(h);
    expect(methods(up)).toEqual(["editMessageText", "sendMessage"]);
    expect(up[0]?.payload.message_id).toBe(h.messageIds.get(alert));
    await h.close();
  });

  it("a pod going down is told once, with Silence buttons; coming back resolves the alert in place", async () => {
    const { h } = await subscribedHarness();
    clock.advance(60_000);
    backend.world.setPodState(DEMO_NODES.homeKidsGuest, "disconnected");
    const down = await poll(h);
    expect(methods(down)).toEqual(["sendMessage"]);
    expect(down[0]?.payload.text).toBe(
      "🔴 Pod <b>Kid's &amp; Guest</b> at <b>Home</b> is disconnected. Since 2024-12-02 08:41 UTC.",
    );
    expect(down[0]?.payload.reply_markup.inline_keyboard.flat().map((b: { text: string }) => b.text)).toEqual(
      ["🔕 1 h", "🔕 4 h", "🔕 24 h"],
    );
    const alertId = h.messageIds.get(down[0]!.payload);

    clock.advance(5 * 60_000);
    expect(methods(await poll(h))).toEqual([]); // still down: nothing new to say

    clock.advance(2 * 60_000);
    backend.world.setPodState(DEMO_NODES.homeKidsGuest, "connected");
    const up = await poll(h);
    expect(methods(up)).toEqual(["editMessageText", "sendMessage"]);
    expect(up[0]?.payload).toMatchObject({
      message_id: alertId,
      text: "✅ <b>Resolved</b> at 08:48 UTC, after 7 min:\n🔴 Pod <b>Kid's &amp; Guest</b> at <b>Home</b> is disconnected. Since 2024-12-02 08:41 UTC.",
    });
    expect(up[0]?.payload.reply_markup).toBeUndefined();
    expect(up[1]?.payload.text).toBe(
      "🟢 Pod <b>Kid's &amp; Guest</b> at <b>Home</b> is connected again after 7 min.",
    );
    await h.close();
  });

  it("silenced: no new messages until the silence ends, but alerts still resolve in place", async () => {
    const { h } = await subscribedHarness();
    backend.world.setPodState(DEMO_NODES.homeKidsGuest, "disconnected");
    const down = await poll(h);
    const silenced = await pressButton(h, alice, down, "🔕 1 h");
    expect(methods(silenced)).toEqual(["answerCallbackQuery", "editMessageReplyMarkup"]);
    expect(silenced[0]?.payload.text).toBe("Alerts for Home are silenced until 2024-12-02 09:40 UTC.");
    expect(
      silenced[1]?.payload.reply_markup.inline_keyboard.flat().map((b: { text: string }) => b.text),
    ).toEqual(["🔔 Unsilence"]);

    clock.advance(60_000);
    backend.world.setPodState(DEMO_NODES.homeKidsGuest, "connected");
    expect(methods(await poll(h))).toEqual(["editMessageText"]); // resolved, silently
    backend.world.setPodState(DEMO_NODES.homeGateway, "disconnected");
    expect(methods(await poll(h))).toEqual([]); // a new problem, but silenced

    clock.advance(60 * 60_000);
    backend.world.setPodState(DEMO_NODES.homeGateway, "connected");
    const after = await poll(h);
    expect(methods(after)).toEqual(["sendMessage"]); // silence over: the recovery is told
    expect(after[0]?.payload.text).toMatch(
      /^🟢 Pod <b>Living_Room &lt;2&gt;<\/b> at <b>Home<\/b> is connected again/,
    );
    const audit = await h.services.audit.query({ module: "netmon", actor: String(alice.id) });
    expect(audit.map((r) => r.action)).toContain("alerts.silence");
    await h.close();
  });

  it("a whole location going offline is one alert, and its return resolves it", async () => {
    const { h } = await subscribedHarness();
    for (const pod of [DEMO_NODES.homeGateway, DEMO_NODES.homeKidsGuest, "1F00A1C003"]) {
      backend.world.setPodState(pod, "disconnected");
    }
    const down = await poll(h);
    expect(outputs(down)).toEqual([
      "🔴 <b>Home</b> is offline: no pod is connected. Since 2024-12-02 08:40 UTC.",
    ]);
    clock.advance(10 * 60_000);
    backend.world.reset();
    const up = await poll(h);
    expect(methods(up)).toEqual(["editMessageText", "sendMessage"]);
    expect(up[1]?.payload.text).toBe("🟢 <b>Home</b> is back online after 10 min.");
    await h.close();
  });

  it("a service level change is told, and its return to full service too", async () => {
    const { h } = await subscribedHarness();
    backend.world.setServiceLevel(DEMO_LOCATIONS.home, "basicService");
    expect(outputs(await poll(h))).toEqual([
      "🟠 Service level at <b>Home</b> is now <code>basicService</code>. Since 2024-12-02 08:40 UTC.",
    ]);
    backend.world.setServiceLevel(DEMO_LOCATIONS.home, null);
    expect(outputs(await poll(h)).at(-1)).toBe(
      "🟢 Service level at <b>Home</b> is no longer <code>basicService</code>.",
    );
    await h.close();
  });

  it("subscriptions and open alerts survive a restart: the alert raised before is resolved after", async () => {
    const { h } = await subscribedHarness();
    backend.world.setPodState(DEMO_NODES.homeKidsGuest, "disconnected");
    const down = await poll(h);
    const alertId = h.messageIds.get(down[0]!.payload);

    const restarted = (await netmonHarness(backend, {
      services: h.services,
      netmon: { now: clock.now },
    })) as NetmonHarness;
    expect(methods(await poll(restarted))).toEqual([]); // no repeat after the restart
    clock.advance(3 * 60_000);
    backend.world.setPodState(DEMO_NODES.homeKidsGuest, "connected");
    const up = await poll(restarted);
    expect(up[0]).toMatchObject({ method: "editMessageText", payload: { message_id: alertId } });
    await h.close();
  });

  it("/alerts lists and removes subscriptions", async () => {
    const { h } = await subscribedHarness();
    const overview = await h.send(alice, "/alerts");
    expect(outputs(overview)[0]).toContain("• <b>Home</b> — active");
    const removed = await pressButton(h, alice, overview, "🗑 Home");
    expect(removed[0]?.payload.text).toBe("No longer watching Home.");
    expect(outputs(removed)[0]).toContain("No location is watched here yet.");
    backend.world.setPodState(DEMO_NODES.homeKidsGuest, "disconnected");
    expect(methods(await poll(h))).toEqual([]);
    const audit = await h.services.audit.query({ module: "netmon", actor: String(alice.id) });
    expect(audit.map((r) => r.action)).toContain("alerts.unsubscribe");
    await h.close();
  });

  it("a daily digest is sent once a day at the chosen UTC hour", async () => {
    const { h } = await subscribedHarness();
    expect(outputs(await h.send(alice, "/alerts digest 25"))[0]).toMatch(/^Give the digest hour in UTC/);
    expect(outputs(await h.send(alice, "/alerts digest 9"))).toEqual([
      "Daily digest: every day at 09:00 UTC.",
    ]);
    expect(methods(await poll(h))).toEqual([]); // 08:40
    clock.advance(25 * 60_000);
    const digest = await poll(h);
    expect(outputs(digest)).toEqual([
      "🗓 <b>Daily digest</b> · 2024-12-02\n\n🟢 <b>Home</b> — online · 3/3 pods connected · 13 devices",
    ]);
    clock.advance(30 * 60_000);
    expect(methods(await poll(h))).toEqual([]);
    expect(outputs(await h.send(alice, "/alerts digest off"))).toEqual(["Daily digest: off."]);
    await h.close();
  });

  it("refused credentials pause the chat's alerts once, and they resume by themselves", async () => {
    const { h } = await subscribedHarness();
    backend.faults.revokeClient(DEMO_CLIENTS.northwind.clientId);
    expect(outputs(await poll(h))).toEqual([
      "⚠️ Alerts for <b>Home</b> are paused: Plume no longer accepts the credentials of the person who subscribed. They should run /setup again.",
    ]);
    expect(methods(await poll(h))).toEqual([]);
    backend.faults.restoreClient(DEMO_CLIENTS.northwind.clientId);
    expect(outputs(await poll(h))).toEqual(["🔔 Alerts for <b>Home</b> work again."]);
    await h.close();
  });

  it("/logout stops the alerts polled with the user's credentials", async () => {
    const { h } = await subscribedHarness();
    expect(outputs(await h.send(alice, "/logout"))).toEqual([
      "👋 Your Plume credentials, token and location are forgotten, and the one alert subscription that used them is removed.",
    ]);
    expect(await h.services.storage.listKeys("netmon:test:sub:")).toEqual([]);
    await h.close();
  });

  it("a chat that blocked the bot loses its subscriptions", async () => {
    const { h } = await subscribedHarness({
      answers: {
        sendMessage: (payload) =>
          String(payload.text).startsWith("🔴")
            ? new TelegramRefusal(403, "Forbidden: bot was blocked by the user")
            : { message_id: 1, date: 0, chat: { id: payload.chat_id, type: "private" }, text: payload.text },
      },
    });
    backend.world.setPodState(DEMO_NODES.homeKidsGuest, "disconnected");
    await poll(h);
    expect(await h.services.storage.listKeys("netmon:test:sub:")).toEqual([]);
    await h.close();
  });

  it("in a group only administrators may change alerts", async () => {
    const admins = new Set([alice.id]);
    const h = await netmonHarness(backend, {
      netmon: { now: clock.now },
      answers: {
        getChatMember: (p) => ({
          status: admins.has(p.user_id) ? "administrator" : "member",
          user: { id: p.user_id, is_bot: false, first_name: "x" },
        }),
      },
    });
    await setUpAt(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    const group = { id: -100500, type: "supergroup" as const, title: "NOC" };
    const overview = await h.send(alice, "/alerts", group);
    admins.clear();
    const refused = await pressButton(h, alice, overview, "🔔 Home", group);
    expect(methods(refused)).toEqual(["getChatMember", "answerCallbackQuery"]);
    expect(refused[1]?.payload).toMatchObject({
      text: "Only the group's administrators can change its alerts.",
      show_alert: true,
    });
    admins.add(alice.id);
    const ok = await pressButton(h, alice, overview, "🔔 Home", group);
    expect(outputs(ok).at(-1)).toMatch(/^🔔 This chat now watches <b>Home<\/b>/);
    backend.world.setPodState(DEMO_NODES.homeKidsGuest, "disconnected");
    const down = await poll(h);
    expect(down[0]?.payload.chat_id).toBe(group.id);
    await h.close();
  });
});
