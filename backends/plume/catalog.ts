/**
 * The static demo world: partners' customers, their locations and pods, described once.
 * Time-dependent facts (when a pod went down, WAN samples, outages) are derived from these
 * specs and the clock elsewhere, so this file reads as a table of the cases the bot must handle.
 */
import { DEMO_CUSTOMERS, DEMO_LOCATIONS, DEMO_NODES, DEMO_PARTNERS } from "./demoCredentials.js";

export type HealthStatus = "excellent" | "good" | "fair" | "poor";

export interface PodSpec {
  id: string;
  /** `null` exercises the client's fallback to `defaultName`. */
  nickname: string | null;
  model: "SuperPod" | "PowerPod" | "Plume Pod v1";
  /** The gateway is wired to the modem (`ethernet`); other pods use the mesh (`wifi`). */
  gateway: boolean;
  /** Static state; `disconnectedForMin` is how long ago it dropped (anchored to the hour). */
  connection: { state: "connected" } | { state: "disconnected"; disconnectedForMin: number };
  /** `null` models pods the cloud has no health for (e.g. long disconnected). */
  health: { status: HealthStatus; score: number } | null;
  alerts: string[];
  /** Reported even for disconnected pods (stale), which clients must not count. */
  devices: number;
  /** Drops and recovers on the backend's flapping cycle. */
  flapping?: boolean;
}

export type SpeedTestSpec =
  | { status: "succeeded"; download: number; upload: number; rtt: number; hoursAgo: number }
  | { status: "failed"; hoursAgo: number }
  | null;

export interface WifiSpec {
  ssid: string;
  enable: boolean;
  wpaMode: "psk2" | "sae-mixed" | "open";
}

export interface LocationSpec {
  id: string;
  customerId: string;
  name: string;
  serviceLevel: string;
  speedTest: SpeedTestSpec;
  isp: string;
  pods: PodSpec[];
  wifi: WifiSpec[];
  /** Peak WAN rate in the evening, Mbps. */
  wanCapacityMbps: number;
  /** Probability that an outage starts in a given hour. */
  outageChancePerHour: number;
  /** The whole location has been offline this long (no WAN data, offline samples). */
  offlineForMin?: number;
  timezone: string;
}

export interface CustomerSpec {
  id: string;
  accountId: string;
  name: string;
  email: string;
  partnerId: string;
  createdAt: string;
}

const nw = DEMO_PARTNERS.northwind.id;
const bb = DEMO_PARTNERS.bluebird.id;

export const CUSTOMERS: readonly CustomerSpec[] = [
  {
    id: DEMO_CUSTOMERS.ana,
    accountId: "NW-100231",
    name: "Ana Popescu",
    email: "ana.popescu@example.net",
    partnerId: nw,
    createdAt: "2023-03-14T09:26:53.000Z",
  },
  {
    id: DEMO_CUSTOMERS.bistro,
    accountId: "NW-100232",
    name: "Bistro *Central* & Co_",
    email: "it@bistro-central.example",
    partnerId: nw,
    createdAt: "2023-06-02T15:04:11.000Z",
  },
  {
    id: DEMO_CUSTOMERS.dmitri,
    accountId: "NW-100233",
    name: "Dmitri Ivanov",
    email: "d.ivanov@example.org",
    partnerId: nw,
    createdAt: "2024-01-20T11:45:00.000Z",
  },
  {
    id: DEMO_CUSTOMERS.pizzeria,
    accountId: "NW-100234",
    name: "Pizzeria Rapida SRL",
    email: "noc@pizzeria-rapida.example",
    partnerId: nw,
    createdAt: "2022-11-30T08:00:00.000Z",
  },
  {
    id: DEMO_CUSTOMERS.elena,
    accountId: "BB-200017",
    name: "Elena Rusu",
    email: "elena.rusu@example.com",
    partnerId: bb,
    createdAt: "2024-05-09T18:12:40.000Z",
  },
];

function pod(
  id: string,
  nickname: string | null,
  rest: Partial<Omit<PodSpec, "id" | "nickname">> = {},
): PodSpec {
  return {
    id,
    nickname,
    model: "SuperPod",
    gateway: false,
    connection: { state: "connected" },
    health: { status: "excellent", score: 5 },
    alerts: [],
    devices: 2,
    ...rest,
  };
}

const down = (disconnectedForMin: number) => ({ state: "disconnected" as const, disconnectedForMin });

