import { describe, expect, it } from "vitest";
import { DEMO_CUSTOMERS, DEMO_LOCATIONS, DEMO_NODES } from "./demoCredentials.js";
import { createPlumeBackend, type PlumeBackend } from "./plumeBackend.js";
import { getWithToken, manualClock, obtainToken, TEST_NOW } from "./testKit.js";

interface NodeJson {
  id: string;
  connectionState: string;
  connectionStateChangeAt: string;
  health: { status: string } | null;
  alerts: Array<{ type: string }>;
  nickname: string | null;
}

const locationPath = (customer: string, location: string) =>
  `/api/Customers/${customer}/locations/${location}`;

async function nodesOf(
  backend: PlumeBackend,
  token: string,
  customer: string,
  location: string,
): Promise<NodeJson[]> {
  return (await getWithToken(backend, `${locationPath(customer, location)}/nodes`, token)).json().nodes;
}

describe("demo world: every health case the bot must render", () => {
  it("has one location per case", async () => {
    const backend = createPlumeBackend({ now: () => TEST_NOW });
    const token = await obtainToken(backend);
    const nodes = (c: string, l: string) => nodesOf(backend, token, c, l);
    const connected = (list: NodeJson[]) => list.filter((n) => n.connectionState === "connected");

    const home = await nodes(DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    expect(connected(home)).toHaveLength(3);
    expect(home.map((n) => n.nickname)).toEqual(["Living_Room <2>", "Kid's & Guest", null]);

    const countryHouse = await nodes(DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.countryHouse);
    expect(countryHouse.length - connected(countryHouse).length).toBe(1);

    const mainHall = connected(await nodes(DEMO_CUSTOMERS.bistro, DEMO_LOCATIONS.mainHall));
    expect(mainHall.map((n) => n.health?.status)).toEqual(expect.arrayContaining(["fair", "poor"]));
    expect(mainHall.some((n) => n.alerts.length > 0)).toBe(true);

    expect(connected(await nodes(DEMO_CUSTOMERS.bistro, DEMO_LOCATIONS.storage))).toEqual([]);
    expect(await nodes(DEMO_CUSTOMERS.bistro, DEMO_LOCATIONS.terrace)).toEqual([]);

    const apartment = await getWithToken(
      backend,
      locationPath(DEMO_CUSTOMERS.dmitri, DEMO_LOCATIONS.apartment),
      token,
    );
    expect(apartment.json().serviceLevel).toEqual({ status: "basicService" });

    const mainHallLocation = await getWithToken(
      backend,
      locationPath(DEMO_CUSTOMERS.bistro, DEMO_LOCATIONS.mainHall),
      token,
    );
    expect(mainHallLocation.json()).not.toHaveProperty("speedTest");
    const countryHouseLocation = await getWithToken(
      backend,
      locationPath(DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.countryHouse),
      token,
    );
    expect(countryHouseLocation.json().speedTest).toMatchObject({ status: "failed", download: null });
  });

  it("a disconnected pod reports when it dropped, anchored to the hour", async () => {
    const backend = createPlumeBackend({ now: () => TEST_NOW });
    const token = await obtainToken(backend);
    const barn = (await nodesOf(backend, token, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.countryHouse)).find(
      (n) => n.id === DEMO_NODES.countryHouseBarn,
    );
    // 130 minutes before 14:00.
    expect(barn).toMatchObject({
      connectionState: "disconnected",
      connectionStateChangeAt: "2024-12-02T11:50:00.000Z",
    });
  });
});

describe("demo world: state that changes over time", () => {
  const flapping = async (backend: PlumeBackend, token: string) =>
    (await nodesOf(backend, token, DEMO_CUSTOMERS.dmitri, DEMO_LOCATIONS.workshop)).find(
      (n) => n.id === DEMO_NODES.workshopFlapping,
    )!;

  it("the Workshop pod drops for the last 5 minutes of every 20 and recovers", async () => {
    const cycleStart = Math.floor(TEST_NOW / 1_200_000) * 1_200_000;
    const clock = manualClock(cycleStart + 60_000);
    const backend = createPlumeBackend({ now: clock.now, tokenLifetimeSec: 86_400 });
    const token = await obtainToken(backend);
    expect(await flapping(backend, token)).toMatchObject({ connectionState: "connected" });
    clock.set(cycleStart + 16 * 60_000);
    expect(await flapping(backend, token)).toMatchObject({
      connectionState: "disconnected",
      connectionStateChangeAt: new Date(cycleStart + 15 * 60_000).toISOString(),
    });
    clock.set(cycleStart + 20 * 60_000);
    expect(await flapping(backend, token)).toMatchObject({
      connectionState: "connected",
      connectionStateChangeAt: new Date(cycleStart + 20 * 60_000).toISOString(),
    });
  });

  it("the cycle is configurable and can be switched off", async () => {
    const cycleStart = Math.floor(TEST_NOW / 600_000) * 600_000;
    const quick = createPlumeBackend({
      now: () => cycleStart + 550_000,
      flapping: { periodMs: 600_000, downMs: 60_000 },
    });
    expect((await flapping(quick, await obtainToken(quick))).connectionState).toBe("disconnected");
    const steady = createPlumeBackend({ now: () => cycleStart + 550_000, flapping: false });
    expect((await flapping(steady, await obtainToken(steady))).connectionState).toBe("connected");
  });

  it("POST /_control/pods/{id} pins a pod's state (since now) until set back to auto", async () => {
    const clock = manualClock();
    const backend = createPlumeBackend({ now: clock.now, flapping: false });
    const token = await obtainToken(backend);
    const pin = (connectionState: string) =>
      backend.app.inject({
        method: "POST",
        url: `/_control/pods/${DEMO_NODES.homeGateway}`,
        payload: { connectionState },
      });

    const pinned = await pin("disconnected");
    expect(pinned.statusCode).toBe(200);
    expect(pinned.json()).toMatchObject({
      connectionState: "disconnected",
      connectionStateChangeAt: new Date(TEST_NOW).toISOString(),
    });
    clock.advance(60_000);
    await pin("disconnected");
    const home = await nodesOf(backend, token, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    expect(home[0]).toMatchObject({
      connectionState: "disconnected",
      connectionStateChangeAt: new Date(TEST_NOW).toISOString(),
    });

    await pin("auto");
    expect((await nodesOf(backend, token, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home))[0]!.connectionState).toBe(
      "connected",
    );
    expect((await pin("sideways")).statusCode).toBe(400);
    const unknown = await backend.app.inject({
      method: "POST",
      url: "/_control/pods/NOPE",
      payload: { connectionState: "auto" },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("POST /_control/locations/{id} changes the service level; reset restores everything", async () => {
    const backend = createPlumeBackend({ now: () => TEST_NOW });
    const token = await obtainToken(backend);
    const level = async () =>
      (await getWithToken(backend, locationPath(DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home), token)).json()
        .serviceLevel.status;
    await backend.app.inject({
      method: "POST",
      url: `/_control/locations/${DEMO_LOCATIONS.home}`,
      payload: { serviceLevel: "basicService" },
    });
    backend.world.setPodState(DEMO_NODES.homeGateway, "disconnected");
    expect(await level()).toBe("basicService");
    await backend.app.inject({ method: "POST", url: "/_control/reset" });
    expect(await level()).toBe("fullService");
    expect((await nodesOf(backend, token, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home))[0]!.connectionState).toBe(
      "connected",
    );
  });
});

describe("demo world: determinism", () => {
  it("two backends with the same clock answer every endpoint identically", async () => {
    const snapshot = async () => {
      const backend = createPlumeBackend({ now: () => TEST_NOW });
      const token = await obtainToken(backend);
      const bodies: string[] = [];
      const customers: Array<{ id: string }> = (await getWithToken(backend, "/api/Customers", token)).json();
      for (const customer of customers) {
        const base = `/api/Customers/${customer.id}/locations`;
        const locations: Array<{ id: string }> = (await getWithToken(backend, base, token)).json();
        for (const location of locations) {
          const reports = `/reports/Customers/${customer.id}/locations/${location.id}`;
          for (const path of [
            `${base}/${location.id}/nodes`,
            `${base}/${location.id}/wifiNetworks`,
            `${reports}/wanStats?period=weekly`,
            `${reports}/onlineStats?granularity=days&limit=30`,
            `${reports}/onlineStats?granularity=hours&limit=168`,
          ]) {
            bodies.push((await getWithToken(backend, path, token)).body);
          }
        }
      }
      return bodies;
    };
    const [first, second] = [await snapshot(), await snapshot()];
    // Northwind's 19 locations (2 + 3 + 2 + 12), five endpoints each.
    expect(first).toHaveLength(5 * 19);
    expect(second).toEqual(first);
  });
});
