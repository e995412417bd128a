import { describe, expect, it } from "vitest";
import {
  locationSchema,
  nodeListSchema,
  nodeSchema,
  onlineStatsSchema,
  tokenResponseSchema,
  wanStatsSchema,
  wifiNetworkListSchema,
} from "./schemas.js";

describe("schemas: lenient where the Plume API is", () => {
  it("a node with only an id parses; nulls are kept as nulls", () => {
    expect(nodeSchema.parse({ id: "N1" })).toEqual({ id: "N1" });
    const node = nodeSchema.parse({
      id: "N1",
      nickname: null,
      health: null,
      alerts: null,
      connectedDeviceCount: null,
    });
    expect(node).toMatchObject({ nickname: null, health: null, alerts: null, connectedDeviceCount: null });
  });

  it("unknown fields are dropped", () => {
    expect(nodeSchema.parse({ id: "N1", radios: [1, 2], secret: "x" })).toEqual({ id: "N1" });
  });

  it("a node without an id is rejected (nothing could refer to it)", () => {
    expect(nodeSchema.safeParse({ nickname: "x" }).success).toBe(false);
  });

  it("nodes come wrapped in {nodes} or as a bare array; a null list is empty", () => {
    expect(nodeListSchema.parse({ nodes: [{ id: "a" }] })).toEqual([{ id: "a" }]);
    expect(nodeListSchema.parse([{ id: "b" }])).toEqual([{ id: "b" }]);
    expect(nodeListSchema.parse({ nodes: null })).toEqual([]);
  });

  it("wifi networks come as a list, {wifiNetworks} or a singular {wifiNetwork}, and keys are stripped", () => {
    const network = { ssid: "Home", enable: true, wpaMode: "psk2", encryptionKey: "hunter2" };
    const expected = [{ ssid: "Home", enable: true, wpaMode: "psk2" }];
    expect(wifiNetworkListSchema.parse([network])).toEqual(expected);
    expect(wifiNetworkListSchema.parse({ wifiNetworks: [network] })).toEqual(expected);
    expect(wifiNetworkListSchema.parse({ wifiNetwork: network })).toEqual(expected);
  });

  it("a location without serviceLevel or speedTest parses", () => {
    expect(locationSchema.parse({ id: "L", name: "Home" })).toEqual({ id: "L", name: "Home" });
  });

  it("WAN samples may have any field null; a missing series parses", () => {
    const body = { fifteenMins: [{ timestamp: "2024-12-02T00:00:00Z", rxMbytes: null, txMbytes: 1 }] };
    expect(wanStatsSchema.parse(body).fifteenMins![0]).toMatchObject({ rxMbytes: null, txMbytes: 1 });
    expect(wanStatsSchema.parse({}).fifteenMins).toBeUndefined();
  });

  it("online stats with null values parse", () => {
    const body = {
      statsDateRange: null,
      locationState: [{ timestamp: "2024-12-02T00:00:00Z", value: null }],
    };
    expect(onlineStatsSchema.parse(body).locationState).toHaveLength(1);
  });

  it("a token response must carry an access token and a Bearer type (any case)", () => {
    expect(
      tokenResponseSchema.parse({ access_token: "t", token_type: "bearer", expires_in: 3600 }).access_token,
    ).toBe("t");
    expect(tokenResponseSchema.safeParse({ access_token: "t", token_type: "mac" }).success).toBe(false);
    expect(tokenResponseSchema.safeParse({ token_type: "Bearer" }).success).toBe(false);
  });
});
