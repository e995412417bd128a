/**
 * What every seed generator shares: a seeded random source per content type, the region's
 * cities and people, long texts assembled from paragraphs, and times relative to the first start.
 * Every value is a pure function of the type name and the seeding instant.
 */
import { hashSeed, mulberry32 } from "../../kit/seededRandom.js";
import type { ContentValue } from "../db/schema.js";

export type SeedRow = Record<string, ContentValue>;

export interface SeedContext {
  /** Midnight UTC of the day the backend first started: seeded dates are relative to it. */
  day: number;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Karaganda is UTC+5: "10:00" on a poster is 05:00 UTC. */
const LOCAL_OFFSET = 5 * HOUR;

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

export function randomFor(...parts: Array<string | number>): Random {
  const next = mulberry32(hashSeed("tabys-seed", ...parts));
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

export const CITIES = [
  { ru: "Караганда", kz: "Қарағанды" },
  { ru: "Темиртау", kz: "Теміртау" },
  { ru: "Жезказган", kz: "Жезқазған" },
  { ru: "Балхаш", kz: "Балқаш" },
  { ru: "Сатпаев", kz: "Сәтбаев" },
  { ru: "Шахтинск", kz: "Шахтинск" },
  { ru: "Каркаралинск", kz: "Қарқаралы" },
] as const;

/** Names of the region's people; two carry `_`, `<` or `&`, which a bot must escape. */
export const PEOPLE = [
  "Айдана Серікқызы",
  "Нұрсұлтан Бекенов",
  "Алина Ким",
  "Дмитрий Петров",
  "Жансая Төлеген",
  "Арман Сапаров",
  "Мария Иванова",
  "Ерасыл Қайратұлы",
  "Камила Нурланова",
  "Тимур Абдрахманов",
  "Аружан Болатқызы",
  "Сергей Ли",
  "Әлия Мұратова",
  "Бауыржан Есенов",
  "Ольга Смирнова",
  "Диас Ахметжанов",
  "Мадина_Омарова",
  "Руслан Жумабеков <Rus & Co>",
  "Гаухар Смагулова",
  "Ильяс Тлеубаев",
  "Анна Ковальчук",
  "Дәурен Оспанов",
  "Салтанат Жақыпова",
  "Виктор Шмидт",
  "Томирис Ермекова",
  "Асхат Нұрланұлы",
  "Екатерина Белова",
  "Санжар Әлімжанов",
  "Айгүл Қасымова",
  "Максим Горбунов",
] as const;

/** Seeded photos (`/media/seed-photo-NN.png`) and company logos (`/media/seed-logo-N.png`). */
export const PHOTO_COUNT = 12;
export const LOGO_COUNT = 6;
export const photoPath = (n: number) =>
  `/media/seed-photo-${String((n % PHOTO_COUNT) + 1).padStart(2, "0")}.png`;
export const logoPath = (n: number) => `/media/seed-logo-${(n % LOGO_COUNT) + 1}.png`;

/** Paragraphs joined until the text is longer than `minLength` (cycling through them if needed). */
export function longText(paragraphs: readonly string[], minLength: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length <= minLength; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    out.push(paragraph);
    length += paragraph.length + 2;
  }
  return out.join("\n\n");
}

/** `created_at` of the i-th of n seeded items: spread over the last weeks, oldest first. */
export function createdAt(ctx: SeedContext, i: number, n: number, rng: Random): string {
  return new Date(ctx.day - (n - i) * 11 * HOUR - rng.int(0, 50) * 60_000).toISOString();
}

/** A local wall-clock time `days` from the seeding day, as a UTC ISO date-time. */
export function localDateTime(ctx: SeedContext, days: number, hour: number, minute = 0): string {
  return new Date(ctx.day + days * DAY + hour * HOUR + minute * 60_000 - LOCAL_OFFSET).toISOString();
}

/** The date `days` from the seeding day, `YYYY-MM-DD`. */
export function isoDate(ctx: SeedContext, days: number): string {
  return new Date(ctx.day + days * DAY).toISOString().slice(0, 10);
}

/**
 * Which language fields an item fills: most have both; every 7th only Russian, every 11th only
 * Kazakh (the bot must fall back to the other language).
 */
export function languagesOf(i: number): { ru: boolean; kz: boolean } {
  if (i % 11 === 5) return { ru: false, kz: true };
  if (i % 7 === 3) return { ru: true, kz: false };
  return { ru: true, kz: true };
}
