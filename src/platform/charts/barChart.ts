/**
 * Bar charts as PNG: named categories along the x axis (e.g. receivables by age: "not yet due",
 * "1–30 days", …) and one bar per series in each (e.g. one per currency), each bar labelled with
 * its value as the caller formats it. Every visible string comes from the caller, already
 * localized: this module has no words of its own.
 */
import { type ChartOption, chartFontFamily, renderSvg, svgToPng } from "./chartRaster.js";
import { noDataOption, PALETTE, titles } from "./timeAxis.js";

export interface BarSeriesSpec {
  name: string;
  /** One value per category, in the categories' order; `null` draws no bar there. */
  values: ReadonlyArray<number | null>;
  color?: string;
}

export interface BarChartSpec {
  title?: string;
  subtitle?: string;
  categories: readonly string[];
  series: readonly BarSeriesSpec[];
  /** The label over a bar (default: the value as it is); return "" for none. */
  formatValue?: (value: number, seriesIndex: number) => string;
  /** The value axis' labels (default as echarts writes them: `18,000`). */
  formatAxis?: (value: number) => string;
  /** e.g. "RON". */
  yAxisName?: string;
  /** Shown centered when no bar has a value (default "No data"). */
  noDataText?: string;
  /** Pixels; default 1000 × 500, a good size for a Telegram photo. */
  width?: number;
  height?: number;
}

const hasValue = (spec: BarChartSpec) =>
  spec.series.some((s) => s.values.some((v) => v !== null && Number.isFinite(v) && v !== 0));

/** Builds the echarts option; exported so tests can inspect it without rasterizing. */
export function barChartOption(spec: BarChartSpec): ChartOption {
  const frame = {
    title: spec.title,
    subtitle: spec.subtitle,
    width: spec.width ?? 1000,
    height: spec.height ?? 500,
  };
  if (!hasValue(spec)) return noDataOption(frame, spec.noDataText ?? "No data");
  const hasTitle = Boolean(spec.title || spec.subtitle);
  const top = (hasTitle ? 80 : 30) + (spec.series.length > 1 ? 30 : 0);
  const formatValue = spec.formatValue ?? ((value: number) => String(value));
  return {
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: chartFontFamily() },
    title: titles(frame),
    legend:
      spec.series.length > 1
        ? { top: hasTitle ? 62 : 8, right: 24, itemGap: 24, data: spec.series.map((s) => s.name) }
        : undefined,
    grid: { left: 72, right: 32, top, bottom: 44 },
    xAxis: {
      type: "category",
      data: [...spec.categories],
      axisLabel: { color: "#374151", interval: 0 },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: "value",
      min: 0,
      // Headroom so the tallest bar's label stays inside the plot.
      boundaryGap: [0, "15%"],
      name: spec.yAxisName,
      nameTextStyle: { color: "#374151", align: "left" },
      axisLabel: { color: "#374151", ...(spec.formatAxis ? { formatter: spec.formatAxis } : {}) },
      splitLine: { lineStyle: { color: "#e5e7eb" } },
    },
    series: spec.series.map((s, i) => ({
      type: "bar",
      name: s.name,
      color: s.color ?? PALETTE[i % PALETTE.length],
      barMaxWidth: 72,
      data: s.values.map((v) => (v !== null && Number.isFinite(v) ? v : null)),
      label: {
        show: true,
        position: "top",
        color: "#111827",
        fontSize: 12,
        formatter: ({ value }: { value: number }) => (value ? formatValue(value, i) : ""),
      },
    })),
  };
}

/** Renders the chart as a PNG; a spec with no bar gives a "no data" image, never an error. */
export async function renderBarChart(spec: BarChartSpec): Promise<Buffer> {
  return svgToPng(renderSvg(barChartOption(spec), spec.width ?? 1000, spec.height ?? 500));
}
