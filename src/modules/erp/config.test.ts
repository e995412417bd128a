/** erp's settings: the seed's names and defaults, BACKEND_URL as ERP_API_URL's alias, every problem named. */
import { describe, expect, it } from "vitest";
import { erpConfigSchema } from "./config.js";

const KEY = "k".repeat(24);
const problems = (input: Record<string, unknown>) => {
  const result = erpConfigSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
};

describe("erp settings", () => {
  it("the seed's defaults, with only the internal key given", () => {
    expect(erpConfigSchema.parse({ ERP_INTERNAL_API_KEY: KEY })).toEqual({
      ERP_API_URL: "http://localhost:8001",
      ERP_INTERNAL_API_KEY: KEY,
      ERP_TIMEOUT_MS: 10_000,
      MODULE_TELEGRAM_ENABLED: true,
    });
  });

  it("values from the environment are strings; empty ones mean the default", () => {
    expect(
      erpConfigSchema.parse({
        ERP_API_URL: "https://erp.firma.ro/",
        ERP_INTERNAL_API_KEY: KEY,
        ERP_TIMEOUT_MS: "2500",
        MODULE_TELEGRAM_ENABLED: "false",
      }),
    ).toEqual({
      ERP_API_URL: "https://erp.firma.ro",
      ERP_INTERNAL_API_KEY: KEY,
      ERP_TIMEOUT_MS: 2500,
      MODULE_TELEGRAM_ENABLED: false,
    });
    expect(
      erpConfigSchema.parse({ ERP_INTERNAL_API_KEY: KEY, ERP_TIMEOUT_MS: "", MODULE_TELEGRAM_ENABLED: "" }),
    ).toMatchObject({
      ERP_TIMEOUT_MS: 10_000,
      MODULE_TELEGRAM_ENABLED: true,
    });
  });

  it("the seed's BACKEND_URL stands in for ERP_API_URL, which wins when both are set", () => {
    expect(
      erpConfigSchema.parse({ ERP_INTERNAL_API_KEY: KEY, BACKEND_URL: "http://127.0.0.1:8001" }).ERP_API_URL,
    ).toBe("http://127.0.0.1:8001");
    expect(
      erpConfigSchema.parse({
        ERP_INTERNAL_API_KEY: KEY,
        BACKEND_URL: "http://127.0.0.1:1",
        ERP_API_URL: "https://erp.firma.ro",
      }).ERP_API_URL,
    ).toBe("https://erp.firma.ro");
  });

  it("the internal key is required, and long enough to guard the internal API", () => {
    expect(problems({})).toEqual([
      "ERP_INTERNAL_API_KEY is required: the key the ROA2WEB backend and the bot share",
    ]);
    expect(problems({ ERP_INTERNAL_API_KEY: "short" })).toEqual([
      "ERP_INTERNAL_API_KEY must be at least 16 characters: it guards the bot's internal API",
    ]);
  });

  it("plain http only to loopback; a bad timeout or switch is named", () => {
    expect(problems({ ERP_INTERNAL_API_KEY: KEY, ERP_API_URL: "http://erp.firma.ro" })).toEqual([
      "ERP_API_URL must use https:// (plain http:// is only allowed for localhost, 127.0.0.0/8 and ::1)",
    ]);
    expect(problems({ ERP_INTERNAL_API_KEY: KEY, ERP_TIMEOUT_MS: "50" })).toEqual([
      "ERP_TIMEOUT_MS must be at least 100 ms",
    ]);
    expect(problems({ ERP_INTERNAL_API_KEY: KEY, MODULE_TELEGRAM_ENABLED: "maybe" })).toEqual([
      "MODULE_TELEGRAM_ENABLED must be true or false",
    ]);
  });
});
