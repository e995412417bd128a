/**
 * Speed-test history of a gateway (`nodes/{n}/results` report): one test a day, the newest one
 * matching the location's `speedTest` field, an occasional failure. Only gateways run tests.
 */

import { randomAt } from "../kit/seededRandom.js";
import type { LocationSpec, PodSpec } from "./catalog.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Sample {
  timestamp: string;
  value: number;
}

export interface SpeedTestResultsJson {
  granularity: "days";
  statsDateRange: { start: string; end: string };
  downloadSpeeds: Sample[];
  uploadSpeeds: Sample[];
  failedSpeedTests: Array<{ timestamp: string; reason: string }>;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function speedTestResultsJson(
  location: LocationSpec,
  pod: PodSpec,
  now: number,
  limitDays: number,
): SpeedTestResultsJson {
  const start = Math.floor(now / DAY) * DAY - (limitDays - 1) * DAY;
  const result: SpeedTestResultsJson = {
    granularity: "days",
    statsDateRange: { start: new Date(start).toISOString(), end: new Date(now).toISOString() },
    downloadSpeeds: [],
    uploadSpeeds: [],
    failedSpeedTests: [],
  };
  const spec = location.speedTest;
  if (!pod.gateway || !spec) return result;

  // The newest test is the one the location object reports; older ones run once a day before it.
  const latest = Math.floor(now / HOUR) * HOUR - spec.hoursAgo * HOUR;
  const nominal =
    spec.status === "succeeded"
      ? spec
      : { download: location.wanCapacityMbps * 1.1, upload: location.wanCapacityMbps * 0.2, rtt: 25 };
  for (let t = latest - (limitDays - 1) * DAY; t <= latest; t += DAY) {
    if (t < start) continue;
    const timestamp = new Date(t).toISOString();
    const isLatest = t === latest;
    const day = Math.floor(t / DAY);
    const failed = isLatest ? spec.status === "failed" : randomAt("st-fail", location.id, day) < 0.1;
    if (failed) {
      result.failedSpeedTests.push({ timestamp, reason: isLatest ? "serverUnreachable" : "timeout" });
      continue;
    }
    const spread = isLatest ? 1 : 0.85 + 0.3 * randomAt("st", location.id, day);
    result.downloadSpeeds.push({ timestamp, value: round1(nominal.download * spread) });
    result.uploadSpeeds.push({ timestamp, value: round1(nominal.upload * spread) });
  }
  return result;
}
