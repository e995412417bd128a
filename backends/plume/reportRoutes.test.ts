import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_CUSTOMERS, DEMO_LOCATIONS, DEMO_NODES } from "./demoCredentials.js";
import { createPlumeBackend, type PlumeBackend } from "./plumeBackend.js";
import { getWithToken, obtainToken, TEST_NOW } from "./testKit.js";
import type { WanPointJson } from "./wanSeries.js";

let backend: PlumeBackend;
let token: string;
const get = (path: string) => getWithToken(backend, path, token);
const reportsOf = (customer: string, location: string) =>
  `/reports/Customers/${customer}/locations/${location}`;
const home = reportsOf(DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
const storage = reportsOf(DEMO_CUSTOMERS.bistro, DEMO_LOCATIONS.storage);

beforeEach(async () => {
  backend = createPlumeBackend({ now: () => TEST_NOW });
  token = await obtainToken(backend);
});

const isBlank = (p: WanPointJson) =>
  p.rxMbytes === null && p.txMbytes === null && p.rxMaxMbps === null && p.txMaxMbps === null;

describe("reports: wanStats", () => {
  it("period=daily gives 96 fifteen-minute points, oldest first, ending with the last completed slot", async () => {
    const body = (await get(`${home}/wanStats?period=daily`)).json();
    const points: WanPointJson[] = body.fifteenMins;
    expect(points).toHaveLength(96);
    // TEST_NOW is 14:37:12: the 14:30 slot is in progress, so 14:15 is the newest point.
    expect(points.at(-1)!.timestamp).toBe("2024-12-02T14:15:00.000Z");
    expect(points[0]!.timestamp).toBe("2024-12-01T14:30:00.000Z");
    for (let i = 1; i < points.length; i++) {
      expect(Date.parse(points[i]!.timestamp) - Date.parse(points[i - 1]!.timestamp)).toBe(900_000);
    }
    expect(body).toMatchObject({
      period: "daily",
      granularity: "fifteenMins",
      endTime: "2024-12-02T14:30:00.000Z",
    });
  });

  it("period=weekly gives 672 points, days=N gives N×96, order=desc reverses", async () => {
    expect((await get(`${home}/wanStats?period=weekly`)).json().fifteenMins).toHaveLength(672);
    expect((await get(`${home}/wanStats?days=3`)).json().fifteenMins).toHaveLength(288);
    const desc: WanPointJson[] = (await get(`${home}/wanStats?order=desc`)).json().fifteenMins;
    expect(desc[0]!.timestamp).toBe("2024-12-02T14:15:00.000Z");
    expect((await get(`${home}/wanStats?period=monthly`)).statusCode).toBe(400);
    expect((await get(`${home}/wanStats?days=8`)).statusCode).toBe(400);
  });

  it("a week of samples has scattered nulls and at least one two-hour gap", async () => {
    const points: WanPointJson[] = (await get(`${home}/wanStats?period=weekly`)).json().fifteenMins;
    const partial = points.filter((p) => !isBlank(p) && Object.values(p).some((v) => v === null));
    expect(partial.length).toBeGreaterThan(0);
    let run = 0;
    let longest = 0;
    for (const p of points) {
      run = isBlank(p) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    expect(longest).toBeGreaterThanOrEqual(8);
  });

  it("evenings are busier than nights (a daily rhythm)", async () => {
    const points: WanPointJson[] = (await get(`${home}/wanStats?period=weekly`)).json().fifteenMins;
    const meanAt = (hours: number[]) => {
      const values = points
        .filter((p) => hours.includes(new Date(p.timestamp).getUTCHours()) && p.rxMaxMbps !== null)
        .map((p) => p.rxMaxMbps!);
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    expect(meanAt([19, 20, 21])).toBeGreaterThan(4 * meanAt([2, 3, 4]));
  });

  it("an offline location has no samples since it went down; a location without pods has none at all", async () => {
    const points: WanPointJson[] = (await get(`${storage}/wanStats`)).json().fifteenMins;
    // Offline since 09:00 (five hours before the 14:00 hour): 14:15 − 09:00 = 22 slots blank.
    expect(points.slice(-22).every(isBlank)).toBe(true);
    expect(isBlank(points.at(-23)!)).toBe(false);
    const terrace = reportsOf(DEMO_CUSTOMERS.bistro, DEMO_LOCATIONS.terrace);
    expect((await get(`${terrace}/wanStats`)).json().fifteenMins.every(isBlank)).toBe(true);
  });
});

describe("reports: onlineStats", () => {
  it("granularity=hours&limit=3 gives the last three hours including the one in progress", async () => {
    const body = (await get(`${home}/onlineStats?granularity=hours&limit=3`)).json();
    expect(body.statsDateRange).toEqual({
      start: "2024-12-02T12:00:00.000Z",
      end: "2024-12-02T14:37:12.000Z",
    });
    expect(body.locationState.map((s: { timestamp: string }) => s.timestamp)).toEqual([
      "2024-12-02T12:00:00.000Z",
      "2024-12-02T13:00:00.000Z",
      "2024-12-02T14:00:00.000Z",
    ]);
  });

  it("24 hourly samples by default, 7 daily ones with granularity=days", async () => {
    expect((await get(`${home}/onlineStats`)).json().locationState).toHaveLength(24);
    const days = (await get(`${home}/onlineStats?granularity=days&limit=7`)).json().locationState;
    expect(days).toHaveLength(7);
    expect(days[0].timestamp).toBe("2024-11-26T00:00:00.000Z");
  });

  it("values are online, offline or intermittent, with outages over a week", async () => {
    const countryHouse = reportsOf(DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.countryHouse);
    const states: Array<{ value: string }> = (
      await get(`${countryHouse}/onlineStats?granularity=hours&limit=168`)
    ).json().locationState;
    const values = new Set(states.map((s) => s.value));
    expect([...values].every((v) => ["online", "offline", "intermittent"].includes(v))).toBe(true);
    expect(values.has("offline")).toBe(true);
    expect(values.has("online")).toBe(true);
  });

  it("an offline location's last hours are offline", async () => {
    const states: Array<{ value: string }> = (
      await get(`${storage}/onlineStats?granularity=hours&limit=8`)
    ).json().locationState;
    expect(states.slice(-5).map((s) => s.value)).toEqual(Array(5).fill("offline"));
  });

  it("rejects an unknown granularity and a limit beyond the maximum", async () => {
    expect((await get(`${home}/onlineStats?granularity=minutes`)).statusCode).toBe(400);
    expect((await get(`${home}/onlineStats?granularity=days&limit=91`)).statusCode).toBe(400);
  });
});

describe("reports: speed-test results", () => {
  it("a gateway has daily results whose newest matches the location's speed test", async () => {
    const body = (
      await get(`${home}/nodes/${DEMO_NODES.homeGateway}/results?granularity=days&limit=30`)
    ).json();
    const downloads = body.downloadSpeeds;
    expect(downloads.length + body.failedSpeedTests.length).toBe(30);
    expect(downloads.at(-1)).toEqual({ timestamp: "2024-12-02T11:00:00.000Z", value: 512.4 });
    expect(body.uploadSpeeds.at(-1)).toEqual({ timestamp: "2024-12-02T11:00:00.000Z", value: 98.7 });
  });

  it("the newest test of Country House failed", async () => {
    const countryHouse = reportsOf(DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.countryHouse);
    const body = (await get(`${countryHouse}/nodes/${DEMO_NODES.countryHouseGateway}/results`)).json();
    expect(body.failedSpeedTests.at(-1)).toEqual({
      timestamp: "2024-12-02T07:00:00.000Z",
      reason: "serverUnreachable",
    });
  });

  it("pods that are not gateways, and locations that never ran a test, have empty results", async () => {
    const body = (await get(`${home}/nodes/${DEMO_NODES.homeKidsGuest}/results`)).json();
    expect(body).toMatchObject({ downloadSpeeds: [], uploadSpeeds: [], failedSpeedTests: [] });
    const mainHall = reportsOf(DEMO_CUSTOMERS.bistro, DEMO_LOCATIONS.mainHall);
    expect((await get(`${mainHall}/nodes/1F00A3C001/results`)).json().downloadSpeeds).toEqual([]);
    expect((await get(`${home}/nodes/NOPE/results`)).statusCode).toBe(404);
  });
});
