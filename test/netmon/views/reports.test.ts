import { describe, expect, it } from "vitest";
import { analyzeOnlineStats } from "../../../src/modules/netmon/domain/onlineStats.js";
import { type WanPoint, wifiNetworkListSchema } from "../../../src/modules/netmon/domain/schemas.js";
import { analyzeWan } from "../../../src/modules/netmon/domain/wanReport.js";
import { statsChartSpec, wanChartSpec } from "../../../src/modules/netmon/views/charts.js";
import { renderNodes } from "../../../src/modules/netmon/views/nodes.js";
import { renderStats } from "../../../src/modules/netmon/views/stats.js";
import { renderWan } from "../../../src/modules/netmon/views/wan.js";
import { renderWifi } from "../../../src/modules/netmon/views/wifi.js";
import { translator } from "../translate.js";

const t = translator("en");

const point = (timestamp: string, rx: number | null, tx: number, rxMax: number, txMax: number): WanPoint => ({
  timestamp,
  rxMbytes: rx,
  txMbytes: tx,
  rxMaxMbps: rxMax,
  txMaxMbps: txMax,
});

describe("WAN view", () => {
  const points = [
    point("2024-12-02T10:00:00Z", 100, 10, 50, 5),
    point("2024-12-02T10:15:00Z", 200, 20, 80, 8),
    point("2024-12-02T10:30:00Z", null, 25, 90, 9),
    point("2024-12-02T10:45:00Z", 300, 30, 120, 12),
  ];

  it("labels both averages honestly and shows totals, peaks, p95 and data quality", () => {
    expect(renderWan(analyzeWan(points), "24h", "Kid's & Guest", t)).toBe(
      [
        "📈 <b>WAN consumption</b> · Kid's &amp; Guest",
        "Last 24 h (2024-12-01 11:00 UTC – 2024-12-02 11:00 UTC)",
        "",
        "<b>Data transferred</b>",
        "⬇️ Download 0.59 GB · ⬆️ Upload 0.06 GB",
        "",
        "<b>Peak rate</b>",
        "⬇️ 120.0 Mbps at 2024-12-02 10:45 UTC",
        "⬆️ 12.0 Mbps at 2024-12-02 10:45 UTC",
        "",
        "<b>Averages</b>",
        "Average throughput: ⬇️ 1.8 Mbps · ⬆️ 0.2 Mbps",
        "Average of 15-min peaks: ⬇️ 83.3 Mbps · ⬆️ 8.3 Mbps",
        "95th percentile of 15-min peaks: ⬇️ 120.0 Mbps · ⬆️ 12.0 Mbps",
        "",
        "<b>Busiest hours (UTC)</b>",
        "No hour stands out.",
        "",
        "Data quality: 75.0 % (3 of 4 samples)",
      ].join("\n"),
    );
  });

  it("names busy hours with their level and ratio", () => {
    const busy = [
      point("2024-12-02T10:00:00Z", 1, 1, 10, 1),
      point("2024-12-02T11:00:00Z", 1, 1, 10, 1),
      point("2024-12-02T20:00:00Z", 1, 1, 100, 1),
    ];
    expect(renderWan(analyzeWan(busy), "24h", "Home", t)).toContain(
      "<b>Busiest hours (UTC)</b>\n20:00–21:00: 100.0 Mbps, high (2.5× the average)",
    );
  });

  it("without any usable sample says so instead of showing zeros", () => {
    const text = renderWan(
      analyzeWan([point("2024-12-02T10:00:00Z", null, 1, 1, 1)], { windowHours: 168 }),
      "7d",
      "Home",
      t,
    );
    expect(text.split("\n").slice(1)).toEqual([
      "Last 7 days (2024-11-25 10:15 UTC – 2024-12-02 10:15 UTC)",
      "",
      "No WAN data for this period.",
      "Data quality: 0.0 % (0 of 1 sample)",
    ]);
  });

  it("the chart speaks the user's language, its axis unit included", () => {
    const spec = wanChartSpec(analyzeWan(points), "24h", "Дом", translator("ru"));
    expect([spec.yAxisName, spec.series.map((s) => s.name), spec.markedPoints?.[0]?.label]).toEqual([
      "Мбит/с",
      ["Загрузка", "Отдача"],
      "Пик 120.0 Мбит/с",
    ]);
    expect(wanChartSpec(analyzeWan(points), "24h", "Home", t).yAxisName).toBe("Mbps");
  });

  it("the chart plots RX and TX peak rates with the p95 line and the peak marked", () => {
    const spec = wanChartSpec(analyzeWan(points), "24h", "Living_Room <2>", t);
    expect(spec.title).toBe("WAN · Living_Room <2>");
    expect(spec.series.map((s) => s.name)).toEqual(["Download", "Upload"]);
    expect(spec.series[0]?.points.map((p) => p.v)).toEqual([50, 80, null, 120]); // 10:30 is incomplete
    expect(spec.markerLines).toEqual([{ value: 120, label: "p95 120.0 Mbps" }]);
    expect(spec.markedPoints).toEqual([
      { t: Date.parse("2024-12-02T10:45:00Z"), v: 120, label: "Peak 120.0 Mbps" },
    ]);
  });
});

