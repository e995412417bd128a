/**
 * WAN consumption samples (`wanStats` report): one point per 15 minutes, with a daily rhythm
 * (quiet nights, busy evenings), scattered nulls, and a two-hour gap every third day.
 * Each point depends only on the location and its slot, so a series is stable as the clock moves.
 */

import { hashSeed, randomAt } from "../kit/seededRandom.js";
import type { LocationSpec } from "./catalog.js";

export const SLOT_MS = 15 * 60_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Share of the evening peak used at each UTC hour (index = hour). */
const HOURLY_FACTOR = [
  0.14, 0.09, 0.06, 0.05, 0.05, 0.07, 0.15, 0.28, 0.38, 0.42, 0.44, 0.48, 0.55, 0.5, 0.47, 0.52, 0.6, 0.7,
  0.84, 0.95, 1.0, 0.93, 0.68, 0.34,
];

export interface WanPointJson {
  timestamp: string;
  rxMbytes: number | null;
  txMbytes: number | null;
  rxMaxMbps: number | null;
  txMaxMbps: number | null;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Linear interpolation between hourly factors, so the curve has no steps at the hour. */
function rhythm(msOfDay: number): number {
  const hour = msOfDay / HOUR;
  const low = Math.floor(hour) % 24;
  const high = (low + 1) % 24;
  const t = hour - Math.floor(hour);
  return HOURLY_FACTOR[low]! * (1 - t) + HOURLY_FACTOR[high]! * t;
}

/** Every third UTC day (phase per location) loses two hours of samples, at a per-day hour. */
function inGap(location: LocationSpec, slotStart: number): boolean {
  const day = Math.floor(slotStart / DAY);
  if ((day + (hashSeed("gap-phase", location.id) % 3)) % 3 !== 0) return false;
  const gapStartHour = Math.floor(randomAt("gap-hour", location.id, day) * 22);
  const hourOfDay = (slotStart - day * DAY) / HOUR;
  return hourOfDay >= gapStartHour && hourOfDay < gapStartHour + 2;
}

/** One 15-minute sample starting at `slotStart`; `offlineSince` blanks samples after it. */
export function wanPoint(
  location: LocationSpec,
  slotStart: number,
  offlineSince: number | null,
): WanPointJson {
  const timestamp = new Date(slotStart).toISOString();
  const empty = { timestamp, rxMbytes: null, txMbytes: null, rxMaxMbps: null, txMaxMbps: null };
  if (location.wanCapacityMbps <= 0) return empty;
  if (offlineSince !== null && slotStart + SLOT_MS > offlineSince) return empty;
  if (inGap(location, slotStart)) return empty;

  const slot = Math.floor(slotStart / SLOT_MS);
  const r = (purpose: string) => randomAt(purpose, location.id, slot);
  const burst = r("burst") < 0.02 ? 1.6 : 1;
  const rxMax =
    location.wanCapacityMbps * rhythm((slotStart % DAY) + SLOT_MS / 2) * (0.55 + 0.9 * r("rx")) * burst;
  const txMax = rxMax * (0.12 + 0.18 * r("tx"));
  // A household averages a few percent of its 15-minute peak rate; Mbit/s × 900 s / 8 = Mbytes.
  const rxMbytes = (rxMax * (0.01 + 0.04 * r("rx-util")) * 900) / 8;
  const txMbytes = (txMax * (0.01 + 0.04 * r("tx-util")) * 900) / 8;
  const point: WanPointJson = {
    timestamp,
    rxMbytes: round(rxMbytes, 3),
    txMbytes: round(txMbytes, 3),
    rxMaxMbps: round(rxMax, 2),
    txMaxMbps: round(txMax, 2),
  };
  // About 1.5 % of samples lose one field, as real collectors sometimes do.
  if (r("null") < 0.015) {
    const fields = ["rxMbytes", "txMbytes", "rxMaxMbps", "txMaxMbps"] as const;
    point[fields[Math.floor(r("null-field") * fields.length)]!] = null;
  }
  return point;
}

/**
 * The `wanStats` answer for the last `days` days of completed slots, oldest first
 * (newest first with `newestFirst`, as older API versions did).
 */
export function wanStatsJson(
  location: LocationSpec,
  now: number,
  days: number,
  offlineSince: number | null,
  newestFirst = false,
): {
  period: string;
  granularity: "fifteenMins";
  startTime: string;
  endTime: string;
  fifteenMins: WanPointJson[];
} {
  const count = days * 96;
  // The slot in progress is not reported yet: the last point is the last completed slot.
  const lastSlotStart = Math.floor(now / SLOT_MS) * SLOT_MS - SLOT_MS;
  const firstSlotStart = lastSlotStart - (count - 1) * SLOT_MS;
  const points: WanPointJson[] = [];
  for (let i = 0; i < count; i++) points.push(wanPoint(location, firstSlotStart + i * SLOT_MS, offlineSince));
  if (newestFirst) points.reverse();
  return {
    period: days === 1 ? "daily" : days === 7 ? "weekly" : `${days}days`,
    granularity: "fifteenMins",
    startTime: new Date(firstSlotStart).toISOString(),
    endTime: new Date(lastSlotStart + SLOT_MS).toISOString(),
    fifteenMins: points,
  };
}
