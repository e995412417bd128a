import { describe, expect, it } from "vitest";
import { findChartFonts } from "./chartFonts.js";
import { renderSvg } from "./chartRaster.js";
import { type LineChartSpec, lineChartOption, renderLineChart } from "./lineChart.js";
import { renderTimelineChart, timelineChartOption, timelineSegments } from "./timelineChart.js";

// biome-ignore lint/suspicious/noExplicitAny: echarts options are loosely typed; tests read them by path.
type Option = any;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which a valid PNG has right after the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const T0 = Date.UTC(2024, 11, 2);
const Q = 900_000;
const wave = (scale: number) =>
  Array.from({ length: 96 }, (_, i) => ({
    t: T0 + i * Q,
    v: i === 50 ? null : scale * (1 + Math.sin(i / 6)),
  }));

const wanSpec = (overrides: Partial<LineChartSpec> = {}): LineChartSpec => ({
  title: "WAN — Living_Room <2>",
  subtitle: "Последние 24 ч · ultimele 24 h",
  yAxisName: "Mbps",
  series: [
    { name: "RX", points: wave(100), area: true },
    { name: "TX", points: wave(20) },
  ],
  markerLines: [{ value: 180, label: "p95 180 Mbps" }],
  markedPoints: [{ t: T0 + 9 * Q, v: 199.7, label: "Peak 199.7 Mbps" }],
  ...overrides,
});

