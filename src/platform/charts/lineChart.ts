/**
 * Line charts over time as PNG: several series (e.g. RX and TX), horizontal marker lines
 * (e.g. the 95th percentile) and marked points (e.g. the peak). Every visible string comes
 * from the caller, already localized: this module has no words of its own.
 */
import { type ChartOption, chartFontFamily, renderSvg, svgToPng } from "./chartRaster.js";
import { defaultTimeFormatter, MARKER_COLOR, noDataOption, PALETTE, titles } from "./timeAxis.js";

/** One sample; `v: null` leaves a gap in the line instead of joining across missing data. */
export interface TimePoint {
  /** Epoch milliseconds. */
  t: number;
  v: number | null;
}

export interface LineSeriesSpec {
  name: string;
  points: readonly TimePoint[];
  /** Defaults to the palette, in series order. */
  color?: string;
  /** Shade the area under the line. */
  area?: boolean;
}

/** A horizontal line across the plot, e.g. `{ value: p95, label: "p95 87.3 Mbps" }`. */
export interface MarkerLineSpec {
  value: number;
  label: string;
  color?: string;
}

/** A labelled dot on a series, e.g. the peak. */
export interface MarkedPointSpec {
  t: number;
  v: number;
  label: string;
  /** The series the point belongs to (default 0): it takes that series' color. */
  seriesIndex?: number;
}

export interface LineChartSpec {
  title?: string;
  subtitle?: string;
  series: readonly LineSeriesSpec[];
  xAxisName?: string;
  /** e.g. "Mbps". */
  yAxisName?: string;
  markerLines?: readonly MarkerLineSpec[];
  markedPoints?: readonly MarkedPointSpec[];
  /** Shown centered when no series has a value (default "No data"). */
  noDataText?: string;
  /** Axis label for an instant; default UTC `HH:mm` (≤ 36 h) or `DD.MM`. */
  formatTime?: (ms: number) => string;
  /** Pixels; default 1000 × 500, a good size for a Telegram photo. */
  width?: number;
  height?: number;
}

function timeExtent(series: readonly LineSeriesSpec[]): { min: number; max: number } | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let hasValue = false;
  for (const s of series) {
    for (const p of s.points) {
      min = Math.min(min, p.t);
      max = Math.max(max, p.t);
      if (p.v !== null && Number.isFinite(p.v)) hasValue = true;
    }
  }
  return hasValue ? { min, max } : null;
}

/** Builds the echarts option; exported so tests can inspect it without rasterizing. */
export function lineChartOption(spec: LineChartSpec): ChartOption {
  const frame = {
    title: spec.title,
    subtitle: spec.subtitle,
    width: spec.width ?? 1000,
    height: spec.height ?? 500,
  };
  const extent = timeExtent(spec.series);
  if (!extent) return noDataOption(frame, spec.noDataText ?? "No data");

  const formatTime = spec.formatTime ?? defaultTimeFormatter(extent.max - extent.min);
  const hasTitle = Boolean(spec.title || spec.subtitle);
  const top = (hasTitle ? 70 : 20) + (spec.series.length > 1 ? 30 : 0);
  const colorOf = (i: number) => spec.series[i]?.color ?? PALETTE[i % PALETTE.length]!;

  const series = spec.series.map((s, i) => {
    const points = (spec.markedPoints ?? []).filter((p) => (p.seriesIndex ?? 0) === i);
    return {
      type: "line",
      name: s.name,
      color: colorOf(i),
      showSymbol: false,
      connectNulls: false,
      lineStyle: { width: 1.6 },
      ...(s.area ? { areaStyle: { opacity: 0.12 } } : {}),
      data: s.points.map((p) => [p.t, p.v !== null && Number.isFinite(p.v) ? p.v : null]),
      ...(i === 0 && spec.markerLines?.length
        ? {
            markLine: {
              silent: true,
              symbol: ["none", "none"],
              data: spec.markerLines.map((m) => ({
                yAxis: m.value,
                lineStyle: { type: "dashed", width: 1.4, color: m.color ?? MARKER_COLOR },
                label: {
                  formatter: m.label,
                  position: "insideEndTop",
                  color: m.color ?? MARKER_COLOR,
                  fontSize: 12,
                  backgroundColor: "rgba(255,255,255,0.85)",
                  padding: [2, 4],
                },
              })),
            },
          }
        : {}),
      ...(points.length
        ? {
            markPoint: {
              symbol: "circle",
              symbolSize: 9,
              itemStyle: { color: colorOf(i), borderColor: "#ffffff", borderWidth: 2 },
              label: {
                show: true,
                position: "top",
                distance: 8,
                color: "#111827",
                fontSize: 12,
                backgroundColor: "rgba(255,255,255,0.9)",
                borderColor: colorOf(i),
                borderWidth: 1,
                borderRadius: 3,
                padding: [3, 5],
              },
              data: points.map((p) => ({
                coord: [p.t, p.v],
                value: p.label,
                label: { formatter: p.label, align: labelAlign(p.t, extent) },
              })),
            },
          }
        : {}),
    };
  });

  return {
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: chartFontFamily() },
    title: titles(frame),
    legend:
      spec.series.length > 1
        ? {
            top: hasTitle ? 62 : 8,
            right: 24,
            itemWidth: 18,
            itemGap: 24,
            data: spec.series.map((s) => s.name),
          }
        : undefined,
    grid: { left: 72, right: 32, top, bottom: spec.xAxisName ? 64 : 44 },
    xAxis: {
      type: "time",
      min: extent.min,
      max: extent.max,
      name: spec.xAxisName,
      nameLocation: "middle",
      nameGap: 32,
      axisLabel: { formatter: (value: number) => formatTime(value), hideOverlap: true, color: "#374151" },
      splitLine: { show: false },
    },
    yAxis: {
      type: "value",
      min: 0,
      // Headroom so the peak's label stays inside the plot.
      boundaryGap: [0, "18%"],
      name: spec.yAxisName,
      nameTextStyle: { color: "#374151", align: "left" },
      axisLabel: { color: "#374151" },
      splitLine: { lineStyle: { color: "#e5e7eb" } },
    },
    series,
  };
}

/** Renders the chart as a PNG; an all-empty spec gives a "no data" image, never an error. */
export async function renderLineChart(spec: LineChartSpec): Promise<Buffer> {
  const width = spec.width ?? 1000;
  const height = spec.height ?? 500;
  return svgToPng(renderSvg(lineChartOption(spec), width, height));
}

/**
 * Which way a marked point's label extends from the point: toward the middle of the plot, so a
 * peak near either edge keeps its whole label inside the image (centred, the "Peak 612.4 Mbps"
 * box of a point in the last hour was cut by the right edge).
 */
export function labelAlign(t: number, extent: { min: number; max: number }): "left" | "center" | "right" {
  const span = extent.max - extent.min;
  if (span <= 0) return "center";
  const at = (t - extent.min) / span;
  return at > 0.75 ? "right" : at < 0.25 ? "left" : "center";
}
