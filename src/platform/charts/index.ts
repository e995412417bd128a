/** Charts as PNG images for bots to send as photos: line charts over time, bar charts and state timelines. */
export { type BarChartSpec, type BarSeriesSpec, renderBarChart } from "./barChart.js";
export { type ChartFonts, findChartFonts } from "./chartFonts.js";
export {
  type LineChartSpec,
  type LineSeriesSpec,
  type MarkedPointSpec,
  type MarkerLineSpec,
  renderLineChart,
  type TimePoint,
} from "./lineChart.js";
export {
  renderTimelineChart,
  type TimelineChartSpec,
  type TimelineSegment,
  type TimelineStateStyle,
  timelineSegments,
} from "./timelineChart.js";
