/** A seeded random source per purpose: every seeded value is a pure function of its purpose and ids. */
import { hashSeed, mulberry32 } from "../../kit/seededRandom.js";

export interface Random {
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export function randomFor(...parts: Array<string | number>): Random {
  const next = mulberry32(hashSeed("roa2web-seed", ...parts));
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
  };
}