const HAND_MADE: LocationSpec[] = [
  {
    id: DEMO_LOCATIONS.home,
    customerId: DEMO_CUSTOMERS.ana,
    name: "Home",
    serviceLevel: "fullService",
    speedTest: { status: "succeeded", download: 512.4, upload: 98.7, rtt: 9, hoursAgo: 3 },
    isp: "Northwind Fiber",
    pods: [
      pod(DEMO_NODES.homeGateway, "Living_Room <2>", { gateway: true, devices: 7 }),
      pod(DEMO_NODES.homeKidsGuest, "Kid's & Guest", { health: { status: "good", score: 4 }, devices: 4 }),
      pod("1F00A1C003", null, { model: "PowerPod", devices: 2 }),
    ],
    wifi: [
      { ssid: "Popescu_Home", enable: true, wpaMode: "sae-mixed" },
      { ssid: "Popescu Guest <5G>", enable: false, wpaMode: "psk2" },
    ],
    wanCapacityMbps: 480,
    outageChancePerHour: 0.004,
    timezone: "Europe/Chisinau",
  },
  {
    id: DEMO_LOCATIONS.countryHouse,
    customerId: DEMO_CUSTOMERS.ana,
    name: "Country House",
    serviceLevel: "fullService",
    speedTest: { status: "failed", hoursAgo: 7 },
    isp: "Northwind Fiber",
    pods: [
      pod(DEMO_NODES.countryHouseGateway, "Hallway", {
        gateway: true,
        health: { status: "good", score: 4 },
        devices: 3,
      }),
      pod(DEMO_NODES.countryHouseBarn, "Barn *loft*", { connection: down(130), health: null, devices: 2 }),
      pod("1F00A2C003", "Porch", { model: "Plume Pod v1", devices: 1 }),
    ],
    wifi: [{ ssid: "Dacha", enable: true, wpaMode: "psk2" }],
    wanCapacityMbps: 90,
    outageChancePerHour: 0.02,
    timezone: "Europe/Chisinau",
  },
  {
    id: DEMO_LOCATIONS.mainHall,
    customerId: DEMO_CUSTOMERS.bistro,
    name: "Main Hall",
    serviceLevel: "fullService",
    speedTest: null,
    isp: "Northwind Fiber",
    pods: [
      pod("1F00A3C001", "Bar_Counter", { gateway: true, health: { status: "good", score: 4 }, devices: 18 }),
      pod("1F00A3C002", "Kitchen", {
        health: { status: "poor", score: 1 },
        alerts: ["highInterference"],
        devices: 6,
      }),
      pod("1F00A3C003", "Dining <Room>", { health: { status: "fair", score: 3 }, devices: 11 }),
      pod("1F00A3C004", "Patio", {
        health: { status: "good", score: 4 },
        alerts: ["weakBackhaul"],
        devices: 5,
      }),
      pod("1F00A3C005", "Back office", {
        connection: down(1440 * 3),
        health: { status: "poor", score: 1 },
        alerts: ["podOffline"],
        devices: 3,
      }),
    ],
    wifi: [
      { ssid: "Bistro_Staff", enable: true, wpaMode: "psk2" },
      { ssid: "Bistro Guests & Friends", enable: true, wpaMode: "open" },
    ],
    wanCapacityMbps: 260,
    outageChancePerHour: 0.01,
    timezone: "Europe/Bucharest",
  },
  {
    id: DEMO_LOCATIONS.storage,
    customerId: DEMO_CUSTOMERS.bistro,
    name: "Storage",
    serviceLevel: "fullService",
    speedTest: { status: "succeeded", download: 94.1, upload: 19.8, rtt: 21, hoursAgo: 30 },
    isp: "Northwind Fiber",
    pods: [
      pod("1F00A4C001", "Storage gateway", {
        gateway: true,
        model: "PowerPod",
        connection: down(300),
        health: { status: "poor", score: 1 },
        devices: 1,
      }),
      pod("1F00A4C002", "Cold_room", { connection: down(300), health: null, devices: 1 }),
    ],
    wifi: [{ ssid: "Bistro_Storage", enable: true, wpaMode: "psk2" }],
    wanCapacityMbps: 40,
    outageChancePerHour: 0.01,
    offlineForMin: 300,
    timezone: "Europe/Bucharest",
  },
  {
    id: DEMO_LOCATIONS.terrace,
    customerId: DEMO_CUSTOMERS.bistro,
    name: "Terrace",
    serviceLevel: "fullService",
    speedTest: null,
    isp: "Northwind Fiber",
    pods: [],
    wifi: [{ ssid: "Bistro Terrace", enable: true, wpaMode: "psk2" }],
    wanCapacityMbps: 0,
    outageChancePerHour: 0,
    offlineForMin: 60 * 24 * 30,
    timezone: "Europe/Bucharest",
  },
  {
    id: DEMO_LOCATIONS.apartment,
    customerId: DEMO_CUSTOMERS.dmitri,
    name: "Apartment 12",
    serviceLevel: "basicService",
    speedTest: { status: "succeeded", download: 48.3, upload: 9.6, rtt: 34, hoursAgo: 12 },
    isp: "Northwind Fiber",
    pods: [
      pod("1F00A6C001", "Hall", { gateway: true, devices: 5 }),
      pod("1F00A6C002", "Bedroom", { health: { status: "good", score: 4 }, devices: 3 }),
    ],
    wifi: [{ ssid: "Ivanov-12", enable: true, wpaMode: "psk2" }],
    wanCapacityMbps: 55,
    outageChancePerHour: 0.006,
    timezone: "Europe/Chisinau",
  },
  {
    id: DEMO_LOCATIONS.workshop,
    customerId: DEMO_CUSTOMERS.dmitri,
    name: "Workshop",
    serviceLevel: "fullService",
    speedTest: { status: "succeeded", download: 210.5, upload: 42.2, rtt: 14, hoursAgo: 20 },
    isp: "Northwind Fiber",
    pods: [
      pod("1F00A7C001", "Workshop gateway", { gateway: true, model: "PowerPod", devices: 4 }),
      pod(DEMO_NODES.workshopFlapping, "Garage_Door & Lathe", {
        model: "Plume Pod v1",
        health: { status: "good", score: 4 },
        devices: 2,
        flapping: true,
      }),
    ],
    wifi: [{ ssid: "Workshop", enable: true, wpaMode: "psk2" }],
    wanCapacityMbps: 200,
    outageChancePerHour: 0.015,
    timezone: "Europe/Chisinau",
  },
  {
    id: DEMO_LOCATIONS.flat,
    customerId: DEMO_CUSTOMERS.elena,
    name: "Flat",
    serviceLevel: "fullService",
    speedTest: { status: "succeeded", download: 305.9, upload: 61.3, rtt: 11, hoursAgo: 5 },
    isp: "Bluebird Telecom",
    pods: [
      pod("1F00B1C001", "Salon", { gateway: true, devices: 6 }),
      pod("1F00B1C002", "Studio", { devices: 2 }),
    ],
    wifi: [{ ssid: "Rusu", enable: true, wpaMode: "sae-mixed" }],
    wanCapacityMbps: 300,
    outageChancePerHour: 0.003,
    timezone: "Europe/Bucharest",
  },
  {
    id: DEMO_LOCATIONS.office,
    customerId: DEMO_CUSTOMERS.elena,
    name: "Office",
    serviceLevel: "fullService",
    speedTest: { status: "succeeded", download: 150.2, upload: 150.1, rtt: 7, hoursAgo: 2 },
    isp: "Bluebird Telecom",
    pods: [
      pod("1F00B2C001", "Reception", { gateway: true, devices: 9 }),
      pod("1F00B2C002", "Meeting room", { health: { status: "fair", score: 3 }, devices: 4 }),
    ],
    wifi: [{ ssid: "Rusu Office", enable: true, wpaMode: "psk2" }],
    wanCapacityMbps: 150,
    outageChancePerHour: 0.005,
    timezone: "Europe/Bucharest",
  },
];

