import { describe, expect, it } from "vitest";
import { analyzeLocationHealth } from "../../../src/modules/netmon/domain/locationHealth.js";
import type { PlumeLocation, PlumeNode } from "../../../src/modules/netmon/domain/schemas.js";
import { alertText, renderStatus } from "../../../src/modules/netmon/views/status.js";
import { translator } from "../translate.js";

const NOW = Date.UTC(2024, 11, 2, 14, 37);
const t = translator("en");

function node(id: string, nickname: string, rest: Partial<PlumeNode> = {}): PlumeNode {
  return {
    id,
    nickname,
    connectionState: "connected",
    connectionStateChangeAt: "2024-11-30T08:00:00.000Z",
    health: { status: "excellent", score: 5 },
    backhaulType: "wifi",
    alerts: [],
    connectedDeviceCount: 2,
    ...rest,
  };
}

const home: PlumeLocation = {
  id: "65c0d1e2f3a4b5c6d7e80001",
  name: "Home",
  serviceLevel: { status: "fullService" },
  speedTest: {
    status: "succeeded",
    download: 512.4,
    upload: 98.7,
    rtt: 9,
    endedAt: "2024-12-02T11:00:00.000Z",
    isp: "Northwind Fiber",
  },
};

describe("status view", () => {
  it("a healthy location: names with _ < > & shown exactly, devices summed, speed test", () => {
    const health = analyzeLocationHealth(home, [
      node("A1", "Living_Room <2>", { backhaulType: "ethernet", connectedDeviceCount: 7 }),
      node("A2", "Kid's & Guest", { health: { status: "good", score: 4 }, connectedDeviceCount: 4 }),
    ]);
    expect(renderStatus(health, { locationName: "Home", customerName: "Ana & Co <1>" }, t, NOW)).toBe(
      [
        "📡 <b>Home</b> · Ana &amp; Co &lt;1&gt;",
        "🟢 <b>Online</b> · as of 14:37 UTC",
        "All systems operational.",
        "",
        "<b>Pods</b> (2 of 2 connected)",
        "🟢 <b>Living_Room &lt;2&gt;</b> — excellent · Wired · 7 devices",
        "🟢 <b>Kid's &amp; Guest</b> — good · Mesh · 4 devices",
        "",
        "<b>Speed test</b>",
        "⬇️ 512.4 Mbps · ⬆️ 98.7 Mbps · ⏱ 9 ms",
        "<i>2024-12-02 11:00 UTC · Northwind Fiber</i>",
        "",
        "<b>Connected devices:</b> 11",
      ].join("\n"),
    );
  });

  it("one pod down: '1 pod is disconnected' (the seed said '1 pod are'), since when, stale devices not counted", () => {
    const health = analyzeLocationHealth(
      { ...home, speedTest: { status: "failed", endedAt: "2024-12-02T07:00:00Z" } },
      [
        node("A1", "Hallway", { backhaulType: "ethernet", connectedDeviceCount: 3 }),
        node("A2", "Barn *loft*", {
          connectionState: "disconnected",
          connectionStateChangeAt: "2024-12-02T12:20:00.000Z",
          health: null,
          connectedDeviceCount: 5,
        }),
      ],
    );
    expect(renderStatus(health, { locationName: "Country House" }, t, NOW)).toBe(
      [
        "📡 <b>Home</b>",
        "🟠 <b>Online, with problems</b> · as of 14:37 UTC",
        "• 1 pod is disconnected (of 2).",
        "",
        "<b>Pods</b> (1 of 2 connected)",
        "🟢 <b>Hallway</b> — excellent · Wired · 3 devices",
        "🔴 <b>Barn *loft*</b> — disconnected since 2024-12-02 12:20 UTC (2 h 17 min) · Mesh",
        "",
        "<b>Speed test</b>",
        "The latest speed test failed (2024-12-02 07:00 UTC).",
        "",
        "<b>Connected devices:</b> 3",
      ].join("\n"),
    );
  });

  it("two pods down: '2 pods are disconnected'; health issues and alerts are listed", () => {
    const health = analyzeLocationHealth({ ...home, speedTest: null }, [
      node("A1", "Bar_Counter", { backhaulType: "ethernet" }),
      node("A2", "Kitchen", { health: { status: "poor", score: 1 }, alerts: [{ type: "highInterference" }] }),
      node("A3", "Cellar", { connectionState: "disconnected", connectionStateChangeAt: null }),
      node("A4", "Attic", { connectionState: "disconnected", connectionStateChangeAt: null }),
    ]);
    const text = renderStatus(health, { locationName: "Main Hall" }, t, NOW);
    // The headline says the worst of what follows, never plainly "online".
    expect(text).toContain("🟠 <b>Online, with problems</b> · as of 14:37 UTC\n• 2 pods are disconnected");
    expect(text).toContain("• 2 pods are disconnected (of 4).\n• 1 pod has health issues.");
    expect(text).toContain(
      "🟡 <b>Kitchen</b> — poor · Mesh · 2 devices\n    ⚠️ alerts: high Wi-Fi interference",
    );
    expect(text).toContain("🔴 <b>Cellar</b> — disconnected · Mesh");
    expect(text).toContain("<b>Speed test</b>\nNo speed test has run at this location yet.");
  });

  it("every pod disconnected: offline, with the count", () => {
    const health = analyzeLocationHealth(home, [
      node("A1", "Gate", { connectionState: "disconnected" }),
      node("A2", "Cold_room", { connectionState: "disconnected" }),
    ]);
    const text = renderStatus(health, { locationName: "Storage" }, t, NOW);
    expect(text.split("\n").slice(0, 3)).toEqual([
      "📡 <b>Home</b>",
      "🔴 <b>Offline</b> · as of 14:37 UTC",
      "• All 2 pods are disconnected.",
    ]);
    expect(text).toContain("<b>Connected devices:</b> 0");
  });

  it("no pods: offline, 'no pods found', no pod list", () => {
    const text = renderStatus(
      analyzeLocationHealth({ ...home, name: "Terrace" }, []),
      { locationName: "Terrace" },
      t,
      NOW,
    );
    expect(text.split("\n").slice(0, 4)).toEqual([
      "📡 <b>Terrace</b>",
      "🔴 <b>Offline</b> · as of 14:37 UTC",
      "• No pods found at this location.",
      "",
    ]);
    expect(text).not.toContain("<b>Pods</b>");
  });

  it("a service level other than fullService is degraded service, named", () => {
    const health = analyzeLocationHealth({ ...home, serviceLevel: { status: "basicService" } }, [
      node("A1", "Hall"),
    ]);
    const text = renderStatus(health, { locationName: "Apartment 12" }, t, NOW);
    expect(text.split("\n").slice(1, 3)).toEqual([
      "🟠 <b>Degraded service</b> · as of 14:37 UTC",
      "• Service level is <code>basicService</code>, not full service.",
    ]);
  });

  it("Russian, Romanian and Kazakh plurals agree with the count", () => {
    const pods = [1, 2, 3, 4, 5, 6].map((i) =>
      node(`P${i}`, `Pod ${i}`, { connectionState: i <= 5 ? "disconnected" : "connected" }),
    );
    const ru = renderStatus(
      analyzeLocationHealth(home, pods),
      { locationName: "Дом" },
      translator("ru"),
      NOW,
    );
    expect(ru).toContain("• 5 подов отключено (из 6).");
    const ro = renderStatus(
      analyzeLocationHealth(home, pods.slice(4)),
      { locationName: "Casă" },
      translator("ro"),
      NOW,
    );
    expect(ro).toContain("• 1 pod este deconectat (din 2).");
    const kk = renderStatus(analyzeLocationHealth(home, pods), { locationName: "Үй" }, translator("kk"), NOW);
    expect(kk).toContain("• 5 под ажыратылған (барлығы 6).");
    expect(kk).toContain("<b>Подтар</b> (қосылғаны: 1/6)");
  });
});

describe("pod alerts", () => {
  it("known Plume codes read in the user's language; an unknown one as words, never the raw code", () => {
    expect(alertText("highInterference", translator("en"))).toBe("high Wi-Fi interference");
    expect(alertText("weakBackhaul", translator("ru"))).toBe("слабая связь с сетью");
    expect(alertText("podOffline", translator("ro"))).toBe("un pod este deconectat");
    expect(alertText("podOffline", translator("kk"))).toBe("бір под желіде жоқ");
    expect(alertText("channelCongestionDetected", translator("en"))).toBe("channel congestion detected");
    expect(alertText("DFS_radar_hit", translator("en"))).toBe("dfs radar hit");
    expect(alertText("constructor", translator("en"))).toBe("constructor");
    expect(alertText(`x${"Long".repeat(20)}`, translator("en"))).toHaveLength(40);
  });
});
