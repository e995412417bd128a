import { describe, expect, it } from "vitest";
import { type BarChartSpec, barChartOption, renderBarChart } from "./barChart.js";

// biome-ignore lint/suspicious/noExplicitAny: echarts options are loosely typed; tests read them by path.
type Option = any;

const spec = (overrides: Partial<BarChartSpec> = {}): BarChartSpec => ({
  title: "Creanțe după vechime — Întreprindere & Co <SRL>",
  subtitle: "Дебиторская задолженность",
  categories: ["Not yet due", "1–30 days", "31–60 days"],
  series: [
    { name: "RON", values: [1200.5, 0, 300] },
    { name: "EUR", values: [null, 80, 0] },
  ],
  formatValue: (value, series) => `${value.toFixed(2)} ${series === 0 ? "lei" : "EUR"}`,
  formatAxis: (value) => value.toLocaleString("ro-RO"),
  ...overrides,
});

describe("charts: bar chart", () => {
  it("one bar series per spec series over the categories, labelled by formatValue", () => {
    const option: Option = barChartOption(spec());
    expect(option.xAxis.data).toEqual(["Not yet due", "1–30 days", "31–60 days"]);
    expect(option.series.map((s: Option) => [s.type, s.name, s.data])).toEqual([
      ["bar", "RON", [1200.5, 0, 300]],
      ["bar", "EUR", [null, 80, 0]],
    ]);
    expect(option.series[0].label.formatter({ value: 1200.5 })).toBe("1200.50 lei");
    expect(option.series[1].label.formatter({ value: 80 })).toBe("80.00 EUR");
    // A zero bar carries no label.
    expect(option.series[0].label.formatter({ value: 0 })).toBe("");
    expect(option.legend.data).toEqual(["RON", "EUR"]);
    expect(option.yAxis.axisLabel.formatter(18000)).toBe("18.000");
  });

  it("no bar at all gives the no-data face", () => {
    const option: Option = barChartOption(
      spec({ series: [{ name: "RON", values: [0, null, 0] }], noDataText: "Nimic" }),
    );
    expect(option.series).toBeUndefined();
    expect(option.title.at(-1).text).toBe("Nimic");
  });

  it("renders a PNG of the requested size", async () => {
    const png = await renderBarChart(spec({ width: 640, height: 320 }));
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([640, 320]);
  });
});
