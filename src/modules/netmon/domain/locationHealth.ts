/**
 * Location health for `/status` and the alert job: the rules of the research note, as data.
 *
 * 1. no pods → offline ("no_pods")
 * 2. no pod connected → offline ("all_pods_disconnected")
 * 3. some pods disconnected → online, with "pods_disconnected"
 * 4. connected pods in fair/poor health or with any alert → online, with "health_issues"
 * 5. `serviceLevel.status` present and not "fullService" → degraded ("degraded_service")
 * 6. no reason at all → all systems operational
 *
 * Unlike the seed's if/elif chain, every reason that applies is reported (most severe first),
 * so a view can say "1 pod disconnected" AND "2 health issues". The view does the wording.
 */
import type { PlumeLocation, PlumeNode } from "./schemas.js";

export type LocationState = "online" | "offline" | "degraded";

export type HealthReason =
  | "no_pods"
  | "all_pods_disconnected"
  | "pods_disconnected"
  | "health_issues"
  | "degraded_service";

export type PodConnection = "connected" | "disconnected" | "unknown";
export type PodHealth = "excellent" | "good" | "fair" | "poor" | "unknown";
/** Plume's `wifi` backhaul is the mesh; `ethernet` is wired. */
export type Backhaul = "mesh" | "wired" | "unknown";

/** What a `/status` line says about one pod. */
export interface PodLine {
  id: string;
  /** nickname, else defaultName, else id: raw text, the view escapes it. */
  name: string;
  connection: PodConnection;
  /** ISO time of the last connection change, as the API gave it. */
  connectionChangedAt: string | null;
  health: PodHealth;
  healthScore: number | null;
  backhaul: Backhaul;
  /** Alert types, e.g. "highInterference". */
  alerts: string[];
  /** As reported; only connected pods count towards the location's total. */
  connectedDevices: number;
  /** Connected and (fair/poor health or at least one alert). */
  hasIssue: boolean;
}

/** The latest speed test, or why there is none to show. */
export type SpeedTestSummary =
  | {
      status: "available";
      downloadMbps: number;
      uploadMbps: number | null;
      latencyMs: number | null;
      endedAt: string | null;
      isp: string | null;
      server: string | null;
    }
  /** The location never ran one (no `speedTest` field). */
  | { status: "none" }
  /** The latest test did not succeed (e.g. `status: "failed"`). */
  | { status: "failed"; endedAt: string | null }
  /** Reported as succeeded but without a download figure. */
  | { status: "incomplete"; endedAt: string | null };

export interface LocationHealth {
  locationId: string;
  locationName: string | null;
  state: LocationState;
  /** Every rule that applies, most severe first; empty means all systems operational. */
  reasons: HealthReason[];
  counts: {
    pods: number;
    connected: number;
    /** Pods not reported as "connected" (disconnected or unknown state). */
    disconnected: number;
    /** Connected pods with fair/poor health or an alert. */
    withIssues: number;
    /** Alerts on connected pods. */
    alerts: number;
  };
  /** Sum of `connectedDeviceCount` over connected pods only (disconnected pods report stale counts). */
  connectedDevices: number;
  serviceLevel: string | null;
  pods: PodLine[];
  speedTest: SpeedTestSummary;
}

const HEALTH_VALUES: readonly PodHealth[] = ["excellent", "good", "fair", "poor"];

function podConnection(raw: string | null | undefined): PodConnection {
  const value = raw?.toLowerCase();
  if (value === "connected") return "connected";
  if (value === "disconnected") return "disconnected";
  return "unknown";
}

function podHealth(raw: string | null | undefined): PodHealth {
  const value = raw?.toLowerCase() as PodHealth | undefined;
  return value && HEALTH_VALUES.includes(value) ? value : "unknown";
}

function backhaul(raw: string | null | undefined): Backhaul {
  const value = raw?.toLowerCase();
  if (value === "wifi") return "mesh";
  if (value === "ethernet") return "wired";
  return "unknown";
}

/** One pod's line; exported for `/nodes` and the alert job, which need the same reading. */
export function describePod(node: PlumeNode): PodLine {
  const connection = podConnection(node.connectionState);
  const health = podHealth(node.health?.status);
  const alerts = (node.alerts ?? []).map((a) => a.type ?? "unknown");
  return {
    id: node.id,
    name: node.nickname?.trim() || node.defaultName?.trim() || node.id,
    connection,
    connectionChangedAt: node.connectionStateChangeAt ?? null,
    health,
    healthScore: node.health?.score ?? null,
    backhaul: backhaul(node.backhaulType),
    alerts,
    connectedDevices: Math.max(0, node.connectedDeviceCount ?? 0),
    hasIssue: connection === "connected" && (health === "fair" || health === "poor" || alerts.length > 0),
  };
}

export function summarizeSpeedTest(speedTest: PlumeLocation["speedTest"]): SpeedTestSummary {
  if (!speedTest) return { status: "none" };
  const status = speedTest.status?.toLowerCase() ?? null;
  const endedAt = speedTest.endedAt ?? null;
  if (status !== null && status !== "succeeded") return { status: "failed", endedAt };
  if (typeof speedTest.download !== "number") return { status: "incomplete", endedAt };
  return {
    status: "available",
    downloadMbps: speedTest.download,
    uploadMbps: speedTest.upload ?? null,
    latencyMs: speedTest.rtt ?? null,
    endedAt,
    isp: speedTest.isp ?? null,
    server: speedTest.serverName ?? null,
  };
}

/**
 * Analyses a location from `GET Customers/{c}/locations/{l}` and its `nodes`.
 * A missing `serviceLevel` is not treated as degraded: absence of data is not a restriction.
 */
export function analyzeLocationHealth(location: PlumeLocation, nodes: readonly PlumeNode[]): LocationHealth {
  const pods = nodes.map(describePod);
  const connected = pods.filter((p) => p.connection === "connected");
  const withIssues = connected.filter((p) => p.hasIssue).length;
  const serviceLevel = location.serviceLevel?.status ?? null;
  const degradedService = serviceLevel !== null && serviceLevel !== "" && serviceLevel !== "fullService";

  const reasons: HealthReason[] = [];
  if (pods.length === 0) reasons.push("no_pods");
  else if (connected.length === 0) reasons.push("all_pods_disconnected");
  else if (connected.length < pods.length) reasons.push("pods_disconnected");
  if (withIssues > 0) reasons.push("health_issues");
  if (degradedService) reasons.push("degraded_service");

  const offline = connected.length === 0;
  return {
    locationId: location.id,
    locationName: location.name ?? null,
    state: offline ? "offline" : degradedService ? "degraded" : "online",
    reasons,
    counts: {
      pods: pods.length,
      connected: connected.length,
      disconnected: pods.length - connected.length,
      withIssues,
      alerts: connected.reduce((sum, p) => sum + p.alerts.length, 0),
    },
    connectedDevices: connected.reduce((sum, p) => sum + p.connectedDevices, 0),
    serviceLevel,
    pods,
    speedTest: summarizeSpeedTest(location.speedTest),
  };
}
