/**
 * The demo identities of the reference Plume backend: what the playground panel shows and what
 * tests log in with. None of these is a secret; they only open this in-memory demo world.
 */

/** The authorization server id from the seed's SSO URL (`/oauth2/<id>/v1/token`). */
export const PLUME_AUTH_SERVER_ID = "ausc034rgdEZKz75I357";

/** The token endpoint path, relative to the backend's root URL. */
export const PLUME_TOKEN_PATH = `/oauth2/${PLUME_AUTH_SERVER_ID}/v1/token`;

/** The only role the token endpoint grants (`scope=partnerId:<id> role:partnerIdAdmin`). */
export const PLUME_PARTNER_ROLE = "partnerIdAdmin";

/** Two partners (ISPs); each sees only its own customers. The first id is the seed's example. */
export const DEMO_PARTNERS = {
  northwind: { id: "eb0af9d0a7ab946dcb3b8ef5", name: "Northwind Fiber" },
  bluebird: { id: "5f3c2a1b9d8e7f6a5b4c3d2e", name: "Bluebird Telecom" },
} as const;

/** An OAuth client registered with the token endpoint, and the partners it may act for. */
export interface DemoClient {
  clientId: string;
  clientSecret: string;
  partnerIds: readonly string[];
}

/** One client per partner: asking for the other partner's scope is `invalid_scope`. */
export const DEMO_CLIENTS = {
  northwind: {
    clientId: "0oa1nw7demo5plume357",
    clientSecret: "nw-demo-secret-7f3K2pQ9xL4vR8sT",
    partnerIds: [DEMO_PARTNERS.northwind.id],
  },
  bluebird: {
    clientId: "0oa2bb9demo5plume357",
    clientSecret: "bb-demo-secret-3mW6yZ1cH5jN0gD2",
    partnerIds: [DEMO_PARTNERS.bluebird.id],
  },
} as const satisfies Record<string, DemoClient>;

/**
 * The `Authorization` header a user pastes into `/setup`: `Basic base64(id:secret)`.
 * RFC 6749 §2.3.1 form-encodes both parts first; our demo ids need no encoding, but we do it anyway.
 */
export function basicAuthHeader(clientId: string, clientSecret: string): string {
  const pair = `${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`;
  return `Basic ${Buffer.from(pair, "utf8").toString("base64")}`;
}

/** Customer ids, by who they are. Pizzeria has twelve locations (for paged location lists). */
export const DEMO_CUSTOMERS = {
  /** Northwind: Ana Popescu, a household: Home (all fine) and Country House (one pod down). */
  ana: "64b0c1a2f3e4d5c6b7a80001",
  /** Northwind: a bistro whose name breaks Markdown: Main Hall (health issues), Storage (offline), Terrace (no pods). */
  bistro: "64b0c1a2f3e4d5c6b7a80002",
  /** Northwind: Dmitri Ivanov: Apartment 12 (degraded service) and Workshop (a pod that flaps). */
  dmitri: "64b0c1a2f3e4d5c6b7a80003",
  /** Northwind: a chain with twelve healthy branches. */
  pizzeria: "64b0c1a2f3e4d5c6b7a80004",
  /** Bluebird: Elena Rusu: Flat (all fine) and Office (fair health). */
  elena: "64b0c1a2f3e4d5c6b7a80101",
} as const;

/** Location ids, one per health case the bot must render. */
export const DEMO_LOCATIONS = {
  /** All systems operational; pods named `Living_Room <2>` and `Kid's & Guest`; speed test succeeded. */
  home: "65c0d1e2f3a4b5c6d7e80001",
  /** One of three pods disconnected; the latest speed test failed. */
  countryHouse: "65c0d1e2f3a4b5c6d7e80002",
  /** Connected pods with fair/poor health and alerts; no speed test ever ran. */
  mainHall: "65c0d1e2f3a4b5c6d7e80003",
  /** Every pod disconnected (offline for the last five hours). */
  storage: "65c0d1e2f3a4b5c6d7e80004",
  /** No pods at all. */
  terrace: "65c0d1e2f3a4b5c6d7e80005",
  /** Service level `basicService` (degraded), pods fine. */
  apartment: "65c0d1e2f3a4b5c6d7e80006",
  /** A pod that drops and recovers on a cycle driven by the clock (alerts demo). */
  workshop: "65c0d1e2f3a4b5c6d7e80007",
  /** Bluebird: all operational. */
  flat: "65c0d1e2f3a4b5c6d7e80101",
  /** Bluebird: one pod in fair health. */
  office: "65c0d1e2f3a4b5c6d7e80102",
} as const;

/** Node ids worth naming in tests. */
export const DEMO_NODES = {
  /** Home's gateway, nicknamed `Living_Room <2>`; it also carries the speed-test results. */
  homeGateway: "1F00A1C001",
  /** Home's `Kid's & Guest` pod. */
  homeKidsGuest: "1F00A1C002",
  /** Country House's disconnected pod. */
  countryHouseBarn: "1F00A2C002",
  /** Country House's gateway (failed speed tests in its results). */
  countryHouseGateway: "1F00A2C001",
  /** Workshop's pod that flaps on the clock cycle. */
  workshopFlapping: "1F00A7C002",
} as const;
