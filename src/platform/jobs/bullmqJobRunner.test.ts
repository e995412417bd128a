import { setTimeout as sleep } from "node:timers/promises";
import { Queue } from "bullmq";
import { pino } from "pino";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { flushKeyPrefix, uniqueKeyPrefix, useRedis } from "../../../test/support/redisServer.js";
import { createStorage } from "../storage/createStorage.js";
import type { Storage } from "../storage/storage.js";
import { bullmqJobId } from "./bullmqJobRunner.js";
import { createJobRunner } from "./createJobRunner.js";
import type { JobRunner } from "./jobRunner.js";
import { nextLocalTime } from "./localTime.js";

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
  /** The runners' queue, to look at what BullMQ holds. */
  let inspector: Queue | undefined;
  function inspect(): Queue {
    inspector ??= new Queue("jobs", { connection: { url }, prefix: namespace });
    return inspector;
  }

  afterAll(async () => {
    await inspector?.close();
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

  it("a job at an absolute instant runs then, not before", async () => {
    const runner = await newRunner();
    const ranAt: number[] = [];
    runner.define("night", async () => void ranAt.push(Date.now()));
    await runner.start();
    const at = new Date(Date.now() + 200);
    await runner.schedule("night", {}, { id: "night:-100", at });
    await until(() => ranAt.length === 1);
    expect(ranAt[0]!).toBeGreaterThanOrEqual(at.getTime() - 10);
  });

  it("a cron job is a BullMQ job scheduler with the pattern and zone, next at 09:00 Bucharest", async () => {
    const runner = await newRunner();
    runner.define("digest", async () => {});
    const before = Date.now();
    await runner.cron(
      "digest",
      { chat: 1 },
      { id: "digest:1", pattern: "0 9 * * *", tz: "Europe/Bucharest" },
    );
    const after = Date.now();
    const scheduler = await inspect().getJobScheduler(bullmqJobId("digest:1"));
    expect(scheduler).toMatchObject({ name: "digest", pattern: "0 9 * * *", tz: "Europe/Bucharest" });
    expect(scheduler?.template?.data).toEqual({ id: "digest:1", data: { chat: 1 } });
    // Both runners read the pattern the same way: the next run is the next 09:00 local time.
    const expected = [before, after].map((t) => nextLocalTime("09:00", "Europe/Bucharest", t).getTime());
    expect(expected).toContain(scheduler?.next);
    await runner.cancel("digest:1");
    expect(await inspect().getJobScheduler(bullmqJobId("digest:1"))).toBeUndefined();
  });

  it("cron() refuses a bad pattern or zone before touching Redis", async () => {
    const runner = await newRunner();
    await expect(runner.cron("x", {}, { id: "x", pattern: "0 9 * *", tz: "UTC" })).rejects.toThrow(
      /invalid cron pattern "0 9 \* \*"/,
    );
    await expect(runner.cron("x", {}, { id: "x", pattern: "0 9 * * *", tz: "Nowhere/City" })).rejects.toThrow(
      /unknown time zone/,
    );
    expect(await inspect().getJobScheduler(bullmqJobId("x"))).toBeUndefined();
  });

  it("two runners with the same per-second cron run each tick once", async () => {
    const [a, b] = [await newRunner(), await newRunner()];
    const tickSeconds: number[] = [];
    const record = async () => void tickSeconds.push(Math.floor(Date.now() / 1000));
    a.define("tick", record);
    b.define("tick", record);
    await Promise.all([a.start(), b.start()]);
    await a.cron("tick", {}, { id: "cron-tick", pattern: "* * * * * *", tz: "Europe/Bucharest" });
    await b.cron("tick", {}, { id: "cron-tick", pattern: "* * * * * *", tz: "Europe/Bucharest" });
    await until(() => tickSeconds.length >= 2, 4000);
    await a.cancel("cron-tick");
    // A tick run by both would show up as the same second twice.
    expect(new Set(tickSeconds).size).toBe(tickSeconds.length);
  });

  it("cron() again with the same schedule keeps an overdue tick, which runs once at start", async () => {
    const idle = await newRunner();
    await idle.cron("tick", {}, { id: "overdue", pattern: "* * * * * *", tz: "UTC" });
    const registered = await inspect().getJobScheduler(bullmqJobId("overdue"));
    // No worker yet: let the tick fall due, as if every instance were down.
    await sleep(Math.max(0, registered!.next! - Date.now()) + 50);

    const runner = await newRunner();
    let runs = 0;
    runner.define("tick", async () => {
      runs += 1;
    });
    await runner.cron("tick", {}, { id: "overdue", pattern: "* * * * * *", tz: "UTC" });
    // A plain upsert would have moved it to a future second; the overdue tick is still the next one.
    expect((await inspect().getJobScheduler(bullmqJobId("overdue")))?.next).toBe(registered!.next);
    await runner.start();
    await until(() => runs >= 1);
    await runner.cancel("overdue");
  });
});
