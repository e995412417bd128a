import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { closeServices, createServices } from "../../src/platform/createServices.js";
import { uniqueKeyPrefix, useRedis } from "../support/redisServer.js";

const redis = await useRedis();
const CREDENTIAL = "Basic c3VwcG9ydC1hZ2VudDpzM2NyZXQtcGFzc3dvcmQ=";

async function servicesOn(storageUrl: string, dataDir: string) {
  return createServices({
    logger: pino({ level: "silent" }),
    storageUrl,
    dataDir,
    generalRateLimit: 30,
    loginRateLimit: 5,
  });
}

describe("secrets at rest", () => {
  it("a sealed credential stored in SQLite is not readable in the database files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sb-secrets-"));
    const services = await servicesOn(`sqlite:${join(dir, "db", "sb.db")}`, dir);
    await services.storage.set("cred:netmon:501", { header: services.secrets.seal(CREDENTIAL) });
    expect(
      services.secrets.open((await services.storage.get<{ header: string }>("cred:netmon:501"))!.header),
    ).toBe(CREDENTIAL);
    await closeServices(services);
    const bytes = readdirSync(join(dir, "db"))
      .map((f) => readFileSync(join(dir, "db", f)).toString("latin1"))
      .join("");
    expect(bytes).toContain("cred:netmon:501");
    expect(bytes).not.toContain(CREDENTIAL);
    expect(bytes).not.toContain("c3VwcG9ydC1hZ2VudDpzM2NyZXQtcGFzc3dvcmQ");
  });

  describe.skipIf(!redis.url)("on Redis", () => {
    it("a sealed credential stored in Redis is not readable there", async () => {
      const dir = mkdtempSync(join(tmpdir(), "sb-secrets-"));
      const services = await servicesOn(redis.url!, dir);
      const key = `${uniqueKeyPrefix("secrets")}cred`;
      await services.storage.set(key, { header: services.secrets.seal(CREDENTIAL) });
      const client = new Redis(redis.url!);
      const keys = await client.keys(`*${key}*`);
      expect(keys.length).toBe(1);
      const raw = await client.dumpBuffer(keys[0]!);
      expect(raw?.toString("latin1")).not.toContain(CREDENTIAL);
      await client.del(keys[0]!);
      client.disconnect();
      await closeServices(services);
    });
  });
});
