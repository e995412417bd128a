/**
 * Fonts for chart rasterization. Neither echarts nor @resvg/resvg-js ships a font, and resvg
 * draws no text at all without one, so we look for a well-known sans-serif font file on the
 * machine. With one found we hand resvg just that file (fast: no scan of system fonts per
 * render); with none we let resvg scan the system fonts, and if that finds nothing either the
 * chart still renders, only without text.
 *
 * DejaVu comes first because it covers Latin, Romanian diacritics and Cyrillic, Kazakh letters
 * included (en/ro/ru/kk).
 */
import { existsSync } from "node:fs";

export interface ChartFonts {
  /** Font files resvg should load. */
  fontFiles: string[];
  /** The family those files provide, used in the SVG; null when relying on system fonts. */
  family: string | null;
  /** True when no known file was found and resvg must scan the system fonts itself. */
  loadSystemFonts: boolean;
}

interface Candidate {
  family: string;
  regular: string;
  bold?: string;
}

const CANDIDATES: readonly Candidate[] = [
  // Debian, Ubuntu
  {
    family: "DejaVu Sans",
    regular: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    bold: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
  },
  // Fedora, Alpine (font-dejavu)
  {
    family: "DejaVu Sans",
    regular: "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    bold: "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
  },
  { family: "DejaVu Sans", regular: "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf" },
  // Arch
  {
    family: "DejaVu Sans",
    regular: "/usr/share/fonts/TTF/DejaVuSans.ttf",
    bold: "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
  },
  {
    family: "Liberation Sans",
    regular: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    bold: "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
  },
  { family: "Noto Sans", regular: "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf" },
  { family: "Noto Sans", regular: "/usr/share/fonts/noto/NotoSans-Regular.ttf" },
  // macOS, Windows
  { family: "Arial", regular: "/System/Library/Fonts/Supplemental/Arial.ttf" },
  { family: "Arial", regular: "/Library/Fonts/Arial.ttf" },
  { family: "Arial", regular: "C:\\Windows\\Fonts\\arial.ttf", bold: "C:\\Windows\\Fonts\\arialbd.ttf" },
];

/**
 * Finds chart fonts. `fontFiles` (with their `family`) overrides the search, for deployments
 * that bundle their own font. Probing the disk is cheap but not free, so callers cache the result.
 */
export function findChartFonts(override?: { fontFiles: string[]; family: string }): ChartFonts {
  if (override && override.fontFiles.length > 0) {
    return { fontFiles: override.fontFiles, family: override.family, loadSystemFonts: false };
  }
  for (const candidate of CANDIDATES) {
    if (!existsSync(candidate.regular)) continue;
    const files = [candidate.regular];
    if (candidate.bold && existsSync(candidate.bold)) files.push(candidate.bold);
    return { fontFiles: files, family: candidate.family, loadSystemFonts: false };
  }
  return { fontFiles: [], family: null, loadSystemFonts: true };
}

let cached: ChartFonts | undefined;

/** The machine's chart fonts, found once per process (the disk does not change under us). */
export function defaultChartFonts(): ChartFonts {
  cached ??= findChartFonts();
  return cached;
}
