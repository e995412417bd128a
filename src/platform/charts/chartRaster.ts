/**
 * echarts option → SVG (server-side rendering, no DOM) → PNG (resvg, off the event loop).
 * The one place that knows how a chart becomes an image; chart kinds only build options.
 */
import { renderAsync } from "@resvg/resvg-js";
import { BarChart, LineChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { type ChartFonts, defaultChartFonts } from "./chartFonts.js";

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

/** Renders an option to an SVG string; the chart instance is disposed even when echarts throws. */
export function renderSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Rasterizes an SVG to PNG on libuv's thread pool, so a chart does not stall other updates. */
export async function svgToPng(svg: string, fonts: ChartFonts = defaultChartFonts()): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: {
      loadSystemFonts: fonts.loadSystemFonts,
      fontFiles: fonts.fontFiles,
      ...(fonts.family ? { defaultFontFamily: fonts.family, sansSerifFamily: fonts.family } : {}),
    },
    background: "#ffffff",
    logLevel: "off",
  });
  return image.asPng();
}

/** The font family to name in chart text, matching what {@link svgToPng} loads. */
export function chartFontFamily(fonts: ChartFonts = defaultChartFonts()): string {
  return fonts.family ? `${fonts.family}, sans-serif` : "sans-serif";
}
