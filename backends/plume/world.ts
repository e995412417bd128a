/**
 * The live demo world: the static catalog plus the clock and the knobs tests turn (pod state,
 * service level), shaped into the JSON the Plume API answers with.
 *
 * Times are anchored to the start of the current hour or day rather than to `now`, so "down since"
 * and "booted at" stay put between two polls instead of sliding with every request.
 */

import { hashSeed } from "../kit/seededRandom.js";
import {
  CUSTOMERS,
  type CustomerSpec,
  LOCATIONS,
  type LocationSpec,
  type PodSpec,
  type SpeedTestSpec,
} from "./catalog.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The cycle of the flapping pod: up for `periodMs - downMs`, then down for `downMs`. */
export interface FlappingCycle {
  periodMs: number;
  downMs: number;
}

export const DEFAULT_FLAPPING: FlappingCycle = { periodMs: 20 * MINUTE, downMs: 5 * MINUTE };

export type ConnectionState = "connected" | "disconnected";

/** A pod's state at an instant, and since when. */
export interface PodState {
  state: ConnectionState;
  changedAt: number;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function hexByte(seed: number, shift: number): string {
  return ((seed >>> shift) & 0xff).toString(16).padStart(2, "0");
}

/** A stable, locally administered-looking MAC from the node id. */
function macFor(nodeId: string): string {
  const seed = hashSeed("mac", nodeId);
  return `f8:bb:bf:${hexByte(seed, 0)}:${hexByte(seed, 8)}:${hexByte(seed, 16)}`;
}

export class PlumeWorld {
  private readonly podOverrides = new Map<string, PodState>();
  private readonly serviceLevelOverrides = new Map<string, string>();

  constructor(
    readonly now: () => number,
    private readonly flapping: FlappingCycle | false,
  ) {}

  /** Forget every override: pods and service levels follow the catalog and the cycle again. */
  reset(): void {
    this.podOverrides.clear();
    this.serviceLevelOverrides.clear();
  }

  customersOf(partnerId: string): CustomerSpec[] {
    return CUSTOMERS.filter((c) => c.partnerId === partnerId);
  }

  /** `undefined` when the customer does not exist OR belongs to another partner (both answer 404). */
  customer(partnerId: string, customerId: string): CustomerSpec | undefined {
    return CUSTOMERS.find((c) => c.id === customerId && c.partnerId === partnerId);
  }

  locationsOf(customerId: string): LocationSpec[] {
    return LOCATIONS.filter((l) => l.customerId === customerId);
  }

  location(customerId: string, locationId: string): LocationSpec | undefined {
    return LOCATIONS.find((l) => l.id === locationId && l.customerId === customerId);
  }

  /** Any location by id, regardless of partner: for the control routes only. */
  locationById(locationId: string): LocationSpec | undefined {
    return LOCATIONS.find((l) => l.id === locationId);
  }

  /** Any pod by id, with its location: for the control routes only. */
  podById(nodeId: string): { location: LocationSpec; pod: PodSpec } | undefined {
    for (const location of LOCATIONS) {
      const pod = location.pods.find((p) => p.id === nodeId);
      if (pod) return { location, pod };
    }
    return undefined;
  }

  /** Pins a pod's state (`since` = now) or, with `"auto"`, hands it back to the catalog/cycle. */
  setPodState(nodeId: string, state: ConnectionState | "auto"): void {
    if (state === "auto") {
      this.podOverrides.delete(nodeId);
      return;
    }
    const current = this.podOverrides.get(nodeId);
    // Setting the same state again keeps its original "since", like the real cloud would.
    if (current?.state === state) return;
    this.podOverrides.set(nodeId, { state, changedAt: this.now() });
  }

  setServiceLevel(locationId: string, status: string | null): void {
    if (status === null) this.serviceLevelOverrides.delete(locationId);
    else this.serviceLevelOverrides.set(locationId, status);
  }

  serviceLevel(location: LocationSpec): string {
    return this.serviceLevelOverrides.get(location.id) ?? location.serviceLevel;
  }

  /** When the whole location went offline (no WAN samples, offline history), or `null`. */
  offlineSince(location: LocationSpec): number | null {
    if (location.offlineForMin === undefined) return null;
    return Math.floor(this.now() / HOUR) * HOUR - location.offlineForMin * MINUTE;
  }

