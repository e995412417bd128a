import { describe, expect, it } from "vitest";
import { analyzeLocationHealth } from "../domain/locationHealth.js";
import type { PlumeNode } from "../domain/schemas.js";
import { conditionsOf, diffConditions } from "./conditions.js";

const pod = (
  id: string,
  state: "connected" | "disconnected",
  changedAt = "2024-12-02T10:00:00Z",
): PlumeNode => ({
  id,
  nickname: `Pod ${id}`,
  connectionState: state,
  connectionStateChangeAt: changedAt,
});
const health = (nodes: PlumeNode[], serviceLevel = "fullService") =>
  analyzeLocationHealth({ id: "L", name: "Home", serviceLevel: { status: serviceLevel } }, nodes);
const keys = (map: Map<string, unknown>) => [...map.keys()];

describe("alert conditions", () => {
  it("a disconnected pod is a condition, since the time it dropped", () => {
    const c = conditionsOf(health([pod("a", "connected"), pod("b", "disconnected", "2024-12-02T12:00:00Z")]));
    expect([...c.values()]).toEqual([
      { key: "pod:b", kind: "pod_offline", label: "Pod b", since: Date.parse("2024-12-02T12:00:00Z") },
    ]);
  });

  it("a location with every pod down is one condition, not one per pod", () => {
    expect(keys(conditionsOf(health([pod("a", "disconnected"), pod("b", "disconnected")])))).toEqual([
      "location",
    ]);
  });

  it("while offline, pods that were already down stay open (they are not 'back')", () => {
    const now = conditionsOf(health([pod("a", "disconnected"), pod("b", "disconnected")]), ["pod:b"]);
    expect(keys(now)).toEqual(["location", "pod:b"]);
  });

  it("a degraded service level is a condition named by the level", () => {
    expect(keys(conditionsOf(health([pod("a", "connected")], "basicService")))).toEqual([
      "service:basicService",
    ]);
  });

  it("the diff raises what appeared and clears what went away", () => {
    const previous = { "pod:a": { messageId: 7 }, location: { messageId: 8 } };
    const current = conditionsOf(health([pod("a", "connected"), pod("b", "disconnected")]));
    const { raised, cleared } = diffConditions(previous, current);
    expect(raised.map((c) => c.key)).toEqual(["pod:b"]);
    expect(cleared).toEqual([
      { key: "pod:a", open: { messageId: 7 } },
      { key: "location", open: { messageId: 8 } },
    ]);
  });
});
