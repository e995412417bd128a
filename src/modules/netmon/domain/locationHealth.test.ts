import { describe, expect, it } from "vitest";
import { analyzeLocationHealth, describePod, summarizeSpeedTest } from "./locationHealth.js";
import type { PlumeLocation, PlumeNode } from "./schemas.js";

const location = (overrides: Partial<PlumeLocation> = {}): PlumeLocation => ({
  id: "loc1",
  name: "Home",
  serviceLevel: { status: "fullService" },
  speedTest: {
    status: "succeeded",
    download: 512.4,
    upload: 98.7,
    rtt: 9,
    endedAt: "2024-12-02T11:00:00.000Z",
    isp: "Northwind",
    serverName: "Chisinau",
  },
  ...overrides,
});

let nextId = 0;
const node = (overrides: Partial<PlumeNode> = {}): PlumeNode => ({
  id: `N${++nextId}`,
  nickname: `Pod ${nextId}`,
  connectionState: "connected",
  health: { status: "excellent", score: 5 },
  backhaulType: "wifi",
  alerts: [],
  connectedDeviceCount: 2,
  ...overrides,
});

describe("status: location health rules", () => {
  it("a location with no pods is offline", () => {
    const health = analyzeLocationHealth(location(), []);
    expect(health.state).toBe("offline");
    expect(health.reasons).toEqual(["no_pods"]);
    expect(health.counts).toEqual({ pods: 0, connected: 0, disconnected: 0, withIssues: 0, alerts: 0 });
    expect(health.connectedDevices).toBe(0);
  });

  it("a location whose pods are all disconnected is offline", () => {
    const health = analyzeLocationHealth(location(), [
      node({ connectionState: "disconnected" }),
      node({ connectionState: "disconnected" }),
    ]);
    expect(health.state).toBe("offline");
    expect(health.reasons).toEqual(["all_pods_disconnected"]);
    expect(health.counts.disconnected).toBe(2);
    expect(health.connectedDevices).toBe(0);
  });

  it("a location with one of three pods disconnected is online with pods_disconnected", () => {
    const health = analyzeLocationHealth(location(), [
      node({ connectedDeviceCount: 7 }),
      node({ connectionState: "disconnected", connectedDeviceCount: 5 }),
      node({ connectedDeviceCount: 1 }),
    ]);
    expect(health.state).toBe("online");
    expect(health.reasons).toEqual(["pods_disconnected"]);
    expect(health.counts).toMatchObject({ pods: 3, connected: 2, disconnected: 1 });
  });

  it("connected devices are summed over connected pods only", () => {
    const health = analyzeLocationHealth(location(), [
      node({ connectedDeviceCount: 7 }),
      node({ connectionState: "disconnected", connectedDeviceCount: 5 }),
      node({ connectedDeviceCount: null }),
      node({ connectedDeviceCount: 4 }),
    ]);
    expect(health.connectedDevices).toBe(11);
  });

  it("connected pods in fair or poor health, or with alerts, are health issues; disconnected pods are not", () => {
    const health = analyzeLocationHealth(location(), [
      node({ health: { status: "fair", score: 3 } }),
      node({ health: { status: "poor", score: 1 }, alerts: [{ type: "highInterference" }] }),
      node({ health: { status: "good", score: 4 }, alerts: [{ type: "weakBackhaul" }] }),
      node({ health: { status: "good", score: 4 } }),
      node({ connectionState: "disconnected", health: { status: "poor" }, alerts: [{ type: "podOffline" }] }),
    ]);
    expect(health.state).toBe("online");
    expect(health.reasons).toEqual(["pods_disconnected", "health_issues"]);
    expect(health.counts).toMatchObject({ withIssues: 3, alerts: 2 });
    expect(health.pods.map((p) => p.hasIssue)).toEqual([true, true, true, false, false]);
  });

  it("a service level other than fullService is degraded", () => {
    const health = analyzeLocationHealth(location({ serviceLevel: { status: "basicService" } }), [node()]);
    expect(health.state).toBe("degraded");
    expect(health.reasons).toEqual(["degraded_service"]);
    expect(health.serviceLevel).toBe("basicService");
  });

  it("a missing service level is not taken for a degraded one", () => {
    expect(analyzeLocationHealth(location({ serviceLevel: null }), [node()]).state).toBe("online");
    expect(analyzeLocationHealth(location({ serviceLevel: undefined }), [node()]).reasons).toEqual([]);
    expect(analyzeLocationHealth(location({ serviceLevel: { status: null } }), [node()]).state).toBe(
      "online",
    );
  });

  it("offline wins over a degraded service level, and both reasons are reported", () => {
    const health = analyzeLocationHealth(location({ serviceLevel: { status: "noService" } }), [
      node({ connectionState: "disconnected" }),
    ]);
    expect(health.state).toBe("offline");
    expect(health.reasons).toEqual(["all_pods_disconnected", "degraded_service"]);
  });

  it("all pods connected, healthy, full service: operational (no reasons)", () => {
    const health = analyzeLocationHealth(location(), [
      node(),
      node({ health: { status: "good", score: 4 } }),
    ]);
    expect(health).toMatchObject({ state: "online", reasons: [], locationId: "loc1", locationName: "Home" });
  });

  it("a pod whose connection state is unknown counts as not connected", () => {
    const health = analyzeLocationHealth(location(), [node(), node({ connectionState: null })]);
    expect(health.counts).toMatchObject({ connected: 1, disconnected: 1 });
    expect(health.pods[1]!.connection).toBe("unknown");
  });
});

