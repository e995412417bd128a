import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_CUSTOMERS,
  DEMO_LOCATIONS,
  DEMO_NODES,
  type StartedPlumeBackend,
} from "../../backends/plume/index.js";
import { alice, boris, hans } from "../support/botHarness.js";
import {
  buttonsOf,
  netmonHarness,
  outputs,
  pressButton,
  setUp,
  setUpAt,
  startBackend,
} from "./netmonHarness.js";

let backend: StartedPlumeBackend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());
afterEach(() => backend.reset());

const methods = (calls: { method: string }[]) => calls.map((c) => c.method);
const labels = (calls: Parameters<typeof buttonsOf>[0]) => buttonsOf(calls).map((b) => b.text);

describe("reports", () => {
  it("/status before a location is chosen says to choose one", async () => {
    const h = await netmonHarness(backend);
    await setUp(h, alice);
    expect(outputs(await h.send(alice, "/status"))).toEqual(["Choose a location first: /locations"]);
    await h.close();
  });

  it("/status shows pods named `Living_Room <2>` and `Kid's & Guest` exactly, with every navigation button", async () => {
    const h = await netmonHarness(backend);
    await setUpAt(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    const status = await h.send(alice, "/status");
    expect(methods(status)).toEqual(["sendMessage"]);
    const [text] = outputs(status);
    expect(text).toMatch(
      /^📡 <b>Home<\/b> · Ana Popescu\n🟢 <b>Online<\/b> · as of \d\d:\d\d UTC\nAll systems operational\.\n\n<b>Pods<\/b> \(3 of 3 connected\)\n/,
    );
    expect(text).toContain("🟢 <b>Living_Room &lt;2&gt;</b> — excellent · Wired · 7 devices");
    expect(text).toContain("🟢 <b>Kid's &amp; Guest</b> — good · Mesh · 4 devices");
    expect(text).toContain("⬇️ 512.4 Mbps · ⬆️ 98.7 Mbps · ⏱ 9 ms");
    expect(text).toContain("<b>Connected devices:</b> 13");
    expect(labels(status)).toEqual([
      "📈 WAN",
      "📊 Stats",
      "🧩 Nodes",
      "📶 WiFi",
      "🔄 Refresh",
      "📍 Change location",
    ]);
    await h.close();
  });

  it("every button under /status opens its report; Refresh edits only when something changed", async () => {
    const h = await netmonHarness(backend);
    await setUpAt(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    const status = await h.send(alice, "/status");

    const wan = await pressButton(h, alice, status, "📈 WAN");
    expect(methods(wan)).toEqual(["answerCallbackQuery", "sendPhoto"]);
    expect(outputs(wan)[0]).toMatch(/^📈 <b>WAN consumption<\/b> · Home\nLast 24 h/);
    // The photo is uploaded as a PNG file part (the harness reports its name and size).
    const upload = Object.values(wan[1]!.payload).find((v) => v?.file === "chart.png");
    expect(upload?.size).toBeGreaterThan(5_000);

    const stats = await pressButton(h, alice, status, "📊 Stats");
    expect(methods(stats)).toEqual(["answerCallbackQuery", "sendPhoto"]);
    expect(outputs(stats)[0]).toMatch(/^📊 <b>Online history<\/b> · Home\nLast 24 hours, hourly samples\n/);

    const nodes = await pressButton(h, alice, status, "🧩 Nodes");
    expect(outputs(nodes)[0]).toMatch(
      /^🧩 <b>Pods<\/b> · Home \(3\)\n\n<b>Living_Room &lt;2&gt;<\/b> · SuperPod\n🟢 connected since /,
    );

    const wifi = await pressButton(h, alice, status, "📶 WiFi");
    expect(outputs(wifi)[0]).toBe(
      "📶 <b>WiFi networks</b> · Home\n\n✅ <b>Popescu_Home</b> — WPA2/WPA3-Personal (<code>sae-mixed</code>)\n⛔ <b>Popescu Guest &lt;5G&gt;</b> — WPA2-Personal (<code>psk2</code>) · disabled",
    );
    expect(JSON.stringify(wifi)).not.toContain("demo-key");

    const unchanged = await pressButton(h, alice, status, "🔄 Refresh");
    expect(methods(unchanged)).toEqual(["answerCallbackQuery"]);
    expect(unchanged[0]?.payload.text).toBe("Already up to date.");

    backend.world.setPodState(DEMO_NODES.homeKidsGuest, "disconnected");
    const changed = await pressButton(h, alice, status, "🔄 Refresh");
    expect(methods(changed)).toEqual(["editMessageText", "answerCallbackQuery"]);
    expect(outputs(changed)[0]).toContain("• 1 pod is disconnected (of 3).");
    expect(outputs(changed)[0]).toContain("🔴 <b>Kid's &amp; Guest</b> — disconnected since ");
    // Pressing Refresh on the edited message, with nothing new, does nothing.
    expect(methods(await pressButton(h, alice, changed, "🔄 Refresh"))).toEqual(["answerCallbackQuery"]);
    await h.close();
  });

  it("/wan is a chart with the summary as caption; 7 d edits it in place; the same range again edits nothing", async () => {
    const h = await netmonHarness(backend);
    await setUpAt(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    const day = await h.send(alice, "/wan");
    expect(methods(day)).toEqual(["sendPhoto"]);
    const caption = outputs(day)[0]!;
    expect(caption.length).toBeLessThanOrEqual(1024);
    expect(caption).toContain("Average throughput: ⬇️ ");
    expect(caption).toContain("Average of 15-min peaks: ⬇️ ");
    expect(caption).toContain("95th percentile of 15-min peaks: ⬇️ ");
    expect(caption).toMatch(/Data quality: \d+\.\d % \(\d+ of 96 samples\)$/);
    expect(labels(day)).toEqual(["✓ 24 h", "7 d", "📡 Status", "📍 Change location"]);

    const week = await pressButton(h, alice, day, "7 d");
    expect(methods(week)).toEqual(["editMessageMedia", "answerCallbackQuery"]);
    expect(week[0]?.payload.media).toMatchObject({ type: "photo", parse_mode: "HTML" });
    expect(week[0]?.payload.media.caption).toMatch(
      /^📈 <b>WAN consumption<\/b> · Home\nLast 7 days .*\(\d+ of 672 samples\)$/s,
    );
    expect(labels(week)).toEqual(["24 h", "✓ 7 d", "📡 Status", "📍 Change location"]);

    const again = await pressButton(h, alice, week, "✓ 7 d");
    expect(methods(again)).toEqual(["answerCallbackQuery"]);
    const back = await pressButton(h, alice, week, "24 h");
    expect(methods(back)).toEqual(["editMessageMedia", "answerCallbackQuery"]);
    await h.close();
  });

  it("/stats switches 3 h / 24 h / 7 d in place and leaves the message alone when nothing changed", async () => {
    const h = await netmonHarness(backend);
    await setUpAt(h, alice, DEMO_CUSTOMERS.bistro, DEMO_LOCATIONS.storage);
    const day = await h.send(alice, "/stats");
    expect(methods(day)).toEqual(["sendPhoto"]);
    expect(outputs(day)[0]).toMatch(/Samples: \d+ online · \d+ offline · \d+ intermittent\nNow: 🔴 offline$/);
    expect(labels(day)).toEqual(["3 h", "✓ 24 h", "7 d", "📡 Status", "📍 Change location"]);
    const three = await pressButton(h, alice, day, "3 h");
    expect(methods(three)).toEqual(["editMessageMedia", "answerCallbackQuery"]);
    expect(three[0]?.payload.media.caption).toContain(
      "Last 3 hours, hourly samples\n\nUptime: <b>0.0 %</b> <code>░░░░░░░░</code> Critical",
    );
    const week = await pressButton(h, alice, three, "7 d");
    expect(week[0]?.payload.media.caption).toContain("Last 7 days, hourly samples");
    expect(methods(await pressButton(h, alice, week, "✓ 7 d"))).toEqual(["answerCallbackQuery"]);
    await h.close();
  });

  it("/nodes and /wifi have a Refresh that does nothing when nothing changed", async () => {
    const h = await netmonHarness(backend);
    await setUpAt(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.countryHouse);
    const nodes = await h.send(alice, "/nodes");
    expect(outputs(nodes)[0]).toContain("<b>Barn *loft*</b> · SuperPod\n🔴 disconnected since ");
    expect(labels(nodes)).toEqual(["🔄 Refresh", "📡 Status", "📍 Change location"]);
    expect(methods(await pressButton(h, alice, nodes, "🔄 Refresh"))).toEqual(["answerCallbackQuery"]);
    const status = await pressButton(h, alice, nodes, "📡 Status");
    expect(outputs(status)[0]).toContain("• 1 pod is disconnected (of 3).");
    const wifi = await h.send(alice, "/wifi");
    expect(methods(await pressButton(h, alice, wifi, "🔄 Refresh"))).toEqual(["answerCallbackQuery"]);
    await h.close();
  });

  it("health cases read right: offline, no pods, degraded, health issues", async () => {
    const h = await netmonHarness(backend);
    await setUp(h, alice);
    const statusOf = async (customer: string, location: string) => {
      const { choose } = await import("./netmonHarness.js");
      await choose(h, alice, customer, location);
      return outputs(await h.send(alice, "/status"))[0]!;
    };
    expect(await statusOf(DEMO_CUSTOMERS.bistro, DEMO_LOCATIONS.storage)).toMatch(
      /^📡 <b>Storage<\/b> · Bistro \*Central\* &amp; Co_\n🔴 <b>Offline<\/b> · as of \d\d:\d\d UTC\n• All 2 pods are disconnected\./,
    );
    expect(await statusOf(DEMO_CUSTOMERS.bistro, DEMO_LOCATIONS.terrace)).toMatch(
      /🔴 <b>Offline<\/b> · as of \d\d:\d\d UTC\n• No pods found at this location\./,
    );
    expect(await statusOf(DEMO_CUSTOMERS.dmitri, DEMO_LOCATIONS.apartment)).toMatch(
      /🟠 <b>Degraded service<\/b> · as of \d\d:\d\d UTC\n• Service level is <code>basicService<\/code>, not full service\./,
    );
    const mainHall = await statusOf(DEMO_CUSTOMERS.bistro, DEMO_LOCATIONS.mainHall);
    expect(mainHall).toMatch(
      /🟠 <b>Online, with problems<\/b> · as of \d\d:\d\d UTC\n• 1 pod is disconnected/,
    );
    expect(mainHall).toContain("• 1 pod is disconnected (of 5).\n• 3 pods have health issues.");
    expect(mainHall).toContain("🟢 <b>Bar_Counter</b>");
    expect(mainHall).toContain("🟡 <b>Dining &lt;Room&gt;</b> — fair");
    expect(mainHall).toContain("No speed test has run at this location yet.");
    await h.close();
  });

  it("speaks the user's language: Russian, Romanian and Kazakh reports", async () => {
    const h = await netmonHarness(backend);
    await setUpAt(h, boris, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.countryHouse);
    expect(outputs(await h.send(boris, "/status"))[0]).toContain("• 1 под отключён (из 3).");
    const wan = await h.send(boris, "/wan");
    expect(outputs(wan)[0]).toContain("Средняя пропускная способность: ⬇️ ");
    await h.send(boris, "/language ro");
    expect(outputs(await h.send(boris, "/status"))[0]).toContain("• 1 pod este deconectat (din 3).");
    await h.send(boris, "/language kk");
    expect(outputs(await h.send(boris, "/status"))[0]).toContain("• 1 под ажыратылған (барлығы 3).");
    expect(outputs(await h.send(boris, "/wan"))[0]).toContain("Орташа өткізу қабілеті: ⬇️ ");
    await h.close();
  });

  it("a slow backend shows 'typing…' while the report is prepared", async () => {
    const h = await netmonHarness(backend);
    await setUpAt(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    backend.faults.set({ latencyMs: 900 });
    const calls = await h.send(alice, "/wifi");
    expect(calls[0]).toMatchObject({ method: "sendChatAction", payload: { action: "typing" } });
    expect(methods(calls).at(-1)).toBe("sendMessage");
    await h.close();
  });

  it("a report button pressed by someone without /setup tells them how to start", async () => {
    const h = await netmonHarness(backend);
    await setUpAt(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    const group = { id: -100300, type: "supergroup" as const, title: "NOC" };
    const status = await h.send(alice, "/status", group);
    const pressed = await pressButton(h, hans, status, "📶 WiFi", group);
    expect(pressed).toEqual([
      {
        method: "answerCallbackQuery",
        payload: expect.objectContaining({
          text: "First connect your Plume API client: send /setup to me in a private chat.",
          show_alert: true,
        }),
      },
    ]);
    await h.close();
  });
});