describe("stats view", () => {
  const samples = [
    { timestamp: "2024-12-02T10:00:00Z", value: "online" },
    { timestamp: "2024-12-02T11:00:00Z", value: "offline" },
    { timestamp: "2024-12-02T12:00:00Z", value: "online" },
    { timestamp: "2024-12-02T13:00:00Z", value: "online" },
  ];

  it("shows uptime with its bar and label, incidents, trend, samples and the state now", () => {
    expect(renderStats(analyzeOnlineStats(samples), "3h", "Home & <Garden>", t)).toBe(
      [
        "📊 <b>Online history</b> · Home &amp; &lt;Garden&gt;",
        "Last 3 hours, hourly samples",
        "",
        "Uptime: <b>75.0 %</b> <code>██████░░</code> Critical",
        "Incidents: 1",
        "Trend: ↗️ improving",
        "Samples: 3 online · 1 offline · 0 intermittent",
        "Now: 🟢 online",
      ].join("\n"),
    );
  });

  it("without samples says there is no history", () => {
    expect(renderStats(analyzeOnlineStats([]), "7d", "Home", t)).toBe(
      "📊 <b>Online history</b> · Home\nLast 7 days, hourly samples\n\nNo online history for this period.",
    );
  });

  it("the timeline chart draws hourly bands for 24 h and for 7 d", () => {
    const report = analyzeOnlineStats(samples);
    expect(statsChartSpec(report, "24h", "Home", t).stepMs).toBe(3_600_000);
    expect(statsChartSpec(report, "7d", "Home", t).stepMs).toBe(3_600_000);
    expect(statsChartSpec(report, "24h", "Home", t).samples).toHaveLength(4);
  });
});

describe("nodes view", () => {
  it("lists model, firmware, MAC, IP, connection state and since when", () => {
    const text = renderNodes(
      [
        {
          id: "1F00A1C001",
          nickname: "Living_Room <2>",
          model: "SuperPod",
          connectionState: "connected",
          connectionStateChangeAt: "2024-11-30T08:00:00.000Z",
          firmwareVersion: "6.4.1-115-g9a7f2c",
          mac: "f8:bb:bf:14:02:72",
          ip: "192.168.46.1",
        },
        { id: "1F00A1C002", defaultName: "Pod 2", connectionState: "disconnected" },
      ],
      "Home",
      t,
      Date.UTC(2024, 11, 2, 14, 37),
    );
    expect(text).toBe(
      [
        "🧩 <b>Pods</b> · Home (2)",
        "",
        "<b>Living_Room &lt;2&gt;</b> · SuperPod",
        "🟢 connected since 2024-11-30 08:00 UTC (2 d 6 h)",
        "Firmware <code>6.4.1-115-g9a7f2c</code> · MAC <code>f8:bb:bf:14:02:72</code> · IP <code>192.168.46.1</code>",
        "",
        "<b>Pod 2</b>",
        "🔴 disconnected",
      ].join("\n"),
    );
  });
});

describe("wifi view", () => {
  it("shows SSIDs, on/off and security mode, and never a key the API sent", () => {
    const networks = wifiNetworkListSchema.parse([
      { ssid: "Popescu_Home", enable: true, wpaMode: "sae-mixed", encryptionKey: "demo-key-secret1" },
      { ssid: "Guest <5G> & Co", enable: false, wpaMode: "psk2", encryptionKey: "demo-key-secret2" },
      { ssid: "Bistro Guests", enable: true, wpaMode: "open", encryptionKey: null },
    ]);
    const text = renderWifi(networks, "Home", t);
    expect(text).toBe(
      [
        "📶 <b>WiFi networks</b> · Home",
        "",
        "✅ <b>Popescu_Home</b> — WPA2/WPA3-Personal (<code>sae-mixed</code>)",
        "⛔ <b>Guest &lt;5G&gt; &amp; Co</b> — WPA2-Personal (<code>psk2</code>) · disabled",
        "✅ <b>Bistro Guests</b> — Open (no password)",
      ].join("\n"),
    );
    expect(text).not.toContain("demo-key");
  });
});
