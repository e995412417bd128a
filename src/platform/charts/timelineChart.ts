/**
 * State timelines as PNG: colored bands over time (online / offline / intermittent, or any
 * other set of states), one band per run of equal, contiguous samples; missing samples leave
 * the background showing. Labels and colors come from the caller.
 */
import { type ChartOption, chartFontFamily, renderSvg, svgToPng } from "./chartRaster.js";
import { defaultTimeFormatter, noDataOption, titles } from "./timeAxis.js";

export interface TimelineStateStyle {
  /** Legend text, localized by the caller. */
  label: string;
  color: string;
}

export interface TimelineChartSpec {
  title?: string;
  subtitle?: string;
  /** Samples in any order; each covers [t, t + stepMs). */
  samples: readonly { t: number; state: string }[];
  /** How long one sample lasts, e.g. one hour for hourly online stats. */
  stepMs: number;
  /** Style per state; states not listed are drawn grey under their own name. */
  states: Readonly<Record<string, TimelineStateStyle>>;
  noDataText?: string;
  formatTime?: (ms: number) => string;
  /** Pixels; default 1000 × 280. */
  width?: number;
  height?: number;
}

export interface TimelineSegment {
  state: string;
  start: number;
  end: number;
}

const UNKNOWN_COLOR = "#9ca3af";

/** Merges contiguous samples of the same state; a gap between samples ends a segment. */
export function timelineSegments(
  samples: readonly { t: number; state: string }[],
  stepMs: number,
): TimelineSegment[] {
  const sorted = [...samples].filter((s) => Number.isFinite(s.t)).sort((a, b) => a.t - b.t);
  const segments: TimelineSegment[] = [];
  for (const s of sorted) {
    const last = segments.at(-1);
    if (last && last.state === s.state && s.t <= last.end) last.end = Math.max(last.end, s.t + stepMs);
    else segments.push({ state: s.state, start: s.t, end: s.t + stepMs });
  }
  return segments;
}

/** Builds the echarts option; exported so tests can inspect it without rasterizing. */
export function timelineChartOption(spec: TimelineChartSpec): ChartOption {
  const frame = {
    title: spec.title,
    subtitle: spec.subtitle,
    width: spec.width ?? 1000,
    height: spec.height ?? 280,
  };
  const segments = timelineSegments(spec.samples, spec.stepMs);
  if (segments.length === 0) return noDataOption(frame, spec.noDataText ?? "No data");

  const start = segments[0]!.start;
  const end = Math.max(...segments.map((s) => s.end));
  const formatTime = spec.formatTime ?? defaultTimeFormatter(end - start);
  const hasTitle = Boolean(spec.title || spec.subtitle);

  // Listed states first (in the caller's order), then any state the caller did not expect.
  const present = new Set(segments.map((s) => s.state));
  const order = [
    ...Object.keys(spec.states).filter((s) => present.has(s)),
    ...[...present].filter((s) => !spec.states[s]),
  ];

  // One (dataless) series per state carries that state's bands as a mark area and its legend entry.
  const series = order.map((state) => {
    const style = spec.states[state] ?? { label: state, color: UNKNOWN_COLOR };
    return {
      type: "line",
      name: style.label,
      color: style.color,
      data: [],
      markArea: {
        silent: true,
        itemStyle: { color: style.color, opacity: 0.9 },
        data: segments.filter((s) => s.state === state).map((s) => [{ xAxis: s.start }, { xAxis: s.end }]),
      },
    };
  });

  return {
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: chartFontFamily() },
    title: titles(frame),
    legend: {
      top: hasTitle ? 62 : 8,
      left: 16,
      icon: "rect",
      itemWidth: 14,
      itemHeight: 14,
      data: series.map((s) => s.name),
    },
    grid: { left: 24, right: 24, top: hasTitle ? 100 : 46, bottom: 40 },
    xAxis: {
      type: "time",
      min: start,
      max: end,
      axisLabel: { formatter: (value: number) => formatTime(value), hideOverlap: true, color: "#374151" },
      splitLine: { show: false },
    },
    yAxis: { type: "value", min: 0, max: 1, show: false },
    series,
  };
}

/** Renders the timeline as a PNG; no samples give a "no data" image, never an error. */
export async function renderTimelineChart(spec: TimelineChartSpec): Promise<Buffer> {
  return svgToPng(renderSvg(timelineChartOption(spec), spec.width ?? 1000, spec.height ?? 280));
}
