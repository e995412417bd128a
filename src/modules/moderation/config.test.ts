import { describe, expect, it } from "vitest";
import { moderationConfigSchema } from "./config.js";

describe("moderation settings", () => {
  it("defaults the URL to the seed's port and requires the key", () => {
    expect(moderationConfigSchema.parse({ API_V2_KEY: "k".repeat(16) })).toEqual({
      API_V2_URL: "http://127.0.0.1:8002",
      API_V2_KEY: "k".repeat(16),
      API_V2_TIMEOUT_MS: 15_000,
    });
    expect(moderationConfigSchema.safeParse({}).success).toBe(false);
    expect(moderationConfigSchema.safeParse({ API_V2_KEY: "short" }).success).toBe(false);
  });

  it("drops a trailing slash and refuses what is not http(s)", () => {
    const config = moderationConfigSchema.parse({
      API_V2_URL: "https://mod.example/",
      API_V2_KEY: "k".repeat(16),
    });
    expect(config.API_V2_URL).toBe("https://mod.example");
    expect(
      moderationConfigSchema.safeParse({ API_V2_URL: "ftp://x", API_V2_KEY: "k".repeat(16) }).success,
    ).toBe(false);
  });
});
