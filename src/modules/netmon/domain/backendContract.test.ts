/**
 * The reference Plume backend and netmon's schemas and analysis must agree: every demo location
 * parses and lands in the health case it was built for. (In process, no socket.)
 */
import { describe, expect, it } from "vitest";
import { DEMO_CUSTOMERS, DEMO_LOCATIONS } from "../../../../backends/plume/demoCredentials.js";
import { createPlumeBackend } from "../../../../backends/plume/plumeBackend.js";
import { getWithToken, obtainToken, TEST_NOW } from "../../../../backends/plume/testKit.js";
import { analyzeLocationHealth } from "./locationHealth.js";
import { analyzeOnlineStats } from "./onlineStats.js";
import {
  customerListSchema,
  locationSchema,
  nodeListSchema,
  onlineStatsSchema,
  wanStatsSchema,
  wifiNetworkListSchema,
} from "./schemas.js";
import { analyzeWan } from "./wanReport.js";

async function fixture() {
  const backend = createPlumeBackend({ now: () => TEST_NOW, flapping: false });
  const token = await obtainToken(backend);
  const get = async (path: string) => (await getWithToken(backend, path, token)).json();
  return { backend, get };
}

const CASES = [
  ["ana", "home", "online", []],
  ["ana", "countryHouse", "online", ["pods_disconnected"]],
  ["bistro", "mainHall", "online", ["pods_disconnected", "health_issues"]],
  ["bistro", "storage", "offline", ["all_pods_disconnected"]],
  ["bistro", "terrace", "offline", ["no_pods"]],
  ["dmitri", "apartment", "degraded", ["degraded_service"]],
  ["dmitri", "workshop", "online", []],
] as const;

describe("contract: reference backend → schemas → analysis", () => {
  it("customers parse", async () => {
    const { get } = await fixture();
    expect(customerListSchema.parse(await get("/api/Customers"))).toHaveLength(4);
  });

  for (const [customer, location, state, reasons] of CASES) {
    it(`status: ${location} is ${state} with [${reasons.join(", ")}]`, async () => {
      const { get } = await fixture();
      const base = `/api/Customers/${DEMO_CUSTOMERS[customer]}/locations/${DEMO_LOCATIONS[location]}`;
      const health = analyzeLocationHealth(
        locationSchema.parse(await get(base)),
        nodeListSchema.parse(await get(`${base}/nodes`)),
      );
      expect(health.state).toBe(state);
      expect(health.reasons).toEqual(reasons);
      wifiNetworkListSchema.parse(await get(`${base}/wifiNetworks`));
    });
  }

  it("the speed-test cases: available at Home, failed at Country House, none at Main Hall", async () => {
    const { get } = await fixture();
    const speed = async (customer: keyof typeof DEMO_CUSTOMERS, location: keyof typeof DEMO_LOCATIONS) =>
      analyzeLocationHealth(
        locationSchema.parse(
          await get(`/api/Customers/${DEMO_CUSTOMERS[customer]}/locations/${DEMO_LOCATIONS[location]}`),
        ),
        [],
      ).speedTest.status;
    expect(await speed("ana", "home")).toBe("available");
    expect(await speed("ana", "countryHouse")).toBe("failed");
    expect(await speed("bistro", "mainHall")).toBe("none");
  });

  it("a day of WAN samples fills the 24 h window: 96 samples, some missing, busy evenings", async () => {
    const { get } = await fixture();
    const path = `/reports/Customers/${DEMO_CUSTOMERS.ana}/locations/${DEMO_LOCATIONS.home}/wanStats?period=weekly`;
    const points = wanStatsSchema.parse(await get(path)).fifteenMins ?? [];
    const day = analyzeWan(points);
    expect(day.samples.total).toBe(96);
    const week = analyzeWan(points, { windowHours: 168, now: TEST_NOW });
    expect(week.samples.total).toBe(672);
    expect(week.samples.missing).toBeGreaterThan(8);
    expect(week.peakWindows.length).toBeGreaterThan(0);
    expect(week.peakWindows.every((w) => w.hourUtc >= 17 && w.hourUtc <= 22)).toBe(true);
  });

  it("online stats parse and the offline location ends offline", async () => {
    const { get } = await fixture();
    const path = `/reports/Customers/${DEMO_CUSTOMERS.bistro}/locations/${DEMO_LOCATIONS.storage}/onlineStats?granularity=hours&limit=24`;
    const stats = analyzeOnlineStats(onlineStatsSchema.parse(await get(path)).locationState ?? []);
    expect(stats.counts.total).toBe(24);
    expect(stats.current).toBe("offline");
    expect(stats.incidents).toBeGreaterThanOrEqual(1);
  });
});
