import { describe, expect, it } from "vitest";
import { isLoopbackHost } from "../../config/backendUrl.js";
import { DEFAULT_API_BASE, DEFAULT_REPORTS_BASE, DEFAULT_SSO_URL, netmonConfigSchema } from "./config.js";

const problems = (input: Record<string, unknown>) => {
  const result = netmonConfigSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
};

describe("netmon settings", () => {
  it("defaults to the seed's Plume addresses and a 5-minute alert interval", () => {
    expect(netmonConfigSchema.parse({})).toEqual({
      PLUME_SSO_URL: DEFAULT_SSO_URL,
      PLUME_API_BASE: DEFAULT_API_BASE,
      PLUME_REPORTS_BASE: DEFAULT_REPORTS_BASE,
      NETMON_ALERT_INTERVAL: 300,
      PLUME_TIMEOUT_MS: 10_000,
    });
    expect(DEFAULT_SSO_URL).toBe("https://external.sso.plume.com/oauth2/ausc034rgdEZKz75I357/v1/token");
  });

  it("requires https for every backend URL, except on loopback hosts", () => {
    expect(problems({ PLUME_API_BASE: "http://plume.example.com/api/" })).toEqual([
      "PLUME_API_BASE must use https:// (plain http:// is only allowed for localhost, 127.0.0.0/8 and ::1)",
    ]);
    expect(problems({ PLUME_SSO_URL: "http://10.0.0.5/oauth2/x/v1/token" })).toHaveLength(1);
    expect(problems({ PLUME_REPORTS_BASE: "ftp://127.0.0.1/reports/" })).toHaveLength(1);
    const loopback = netmonConfigSchema.parse({
      PLUME_SSO_URL: "http://127.0.0.9:4000/oauth2/a/v1/token",
      PLUME_API_BASE: "http://localhost:4000/api",
      PLUME_REPORTS_BASE: "http://[::1]:4000/reports/",
    });
    expect(loopback.PLUME_API_BASE).toBe("http://localhost:4000/api/");
  });

  it("refuses URLs that are not URLs, carry credentials, or a token URL without a path", () => {
    expect(problems({ PLUME_API_BASE: "plume" })).toEqual(["PLUME_API_BASE is not a URL"]);
    expect(problems({ PLUME_API_BASE: "https://user:pw@plume.example.com/api/" })).toEqual([
      "PLUME_API_BASE must not carry credentials",
    ]);
    expect(problems({ PLUME_SSO_URL: "https://sso.example.com/" })).toEqual([
      "PLUME_SSO_URL must be the full token endpoint URL (…/v1/token)",
    ]);
  });

  it("reads the allowlist from a comma- or space-separated list, or a list in a config file", () => {
    expect(netmonConfigSchema.parse({ NETMON_ALLOWED_USERS: "501, 502 503" }).NETMON_ALLOWED_USERS).toEqual([
      501, 502, 503,
    ]);
    expect(netmonConfigSchema.parse({ NETMON_ALLOWED_USERS: [501, "502"] }).NETMON_ALLOWED_USERS).toEqual([
      501, 502,
    ]);
    expect(netmonConfigSchema.parse({ NETMON_ALLOWED_USERS: " " }).NETMON_ALLOWED_USERS).toBeUndefined();
    expect(problems({ NETMON_ALLOWED_USERS: "501,@alice" })).toEqual([
      'NETMON_ALLOWED_USERS "@alice" is not a Telegram user id',
    ]);
  });

  it("keeps the alert interval between 30 s and a day", () => {
    expect(netmonConfigSchema.parse({ NETMON_ALERT_INTERVAL: "120" }).NETMON_ALERT_INTERVAL).toBe(120);
    expect(problems({ NETMON_ALERT_INTERVAL: "5" })).toEqual([
      "NETMON_ALERT_INTERVAL must be at least 30 seconds",
    ]);
    expect(problems({ NETMON_ALERT_INTERVAL: "often" })).toEqual([
      "NETMON_ALERT_INTERVAL must be a number of seconds",
    ]);
  });

  it("knows which hosts are loopback", () => {
    for (const host of ["localhost", "127.0.0.1", "127.1.2.3", "[::1]", "::1", "app.localhost"]) {
      expect(isLoopbackHost(host)).toBe(true);
    }
    for (const host of ["10.0.0.1", "128.0.0.1", "example.com", "[::2]", "localhost.example.com"]) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });
});
