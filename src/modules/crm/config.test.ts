import { describe, expect, it } from "vitest";
import { crmConfigSchema } from "./config.js";

const problems = (input: Record<string, unknown>) => {
  const result = crmConfigSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
};

describe("crm settings", () => {
  it("the seed's defaults, with only the bot secret given", () => {
    expect(crmConfigSchema.parse({ TABYS_BOT_SECRET: "s3cret" })).toEqual({
      TABYS_API_URL: "http://localhost:8000",
      TABYS_API_TIMEOUT: 30,
      TABYS_BOT_SECRET: "s3cret",
      REDIS_SESSION_TTL: 86_400,
    });
  });

  it("values from the environment are strings; empty ones mean the default", () => {
    expect(
      crmConfigSchema.parse({
        TABYS_API_URL: "https://crm.example.kz/",
        TABYS_API_TIMEOUT: "1.5",
        TABYS_BOT_SECRET: "s3cret",
        REDIS_SESSION_TTL: "",
      }),
    ).toEqual({
      TABYS_API_URL: "https://crm.example.kz",
      TABYS_API_TIMEOUT: 1.5,
      TABYS_BOT_SECRET: "s3cret",
      REDIS_SESSION_TTL: 86_400,
    });
  });

  it("the bot secret is required", () => {
    expect(problems({})).toEqual([
      "TABYS_BOT_SECRET is required: the shared secret of the Tabys backend's bot routes",
    ]);
    expect(problems({ TABYS_BOT_SECRET: "  " })).toHaveLength(1);
  });

  it("plain http only on loopback; no credentials, query or fragment in the URL", () => {
    const secret = { TABYS_BOT_SECRET: "x" };
    expect(problems({ ...secret, TABYS_API_URL: "http://127.0.0.1:8000" })).toEqual([]);
    expect(problems({ ...secret, TABYS_API_URL: "http://[::1]:8000" })).toEqual([]);
    expect(problems({ ...secret, TABYS_API_URL: "http://crm.example.kz" })[0]).toMatch(/must use https/);
    expect(problems({ ...secret, TABYS_API_URL: "https://u:p@crm.example.kz" })[0]).toMatch(/credentials/);
    expect(problems({ ...secret, TABYS_API_URL: "https://crm.example.kz/?a=1" })[0]).toMatch(/query/);
    expect(problems({ ...secret, TABYS_API_URL: "crm" })[0]).toMatch(/not a URL/);
  });

  it("timeout and session lifetime within bounds", () => {
    const secret = { TABYS_BOT_SECRET: "x" };
    expect(problems({ ...secret, TABYS_API_TIMEOUT: "0" })[0]).toMatch(/at least 0.1/);
    expect(problems({ ...secret, TABYS_API_TIMEOUT: "abc" })[0]).toMatch(/number of seconds/);
    expect(problems({ ...secret, REDIS_SESSION_TTL: "59" })[0]).toMatch(/at least 60/);
    expect(problems({ ...secret, REDIS_SESSION_TTL: "90.5" })[0]).toMatch(/whole number/);
  });
});
