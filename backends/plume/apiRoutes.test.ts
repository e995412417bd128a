import { beforeEach, describe, expect, it } from "vitest";
import {
  DEMO_CLIENTS,
  DEMO_CUSTOMERS,
  DEMO_LOCATIONS,
  DEMO_NODES,
  DEMO_PARTNERS,
} from "./demoCredentials.js";
import { createPlumeBackend, type PlumeBackend } from "./plumeBackend.js";
import { getWithToken, obtainToken, TEST_NOW } from "./testKit.js";

let backend: PlumeBackend;
let token: string;
const get = (path: string) => getWithToken(backend, path, token);
const home = `/api/Customers/${DEMO_CUSTOMERS.ana}/locations/${DEMO_LOCATIONS.home}`;

beforeEach(async () => {
  backend = createPlumeBackend({ now: () => TEST_NOW });
  token = await obtainToken(backend);
});

describe("API: Bearer checks", () => {
  it("answers 401 with a LoopBack error and a Bearer challenge when the token is missing", async () => {
    const response = await backend.app.inject({ method: "GET", url: "/api/Customers" });
    expect(response.statusCode).toBe(401);
    expect(response.headers["www-authenticate"]).toBe('Bearer realm="plume"');
    expect(response.json()).toEqual({
      error: {
        statusCode: 401,
        name: "Error",
        message: "Authorization Required",
        code: "AUTHORIZATION_REQUIRED",
      },
    });
  });

  it("answers 401 for an unknown token, a Basic header, and on the reports too", async () => {
    const unknown = await getWithToken(backend, "/api/Customers", "not-a-token");
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.code).toBe("INVALID_TOKEN");
    const basic = await backend.app.inject({
      url: "/api/Customers",
      headers: { authorization: "Basic abc" },
    });
    expect(basic.statusCode).toBe(401);
    const report = await getWithToken(backend, `/reports${home.slice(4)}/wanStats`, "not-a-token");
    expect(report.statusCode).toBe(401);
  });
});

describe("API: partner scoping", () => {
  it("a partner lists only its own customers", async () => {
    const northwind = (await get("/api/Customers")).json<Array<{ id: string; partnerId: string }>>();
    expect(northwind.map((c) => c.id)).toEqual([
      DEMO_CUSTOMERS.ana,
      DEMO_CUSTOMERS.bistro,
      DEMO_CUSTOMERS.dmitri,
      DEMO_CUSTOMERS.pizzeria,
    ]);
    const bluebirdToken = await obtainToken(backend, DEMO_CLIENTS.bluebird);
    const bluebird = (await getWithToken(backend, "/api/Customers", bluebirdToken)).json<
      Array<{ id: string }>
    >();
    expect(bluebird.map((c) => c.id)).toEqual([DEMO_CUSTOMERS.elena]);
  });

  it("another partner's customer, location or report answers 404 like an unknown id", async () => {
    const elena = `/api/Customers/${DEMO_CUSTOMERS.elena}`;
    const paths = [
      elena,
      `${elena}/locations`,
      `${elena}/locations/${DEMO_LOCATIONS.flat}/nodes`,
      `/reports/Customers/${DEMO_CUSTOMERS.elena}/locations/${DEMO_LOCATIONS.flat}/wanStats`,
      "/api/Customers/000000000000000000000000",
    ];
    for (const path of paths) {
      const response = await get(path);
      expect(response.statusCode, path).toBe(404);
      expect(response.json().error.code, path).toBe("MODEL_NOT_FOUND");
    }
  });

  it("a location of another customer of the same partner is 404 under the wrong customer", async () => {
    const response = await get(`/api/Customers/${DEMO_CUSTOMERS.ana}/locations/${DEMO_LOCATIONS.mainHall}`);
    expect(response.statusCode).toBe(404);
  });
});