  podState(pod: PodSpec): PodState {
    const override = this.podOverrides.get(pod.id);
    if (override) return override;
    const now = this.now();
    const hourStart = Math.floor(now / HOUR) * HOUR;
    if (pod.connection.state === "disconnected") {
      return { state: "disconnected", changedAt: hourStart - pod.connection.disconnectedForMin * MINUTE };
    }
    if (pod.flapping && this.flapping) {
      const { periodMs, downMs } = this.flapping;
      const cycleStart = Math.floor(now / periodMs) * periodMs;
      const downAt = cycleStart + periodMs - downMs;
      return now >= downAt
        ? { state: "disconnected", changedAt: downAt }
        : { state: "connected", changedAt: cycleStart };
    }
    return { state: "connected", changedAt: this.bootAt(pod) };
  }

  /** Booted a stable number of days before today, so uptime grows through the day. */
  private bootAt(pod: PodSpec): number {
    const dayStart = Math.floor(this.now() / DAY) * DAY;
    const daysAgo = 2 + (hashSeed("boot", pod.id) % 20);
    const minuteOfDay = hashSeed("boot-minute", pod.id) % 1440;
    return dayStart - daysAgo * DAY + minuteOfDay * MINUTE;
  }

  customerJson(customer: CustomerSpec): Record<string, unknown> {
    const first = this.locationsOf(customer.id)[0];
    return {
      id: customer.id,
      accountId: customer.accountId,
      name: customer.name,
      email: customer.email,
      partnerId: customer.partnerId,
      createdAt: customer.createdAt,
      locationId: first?.id ?? null,
    };
  }

  locationJson(location: LocationSpec): Record<string, unknown> {
    const json: Record<string, unknown> = {
      id: location.id,
      name: location.name,
      customerId: location.customerId,
      timezone: location.timezone,
      serviceLevel: { status: this.serviceLevel(location) },
      podCount: location.pods.length,
    };
    // "No speed test ever ran" is an absent field in the cloud's answer, not a null one.
    const speedTest = this.speedTestJson(location, location.speedTest);
    if (speedTest) json.speedTest = speedTest;
    return json;
  }

  private speedTestJson(location: LocationSpec, spec: SpeedTestSpec): Record<string, unknown> | undefined {
    if (!spec) return undefined;
    const endedAt = Math.floor(this.now() / HOUR) * HOUR - spec.hoursAgo * HOUR;
    const common = {
      startedAt: iso(endedAt - 40_000),
      endedAt: iso(endedAt),
      isp: location.isp,
      serverName: "Chisinau - Starnet",
      gateway: location.pods.find((p) => p.gateway)?.id ?? null,
    };
    if (spec.status === "failed") {
      return { status: "failed", download: null, upload: null, rtt: null, ...common };
    }
    return { status: "succeeded", download: spec.download, upload: spec.upload, rtt: spec.rtt, ...common };
  }

  nodesJson(location: LocationSpec): Record<string, unknown>[] {
    return location.pods.map((pod, index) => this.nodeJson(location, pod, index));
  }

  nodeJson(location: LocationSpec, pod: PodSpec, index: number): Record<string, unknown> {
    const state = this.podState(pod);
    const seed = hashSeed("ip", pod.id);
    return {
      id: pod.id,
      serialNumber: pod.id,
      defaultName: `Pod ${index + 1}`,
      nickname: pod.nickname,
      model: pod.model,
      locationId: location.id,
      connectionState: state.state,
      connectionStateChangeAt: iso(state.changedAt),
      health: pod.health ? { status: pod.health.status, score: pod.health.score, details: null } : null,
      backhaulType: pod.gateway ? "ethernet" : "wifi",
      alerts: pod.alerts.map((type) => ({ type })),
      connectedDeviceCount: pod.devices,
      firmwareVersion: pod.model === "Plume Pod v1" ? "4.2.0-89-g1d2e3f4" : "6.4.1-115-g9a7f2c",
      mac: macFor(pod.id),
      ip: `192.168.${40 + (seed % 10)}.${pod.gateway ? 1 : 10 + index}`,
      publicIp: pod.gateway ? `203.0.113.${1 + (seed % 250)}` : null,
      bootAt: iso(this.bootAt(pod)),
      vendor: { name: "Plume", partNumber: pod.model === "PowerPod" ? "PP1-A" : "SP1-B" },
    };
  }

  /**
   * WiFi networks, including the key: the real API returns it, and the bot must not show it.
   * The key is derived from the SSID so it is stable but obviously fake.
   */
  wifiJson(location: LocationSpec): Record<string, unknown>[] {
    return location.wifi.map((w) => ({
      ssid: w.ssid,
      enable: w.enable,
      wpaMode: w.wpaMode,
      encryptionKey:
        w.wpaMode === "open" ? null : `demo-key-${hashSeed("key", location.id, w.ssid).toString(36)}`,
    }));
  }
}
