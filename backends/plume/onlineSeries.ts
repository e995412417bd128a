/**
 * Location online history (`onlineStats` report): hourly or daily samples of
 * "online" / "offline" / "intermittent", with outages of one to three hours at a per-location rate.
 */

import { randomAt } from "../kit/seededRandom.js";
import type { LocationSpec } from "./catalog.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type OnlineValue = "online" | "offline" | "intermittent";
export type Granularity = "hours" | "days";

export const ONLINE_LIMITS: Record<Granularity, { max: number; default: number }> = {
  hours: { max: 24 * 31, default: 24 },
  days: { max: 90, default: 7 },
};

/** The state during the UTC hour starting at `hourStart`. */
export function hourState(
  location: LocationSpec,
  hourStart: number,
  offlineSince: number | null,
): OnlineValue {
  if (offlineSince !== null && hourStart + HOUR > offlineSince) return "offline";
  const hour = Math.floor(hourStart / HOUR);
  const p = location.outageChancePerHour;
  // An outage started up to two hours ago may still be running (lengths are 1–3 hours).
  for (let back = 0; back < 3; back++) {
    const start = hour - back;
    if (randomAt("outage", location.id, start) >= p) continue;
    const length = 1 + Math.floor(randomAt("outage-length", location.id, start) * 3);
    if (length > back) return "offline";
  }
  return randomAt("flaky", location.id, hour) < p ? "intermittent" : "online";
}

/** A day is offline when at least half its hours were, intermittent when any hour was not online. */
export function dayState(
  location: LocationSpec,
  dayStart: number,
  now: number,
  offlineSince: number | null,
): OnlineValue {
  let offline = 0;
  let troubled = 0;
  let hours = 0;
  for (let h = dayStart; h < dayStart + DAY && h <= now; h += HOUR) {
    hours++;
    const state = hourState(location, h, offlineSince);
    if (state === "offline") offline++;
    if (state !== "online") troubled++;
  }
  if (hours > 0 && offline * 2 >= hours) return "offline";
  return troubled > 0 ? "intermittent" : "online";
}

/** The `onlineStats` answer: `limit` samples ending with the one in progress, oldest first. */
export function onlineStatsJson(
  location: LocationSpec,
  now: number,
  granularity: Granularity,
  limit: number,
  offlineSince: number | null,
): {
  granularity: Granularity;
  statsDateRange: { start: string; end: string };
  locationState: Array<{ timestamp: string; value: OnlineValue }>;
} {
  const step = granularity === "hours" ? HOUR : DAY;
  const last = Math.floor(now / step) * step;
  const first = last - (limit - 1) * step;
  const locationState: Array<{ timestamp: string; value: OnlineValue }> = [];
  for (let t = first; t <= last; t += step) {
    const value =
      granularity === "hours"
        ? hourState(location, t, offlineSince)
        : dayState(location, t, now, offlineSince);
    locationState.push({ timestamp: new Date(t).toISOString(), value });
  }
  return {
    granularity,
    statsDateRange: { start: new Date(first).toISOString(), end: new Date(now).toISOString() },
    locationState,
  };
}
