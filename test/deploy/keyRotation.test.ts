/**
 * Re-sealing the store under a new key (scripts/keyRotation.ts, behind `npm run rotate-key`), on
 * both stores: every sealed string, however deep in a value, ends up under the new key and opens
 * with it alone; expiries are kept; what no listed key opens is counted and left untouched.
 * The command itself, against a running built app, is in builtStart.test.ts.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Redis } from "ioredis";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { type ResealReport, resealRedis, resealSqlite, resealText } from "../../scripts/keyRotation.js";
import { closeServices, createServices } from "../../src/platform/createServices.js";
import { type SecretBox, secretBoxFromKeys } from "../../src/platform/secrets/secretBox.js";
import { parseSecretKeys } from "../../src/platform/secrets/secretKeys.js";
import type { Services } from "../../src/platform/services.js";
import { flushKeyPrefix, uniqueKeyPrefix, useRedis } from "../support/redisServer.js";

const redis = await useRedis();

const OLD = "old:8Yq3Rw0bO7fGmJ2kT5vX9zC1dH4nL6pS3eA8uI0yW2c=";
const NEW = "new:2c5a1f9e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f";
const STRAY = "stray:Zm9yZ290dGVuLWtleS0zMi1ieXRlcy1sb25nLTEyMzQ=";
const box = (spec: string): SecretBox => secretBoxFromKeys(parseSecretKeys(spec));
const oldBox = box(OLD);
const rotating = box(`${NEW},${OLD}`);
const newOnly = box(NEW);

/** What an app sealed with the old key: a credential, a form's answers in a session, an expiring token. */
async function seed(services: Services) {
  const { storage } = services;
  await storage.set("cred:netmon:501", { header: oldBox.seal("Basic c2VjcmV0"), partnerId: "p-1" });
  await storage.set("session:crm:77", {
    language: "ru",
    form: { step: 2, sealed: { otp: oldBox.seal("A1B2C3D4") }, list: [oldBox.seal("one"), "plain"] },
  });
  await storage.set("vault:erp:9", oldBox.seal('{"access":"jwt-1"}'), 3_600_000);
  await storage.set("counter:hits", 3);
  await storage.set("lost:1", { secret: box(STRAY).seal("sealed with a key nobody lists") });
}

async function expectRotated(services: Services, report: ResealReport) {
  const { storage } = services;
  expect(report).toMatchObject({ resealed: 4, current: 0, unreadable: 1, inLogs: 0 });
  const cred = await storage.get<{ header: string; partnerId: string }>("cred:netmon:501");
  expect(newOnly.open(cred!.header)).toBe("Basic c2VjcmV0");
  expect(cred!.partnerId).toBe("p-1");
  const session = await storage.get<{
    language: string;
    form: { step: number; sealed: { otp: string }; list: string[] };
  }>("session:crm:77");
  expect(session!.language).toBe("ru");
  expect(newOnly.open(session!.form.sealed.otp)).toBe("A1B2C3D4");
  expect(newOnly.open(session!.form.list[0]!)).toBe("one");
  expect(session!.form.list[1]).toBe("plain");
  expect(newOnly.open((await storage.get<string>("vault:erp:9"))!)).toBe('{"access":"jwt-1"}');
  expect(await storage.get("counter:hits")).toBe(3);
  // Left as it was: only its own key opens it, and that key was not listed.
  const lost = await storage.get<{ secret: string }>("lost:1");
  expect(box(STRAY).open(lost!.secret)).toBe("sealed with a key nobody lists");
}

const quiet = pino({ level: "silent" });

describe("re-sealing one stored value", () => {
  it("leaves a value without sealed strings, or with only current ones, byte for byte", () => {
    expect(resealText('{"a":1,"b":"sb1 is not a sealed string"}', rotating).text).toBeUndefined();
    const current = JSON.stringify({ token: rotating.seal("x") });
    expect(resealText(current, rotating)).toEqual({
      text: undefined,
      counts: { resealed: 0, current: 1, unreadable: 0 },
    });
  });
});

describe("on SQLite", () => {
  it("re-seals every sealed string under the new key, keeps expiries, and reports the unreadable", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sb-rotate-"));
    const file = join(dir, "switchboard.db");
    const services = await createServices({
      logger: quiet,
      storageUrl: `sqlite:${file}`,
      dataDir: dir,
      secretKey: OLD,
      generalRateLimit: 30,
      loginRateLimit: 5,
    });
    try {
      await seed(services);
      const expiry = () => {
        const db = new Database(file, { readonly: true });
        try {
          return db.prepare("SELECT expires_at FROM kv WHERE key = 'vault:erp:9'").pluck().get() as number;
        } finally {
          db.close();
        }
      };
      const before = expiry();
      // While the app has the file open, as it would in production.
      await expectRotated(services, await resealSqlite(file, rotating));
      expect(expiry()).toBe(before);
      expect(await resealSqlite(file, rotating)).toMatchObject({ resealed: 0, current: 4, unreadable: 1 });
    } finally {
      await closeServices(services);
    }
  });
});

describe.skipIf(!redis.url)("on Redis", () => {
  const prefix = uniqueKeyPrefix("rotate");
  afterAll(() => flushKeyPrefix(redis.url!, prefix));

  it("re-seals every sealed string under the new key, keeps expiries, and reports the unreadable", async () => {
    const services = await createServices({
      logger: quiet,
      storageUrl: redis.url!,
      dataDir: mkdtempSync(join(tmpdir(), "sb-rotate-")),
      secretKey: OLD,
      generalRateLimit: 30,
      loginRateLimit: 5,
      namespace: prefix,
    });
    const client = new Redis(redis.url!);
    try {
      await seed(services);
      const ttl = () => client.pttl(`${prefix}kv:vault:erp:9`);
      expect(await ttl()).toBeGreaterThan(3_500_000);
      await expectRotated(services, await resealRedis(redis.url!, rotating, prefix));
      expect(await ttl()).toBeGreaterThan(3_500_000);
      expect(await client.pttl(`${prefix}kv:cred:netmon:501`)).toBe(-1);
      expect(await resealRedis(redis.url!, rotating, prefix)).toMatchObject({
        resealed: 0,
        current: 4,
        unreadable: 1,
      });
    } finally {
      client.disconnect();
      await closeServices(services);
    }
  });
});
