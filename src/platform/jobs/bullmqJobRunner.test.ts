import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { flushKeyPrefix, uniqueKeyPrefix, useRedis } from "../../../test/support/redisServer.js";
import { createStorage } from "../storage/createStorage.js";
import type { Storage } from "../storage/storage.js";
import { bullmqJobId } from "./bullmqJobRunner.js";
import { createJobRunner } from "./createJobRunner.js";
import type { JobRunner } from "./jobRunner.js";

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await sleep(10);
  }
}

const logger = pino({ level: "silent" });

describe("bullmqJobId", () => {
  it("maps ids BullMQ refuses (with ':' or integer-like) to distinct accepted ids", () => {
    expect(bullmqJobId("42")).toBe("job-42");
    expect(bullmqJobId("alerts:netmon:7")).toBe("job-alerts%3Anetmon%3A7");
    expect(bullmqJobId("a%3Ab")).not.toBe(bullmqJobId("a:b"));
  });

  it("createJobRunner on a Redis store without redisUrl fails with a clear message", async () => {
    const fakeRedisStore = { kind: "redis" } as Storage;
    expect(() => createJobRunner({ storage: fakeRedisStore, logger })).toThrow(/needs redisUrl/);
  });
});

const redis = await useRedis();

describe.skipIf(!redis.url)(`BullMQ job runner ${redis.skipReason ?? ""}`, () => {
  const url = redis.url!;
  const namespace = uniqueKeyPrefix("jobs").slice(0, -1);
  const stores: Storage[] = [];
  const runners: JobRunner[] = [];
  let storage: Storage;

  async function newRunner(): Promise<JobRunner> {
    storage ??= await createStorage(url, { keyPrefix: `${namespace}:store:` });
    const runner = createJobRunner({ storage, logger, redisUrl: url, namespace, retryDelayMs: 30 });
    runners.push(runner);
    return runner;
  }

  afterEach(async () => {
    for (const runner of runners.splice(0)) await runner.stop();
  });
  afterAll(async () => {
    await storage?.close();
    for (const store of stores) await store.close();
    await flushKeyPrefix(url, namespace);
  });

  it("a delayed job runs after its delay, once, even when scheduled twice", async () => {
    const runner = await newRunner();
    const seen: Array<{ data: unknown; at: number; id: string }> = [];
    runner.define("mail", async (data, job) => void seen.push({ data, at: Date.now(), id: job.id }));
    await runner.start();
    const scheduledAt = Date.now();
    await runner.schedule("mail", { n: 1 }, { id: "welcome:42", delayMs: 150 });
    await runner.schedule("mail", { n: 2 }, { id: "welcome:42", delayMs: 0 });
    await until(() => seen.length === 1);
    await sleep(150);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.data).toEqual({ n: 1 });
    expect(seen[0]!.id).toBe("welcome:42");
    expect(seen[0]!.at - scheduledAt).toBeGreaterThanOrEqual(140);
  });

  it("two runners on one Redis with the same repeatable job run each tick once", async () => {
    const [a, b] = [await newRunner(), await newRunner()];
    const runs = { a: 0, b: 0 };
    a.define("tick", async () => {
      runs.a += 1;
    });
    b.define("tick", async () => {
      runs.b += 1;
    });
    await Promise.all([a.start(), b.start()]);
    await a.every("tick", {}, { id: "tick", intervalMs: 200 });
    await b.every("tick", {}, { id: "tick", intervalMs: 200 });
    await sleep(1100);
    await a.cancel("tick");
    const total = runs.a + runs.b;
    // One runner alone makes 5–7 runs in 1.1 s at 200 ms (the first is immediate); each tick run
    // by both would make 10 or more.
    expect(total).toBeGreaterThanOrEqual(4);
    expect(total).toBeLessThanOrEqual(7);
  });

  it("a delayed job survives a runner restart", async () => {
    const first = await newRunner();
    first.define("reminder", async () => {});
    await first.start();
    await first.schedule("reminder", { text: "hi" }, { id: "r1", delayMs: 200 });
    await first.stop();

    const second = await newRunner();
    const seen: unknown[] = [];
    second.define("reminder", async (data) => void seen.push(data));
    await second.start();
    await until(() => seen.length === 1);
    expect(seen).toEqual([{ text: "hi" }]);
  });

  it("cancel removes a delayed job and a repeatable schedule", async () => {
    const runner = await newRunner();
    const runs = { once: 0, tick: 0 };
    runner.define("once", async () => {
      runs.once += 1;
    });
    runner.define("tick", async () => {
      runs.tick += 1;
    });
    await runner.start();
    await runner.schedule("once", {}, { id: "o1", delayMs: 150 });
    await runner.every("tick", {}, { id: "t1", intervalMs: 100 });
    await until(() => runs.tick >= 1);
    await runner.cancel("o1");
    await runner.cancel("t1");
    const ticks = runs.tick;
    await sleep(300);
    expect(runs.once).toBe(0);
    expect(runs.tick).toBe(ticks);
  });

  it("a failing job is retried until it succeeds", async () => {
    const runner = await newRunner();
    let attempts = 0;
    runner.define("flaky", async () => {
      attempts += 1;
      if (attempts < 3) throw new Error("backend down");
    });
    await runner.start();
    await runner.schedule("flaky", {}, { id: "f1" });
    await until(() => attempts === 3);
    await sleep(150);
    expect(attempts).toBe(3);
  });
});