describe("charts: line chart", () => {
  it("renders a PNG of the requested size", async () => {
    expect(pngSize(await renderLineChart(wanSpec({ width: 640, height: 320 })))).toEqual({
      width: 640,
      height: 320,
    });
  });

  it("defaults to 1000 × 500", async () => {
    expect(pngSize(await renderLineChart(wanSpec()))).toEqual({ width: 1000, height: 500 });
  });

  it("the same spec gives the same bytes; different data gives a different image", async () => {
    const a = await renderLineChart(wanSpec());
    expect((await renderLineChart(wanSpec())).equals(a)).toBe(true);
    const b = await renderLineChart(wanSpec({ series: [{ name: "RX", points: wave(50) }] }));
    expect(b.equals(a)).toBe(false);
  });

  // Without a font, charts still render (without text). In CI a missing font fails this test:
  // .ci/run installs fonts-dejavu-core, and nothing may be skipped there.
  it.skipIf(findChartFonts().family === null && process.env.CI !== "true")(
    "draws text: only the title differs, yet the images differ",
    async () => {
      const a = await renderLineChart(wanSpec({ title: "Alpha" }));
      const b = await renderLineChart(wanSpec({ title: "Omega" }));
      expect(a.equals(b)).toBe(false);
    },
  );

  it("with no series, empty series or only nulls, renders a 'no data' image instead of throwing", async () => {
    const specs = [
      wanSpec({ series: [] }),
      wanSpec({ series: [{ name: "RX", points: [] }] }),
      wanSpec({ series: [{ name: "RX", points: [{ t: T0, v: null }] }] }),
    ];
    for (const spec of specs) {
      const png = await renderLineChart({ ...spec, noDataText: "Нет данных" });
      expect(pngSize(png)).toEqual({ width: 1000, height: 500 });
    }
    const option = lineChartOption(wanSpec({ series: [], noDataText: "Fără date" })) as {
      title: Array<{ text: string }>;
    };
    expect(option.title.at(-1)!.text).toBe("Fără date");
  });

  it("puts the marker line, the marked point, the legend and the axis names where asked", () => {
    const option = lineChartOption(wanSpec({ xAxisName: "UTC" })) as Option;
    expect(option.series[0].markLine.data[0]).toMatchObject({
      yAxis: 180,
      label: { formatter: "p95 180 Mbps" },
    });
    expect(option.series[0].markPoint.data[0]).toMatchObject({
      coord: [T0 + 9 * Q, 199.7],
      value: "Peak 199.7 Mbps",
    });
    expect(option.series[1].markPoint).toBeUndefined();
    expect(option.legend.data).toEqual(["RX", "TX"]);
    expect(option.xAxis).toMatchObject({ name: "UTC", min: T0, max: T0 + 95 * Q });
    expect(option.yAxis.name).toBe("Mbps");
    // A missing sample stays a gap rather than being joined over.
    expect(option.series[0].data[50]).toEqual([T0 + 50 * Q, null]);
    expect(option.series[0].connectNulls).toBe(false);
  });

  it("a peak at either edge keeps its whole label inside the image: it extends toward the middle", () => {
    const labelOf = (index: number) => {
      const label = `Пик ${index} Мбит/с`;
      const svg = renderSvg(
        lineChartOption(wanSpec({ markedPoints: [{ t: T0 + index * Q, v: 199.7, label }] })),
        1000,
        500,
      );
      const text = [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].find((m) => m[2] === label)![1]!;
      return {
        anchor: /text-anchor="(\w+)"/.exec(text)![1],
        x: Number(/translate\(([\d.]+)/.exec(text)![1]),
      };
    };
    expect(labelOf(95)).toMatchObject({ anchor: "end" });
    expect(labelOf(95).x).toBeLessThanOrEqual(1000);
    expect(labelOf(0)).toMatchObject({ anchor: "start" });
    expect(labelOf(48)).toMatchObject({ anchor: "middle" });
  });

  it("labels the time axis in UTC: HH:mm within a day, DD.MM beyond, or with the caller's formatter", () => {
    const day = lineChartOption(wanSpec()) as Option;
    expect(day.xAxis.axisLabel.formatter(Date.UTC(2024, 11, 2, 19, 45))).toBe("19:45");
    const weekPoints = Array.from({ length: 8 }, (_, i) => ({ t: T0 + i * 86_400_000, v: i }));
    const week = lineChartOption(wanSpec({ series: [{ name: "RX", points: weekPoints }] })) as Option;
    expect(week.xAxis.axisLabel.formatter(Date.UTC(2024, 11, 5, 19))).toBe("05.12");
    const custom = lineChartOption(wanSpec({ formatTime: () => "x" })) as Option;
    expect(custom.xAxis.axisLabel.formatter(T0)).toBe("x");
  });
});

describe("charts: timeline", () => {
  const H = 3_600_000;
  const states = {
    online: { label: "Online", color: "#16a34a" },
    offline: { label: "Offline", color: "#dc2626" },
    intermittent: { label: "Intermittent", color: "#f59e0b" },
  };
  const samples = ["online", "online", "offline", "offline", "online", "intermittent", "online"].map(
    (state, i) => ({
      t: T0 + i * H,
      state,
    }),
  );

  it("merges contiguous samples of one state into bands; a missing sample splits them", () => {
    expect(timelineSegments(samples, H)).toEqual([
      { state: "online", start: T0, end: T0 + 2 * H },
      { state: "offline", start: T0 + 2 * H, end: T0 + 4 * H },
      { state: "online", start: T0 + 4 * H, end: T0 + 5 * H },
      { state: "intermittent", start: T0 + 5 * H, end: T0 + 6 * H },
      { state: "online", start: T0 + 6 * H, end: T0 + 7 * H },
    ]);
    const gappy = [
      { t: T0, state: "online" },
      { t: T0 + 2 * H, state: "online" },
    ];
    expect(timelineSegments(gappy, H)).toHaveLength(2);
  });

  it("sorts newest-first samples", () => {
    expect(timelineSegments([...samples].reverse(), H)[0]).toEqual({
      state: "online",
      start: T0,
      end: T0 + 2 * H,
    });
  });

  it("renders a PNG of the requested size, different for different histories", async () => {
    const a = await renderTimelineChart({
      title: "Online",
      samples,
      stepMs: H,
      states,
      width: 800,
      height: 240,
    });
    expect(pngSize(a)).toEqual({ width: 800, height: 240 });
    const allOnline = samples.map((s) => ({ ...s, state: "online" }));
    const b = await renderTimelineChart({
      title: "Online",
      samples: allOnline,
      stepMs: H,
      states,
      width: 800,
      height: 240,
    });
    expect(b.equals(a)).toBe(false);
  });

  it("one legend entry per state present, in the caller's order; unknown states are grey", () => {
    const option = timelineChartOption({
      samples: [...samples, { t: T0 + 7 * H, state: "maintenance" }],
      stepMs: H,
      states,
    }) as Option;
    expect(option.legend.data).toEqual(["Online", "Offline", "Intermittent", "maintenance"]);
    expect(option.series[3].color).toBe("#9ca3af");
    expect(option.series[1].markArea.data).toEqual([[{ xAxis: T0 + 2 * H }, { xAxis: T0 + 4 * H }]]);
    expect(option.xAxis).toMatchObject({ min: T0, max: T0 + 8 * H });
  });

  it("no samples render a 'no data' image instead of throwing", async () => {
    expect(
      pngSize(await renderTimelineChart({ samples: [], stepMs: H, states, noDataText: "No data" })),
    ).toEqual({
      width: 1000,
      height: 280,
    });
  });
});

describe("charts: fonts", () => {
  it("uses the font files it is given, without scanning the system", () => {
    expect(findChartFonts({ fontFiles: ["/opt/fonts/Inter.ttf"], family: "Inter" })).toEqual({
      fontFiles: ["/opt/fonts/Inter.ttf"],
      family: "Inter",
      loadSystemFonts: false,
    });
  });

  it("otherwise finds a known font or falls back to the system fonts", () => {
    const fonts = findChartFonts();
    if (fonts.family) expect(fonts.fontFiles.length).toBeGreaterThan(0);
    else expect(fonts).toEqual({ fontFiles: [], family: null, loadSystemFonts: true });
  });
});