describe("API: customers", () => {
  it("a customer carries the fields clients read", async () => {
    const customer = (await get(`/api/Customers/${DEMO_CUSTOMERS.ana}`)).json();
    expect(customer).toEqual({
      id: DEMO_CUSTOMERS.ana,
      accountId: "NW-100231",
      name: "Ana Popescu",
      email: "ana.popescu@example.net",
      partnerId: DEMO_PARTNERS.northwind.id,
      createdAt: "2023-03-14T09:26:53.000Z",
      locationId: DEMO_LOCATIONS.home,
    });
  });

  it("limit and skip page the list", async () => {
    const page = (await get("/api/Customers?limit=2&skip=1")).json<Array<{ id: string }>>();
    expect(page.map((c) => c.id)).toEqual([DEMO_CUSTOMERS.bistro, DEMO_CUSTOMERS.dmitri]);
  });

  it("a LoopBack filter searches by name or email with % wildcards, case-insensitively", async () => {
    const byName = encodeURIComponent(JSON.stringify({ where: { name: { like: "%popescu%" } } }));
    expect((await get(`/api/Customers?filter=${byName}`)).json().map((c: { id: string }) => c.id)).toEqual([
      DEMO_CUSTOMERS.ana,
    ]);
    const either = encodeURIComponent(
      JSON.stringify({
        where: { or: [{ name: { like: "dmitri%" } }, { email: "IT@bistro-central.example" }] },
      }),
    );
    expect((await get(`/api/Customers?filter=${either}`)).json().map((c: { id: string }) => c.id)).toEqual([
      DEMO_CUSTOMERS.bistro,
      DEMO_CUSTOMERS.dmitri,
    ]);
  });

  it("a filter that is not JSON or not supported is a 400", async () => {
    expect((await get("/api/Customers?filter=%7Bnope")).statusCode).toBe(400);
    const unsupported = encodeURIComponent(JSON.stringify({ where: { phone: "1" } }));
    expect((await get(`/api/Customers?filter=${unsupported}`)).statusCode).toBe(400);
    expect((await get("/api/Customers?limit=-1")).statusCode).toBe(400);
  });

  it("partners/customers/search finds by name (default) or email substring", async () => {
    const byName = (await get("/api/partners/customers/search/rapida")).json<Array<{ id: string }>>();
    expect(byName.map((c) => c.id)).toEqual([DEMO_CUSTOMERS.pizzeria]);
    const byEmail = (await get("/api/partners/customers/search/example.org?field=email")).json<
      Array<{ id: string }>
    >();
    expect(byEmail.map((c) => c.id)).toEqual([DEMO_CUSTOMERS.dmitri]);
    expect((await get("/api/partners/customers/search/x?field=phone")).statusCode).toBe(400);
  });
});

describe("API: locations, nodes, wifi", () => {
  it("lists a customer's locations with limit", async () => {
    const all = (await get(`/api/Customers/${DEMO_CUSTOMERS.pizzeria}/locations`)).json<unknown[]>();
    expect(all).toHaveLength(12);
    const some = (await get(`/api/Customers/${DEMO_CUSTOMERS.pizzeria}/locations?limit=5`)).json<unknown[]>();
    expect(some).toHaveLength(5);
  });

  it("a location carries its service level and latest speed test", async () => {
    const location = (await get(home)).json();
    expect(location).toEqual({
      id: DEMO_LOCATIONS.home,
      name: "Home",
      customerId: DEMO_CUSTOMERS.ana,
      timezone: "Europe/Chisinau",
      serviceLevel: { status: "fullService" },
      podCount: 3,
      speedTest: {
        status: "succeeded",
        download: 512.4,
        upload: 98.7,
        rtt: 9,
        startedAt: "2024-12-02T10:59:20.000Z",
        endedAt: "2024-12-02T11:00:00.000Z",
        isp: "Northwind Fiber",
        serverName: "Chisinau - Starnet",
        gateway: DEMO_NODES.homeGateway,
      },
    });
  });

  it("nodes come in a {nodes: [...]} wrapper with every field the bot reads", async () => {
    const { nodes } = (await get(`${home}/nodes`)).json();
    expect(nodes).toHaveLength(3);
    expect(nodes[0]).toEqual({
      id: DEMO_NODES.homeGateway,
      serialNumber: DEMO_NODES.homeGateway,
      defaultName: "Pod 1",
      nickname: "Living_Room <2>",
      model: "SuperPod",
      locationId: DEMO_LOCATIONS.home,
      connectionState: "connected",
      connectionStateChangeAt: expect.stringMatching(/^2024-1[12]-\d\dT\d\d:\d\d:00\.000Z$/),
      health: { status: "excellent", score: 5, details: null },
      backhaulType: "ethernet",
      alerts: [],
      connectedDeviceCount: 7,
      firmwareVersion: "6.4.1-115-g9a7f2c",
      mac: expect.stringMatching(/^f8:bb:bf(:[0-9a-f]{2}){3}$/),
      ip: expect.stringMatching(/^192\.168\.\d+\.1$/),
      publicIp: expect.stringMatching(/^203\.0\.113\.\d+$/),
      bootAt: nodes[0].connectionStateChangeAt,
      vendor: { name: "Plume", partNumber: "SP1-B" },
    });
    expect(nodes[1]).toMatchObject({ nickname: "Kid's & Guest", backhaulType: "wifi" });
    expect(nodes[2]).toMatchObject({ nickname: null, defaultName: "Pod 3" });
  });

  it("one node by id, and 404 for a node of another location", async () => {
    expect((await get(`${home}/nodes/${DEMO_NODES.homeKidsGuest}`)).json().nickname).toBe("Kid's & Guest");
    expect((await get(`${home}/nodes/${DEMO_NODES.countryHouseBarn}`)).statusCode).toBe(404);
  });

  it("wifi networks list SSID, enable and security mode (and the key, which clients must hide)", async () => {
    const networks = (await get(`${home}/wifiNetworks`)).json();
    expect(networks).toEqual([
      {
        ssid: "Popescu_Home",
        enable: true,
        wpaMode: "sae-mixed",
        encryptionKey: expect.stringMatching(/^demo-key-/),
      },
      { ssid: "Popescu Guest <5G>", enable: false, wpaMode: "psk2", encryptionKey: expect.any(String) },
    ]);
  });
});
