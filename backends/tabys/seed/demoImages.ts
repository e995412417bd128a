/**
 * The seeded photos and logos: small PNGs rendered from SVG (resvg) at seeding time, each a pure
 * function of its number — a steppe landscape with a sun for photos, a badge for logos. No text:
 * no font is needed.
 */
import { Resvg } from "@resvg/resvg-js";
import { randomFor } from "./seedKit.js";

const PALETTES = [
  ["#0f4c81", "#f2c14e", "#f78154", "#4d9078"],
  ["#264653", "#e9c46a", "#f4a261", "#2a9d8f"],
  ["#3d405b", "#f2cc8f", "#e07a5f", "#81b29a"],
  ["#1d3557", "#a8dadc", "#e63946", "#457b9d"],
] as const;

const render = (svg: string) => Buffer.from(new Resvg(svg).render().asPng());

/** A 400×225 landscape: sky, sun, two ranges of hills and a few steppe dots. */
export function photoPng(n: number): Buffer {
  const rng = randomFor("photo", n);
  const [sky, sun, near, far] = PALETTES[n % PALETTES.length]!;
  const hill = (base: number, amp: number) => {
    const points = Array.from({ length: 6 }, (_, i) => `${i * 80},${base - rng.int(0, amp)}`);
    return `M0,225 L${points.join(" L")} L400,${base} L400,225 Z`;
  };
  const dots = Array.from(
    { length: 5 },
    () => `<circle cx="${rng.int(10, 390)}" cy="${rng.int(190, 220)}" r="${rng.int(2, 5)}" fill="${sun}"/>`,
  ).join("");
  return render(
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="225">` +
      `<rect width="400" height="225" fill="${sky}"/>` +
      `<circle cx="${rng.int(60, 340)}" cy="${rng.int(40, 90)}" r="${rng.int(18, 32)}" fill="${sun}"/>` +
      `<path d="${hill(150, 50)}" fill="${far}"/><path d="${hill(190, 30)}" fill="${near}"/>${dots}</svg>`,
  );
}

/** A 128×128 badge: a rounded square with a ring and a bar. */
export function logoPng(n: number): Buffer {
  const [back, ring, bar] = PALETTES[n % PALETTES.length]!;
  return render(
    `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128">` +
      `<rect width="128" height="128" rx="24" fill="${back}"/>` +
      `<circle cx="64" cy="56" r="${26 + (n % 3) * 4}" fill="none" stroke="${ring}" stroke-width="10"/>` +
      `<rect x="28" y="${96 - (n % 2) * 6}" width="72" height="12" rx="6" fill="${bar}"/></svg>`,
  );
}
