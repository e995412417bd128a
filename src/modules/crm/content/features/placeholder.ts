/**
 * The image a carousel shows for an item without a photo (or whose photo cannot be had), so
 * every carousel step is a photo message and ‹ › can always edit it in place. Shapes only, no
 * text: it reads the same in every language and needs no font.
 */
import { svgToPng } from "../../../../platform/charts/chartRaster.js";

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540" viewBox="0 0 960 540">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#e3ecf5"/>
      <stop offset="1" stop-color="#c9d8e8"/>
    </linearGradient>
  </defs>
  <rect width="960" height="540" fill="url(#sky)"/>
  <rect x="330" y="150" width="300" height="240" rx="28" fill="#ffffff" fill-opacity="0.55" stroke="#8aa4bf" stroke-width="10"/>
  <circle cx="555" cy="215" r="26" fill="#f2b84b"/>
  <polygon points="350,370 440,260 510,335 550,295 610,370" fill="#8aa4bf"/>
</svg>`;

/** The placeholder as PNG bytes (rendered once per call; callers keep the result). */
export function renderPlaceholder(): Promise<Buffer> {
  return svgToPng(SVG);
}
