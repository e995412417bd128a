/**
 * What line and timeline charts share: the time axis labels, the palette, and the "no data"
 * face a chart shows instead of throwing when it has nothing to draw.
 */
import { type ChartOption, chartFontFamily } from "./chartRaster.js";

export const PALETTE = ["#2563eb", "#f59e0b", "#16a34a", "#9333ea", "#0891b2", "#db2777"] as const;
export const MARKER_COLOR = "#dc2626";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * UTC labels: `HH:mm` for spans up to 36 hours, `DD.MM` beyond. Views that know the user's
 * time zone or locale pass their own formatter instead.
 */
export function defaultTimeFormatter(spanMs: number): (ms: number) => string {
  if (spanMs <= 36 * 3_600_000) {
    return (ms) => {
      const d = new Date(ms);
      return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    };
  }
  return (ms) => {
    const d = new Date(ms);
    return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}`;
  };
}

export interface ChartFrame {
  title?: string;
  subtitle?: string;
  width: number;
  height: number;
}

/** Title (and subtitle) block; an array so a "no data" notice can be added as a second title. */
export function titles(frame: ChartFrame): Array<Record<string, unknown>> {
  if (!frame.title && !frame.subtitle) return [];
  return [
    {
      text: frame.title ?? "",
      subtext: frame.subtitle ?? "",
      left: 16,
      top: 10,
      textStyle: { fontSize: 18, fontWeight: "bold", color: "#111827" },
      subtextStyle: { fontSize: 13, color: "#4b5563" },
    },
  ];
}

/** The chart shown when there is nothing to plot: the title and a centered notice. */
export function noDataOption(frame: ChartFrame, text: string): ChartOption {
  return {
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: chartFontFamily() },
    title: [
      ...titles(frame),
      {
        text,
        left: "center",
        top: "middle",
        textStyle: { fontSize: 26, color: "#9ca3af", fontWeight: "normal" },
      },
    ],
  };
}