const BRANCH_DISTRICTS = [
  "Centru",
  "Botanica",
  "Buiucani",
  "Ciocana",
  "Rîșcani",
  "Telecentru",
  "Durlești",
  "Codru",
  "Sculeni",
  "Poșta Veche",
  "Malina Mică",
  "Aeroport",
];

/** Twelve healthy branches, so the bot's location list has to page. */
const BRANCHES: LocationSpec[] = BRANCH_DISTRICTS.map((district, i) => {
  const n = String(i + 1).padStart(2, "0");
  return {
    id: `65c0d1e2f3a4b5c6d7e802${n}`,
    customerId: DEMO_CUSTOMERS.pizzeria,
    name: `Branch ${n} — ${district}`,
    serviceLevel: "fullService",
    speedTest: {
      status: "succeeded",
      download: 180 + i * 7,
      upload: 40 + i,
      rtt: 10 + (i % 5),
      hoursAgo: 4 + i,
    },
    isp: "Northwind Fiber",
    pods: [
      pod(`1F00C${n}C01`, `Branch ${n} counter`, { gateway: true, devices: 8 + (i % 4) }),
      pod(`1F00C${n}C02`, `Branch ${n} kitchen`, { devices: 3 }),
    ],
    wifi: [{ ssid: `Rapida-${n}`, enable: true, wpaMode: "psk2" }],
    wanCapacityMbps: 150,
    outageChancePerHour: 0.004,
    timezone: "Europe/Chisinau",
  };
});

export const LOCATIONS: readonly LocationSpec[] = [...HAND_MADE, ...BRANCHES];