describe("status: pod lines", () => {
  it("backhaul wifi is mesh, ethernet is wired, anything else unknown", () => {
    expect(describePod(node({ backhaulType: "wifi" })).backhaul).toBe("mesh");
    expect(describePod(node({ backhaulType: "ethernet" })).backhaul).toBe("wired");
    expect(describePod(node({ backhaulType: "moca" })).backhaul).toBe("unknown");
    expect(describePod(node({ backhaulType: null })).backhaul).toBe("unknown");
  });

  it("the name is the nickname, else the default name, else the id, untouched for the view to escape", () => {
    expect(describePod(node({ id: "X", nickname: "Living_Room <2>" })).name).toBe("Living_Room <2>");
    expect(describePod(node({ id: "X", nickname: null, defaultName: "Pod 3" })).name).toBe("Pod 3");
    expect(describePod(node({ id: "X", nickname: "  ", defaultName: null })).name).toBe("X");
  });

  it("reads health, score, alerts and change time leniently", () => {
    const line = describePod(
      node({
        id: "P",
        health: { status: "FAIR", score: 3 },
        alerts: [{ type: "highInterference" }, { type: null }],
        connectionStateChangeAt: "2024-12-02T11:50:00.000Z",
      }),
    );
    expect(line).toMatchObject({
      health: "fair",
      healthScore: 3,
      alerts: ["highInterference", "unknown"],
      connectionChangedAt: "2024-12-02T11:50:00.000Z",
    });
    expect(describePod(node({ health: null })).health).toBe("unknown");
    expect(describePod(node({ health: { status: "splendid" } })).health).toBe("unknown");
  });
});

describe("status: speed test summary", () => {
  it("a succeeded test gives download, upload, latency, when, ISP and server", () => {
    expect(summarizeSpeedTest(location().speedTest)).toEqual({
      status: "available",
      downloadMbps: 512.4,
      uploadMbps: 98.7,
      latencyMs: 9,
      endedAt: "2024-12-02T11:00:00.000Z",
      isp: "Northwind",
      server: "Chisinau",
    });
  });

  it("no speedTest field means none ran", () => {
    expect(summarizeSpeedTest(undefined)).toEqual({ status: "none" });
    expect(summarizeSpeedTest(null)).toEqual({ status: "none" });
  });

  it("a failed test says failed, with its time", () => {
    expect(
      summarizeSpeedTest({ status: "failed", download: null, endedAt: "2024-12-02T07:00:00.000Z" }),
    ).toEqual({
      status: "failed",
      endedAt: "2024-12-02T07:00:00.000Z",
    });
  });

  it("a succeeded test without a download figure is incomplete", () => {
    expect(summarizeSpeedTest({ status: "succeeded", download: null })).toEqual({
      status: "incomplete",
      endedAt: null,
    });
  });
});
