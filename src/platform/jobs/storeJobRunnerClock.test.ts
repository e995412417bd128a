/**
 * The embedded runner on a manual clock: cron ticks in a time zone and jobs at an absolute instant.
 * Nothing here waits on real time; each step moves the clock and calls `runDue()`.
 */
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createStorage } from "../storage/createStorage.js";
import type { Storage } from "../storage/storage.js";
import { nextLocalTime } from "./localTime.js";
import { createStoreJobRunner, type StoreJobRunner } from "./storeJobRunner.js";

const BUCHAREST = "Europe/Bucharest";
const DAILY_9 = { pattern: "0 9 * * *", tz: BUCHAREST };
const logger = pino({ level: "silent" });

function manualClock(iso: string) {
  let current = Date.parse(iso);
  return {
    now: () => current,
    set: (at: string) => {
      current = Date.parse(at);
    },
  };
}

const stores: Storage[] = [];
const runners: StoreJobRunner[] = [];
afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.stop();
  for (const storage of stores.splice(0)) await storage.close();
});

async function memoryStore(): Promise<Storage> {
  const storage = await createStorage("sqlite::memory:");
  stores.push(storage);
  return storage;
}

/** A started runner on `storage` whose clock is `clock`, counting runs of job `name`. */
async function runnerWith(
  storage: Storage,
  clock: { now: () => number },
  extra: { retryDelayMs?: number; maxAttempts?: number } = {},
) {
  // A long poll: the real-time timer must not matter, runDue() does the looking.
  const runner = createStoreJobRunner({ storage, logger, now: clock.now, pollIntervalMs: 60_000, ...extra });
  runners.push(runner);
  const runs: Array<{ at: string; data: unknown; id: string }> = [];
  const record = async (data: unknown, job: { id: string }) =>
    void runs.push({ at: new Date(clock.now()).toISOString(), data, id: job.id });
  return { runner, runs, record };
}

describe("cron jobs in a time zone (embedded runner, manual clock)", () => {
  it("0 9 * * * in Europe/Bucharest runs at 07:00Z in December: not a second before, once", async () => {
    const clock = manualClock("2026-12-05T06:00:00Z");
    const { runner, runs, record } = await runnerWith(await memoryStore(), clock);
    runner.define("digest", record);
    await runner.cron("digest", { chat: 1 }, { id: "digest:1", ...DAILY_9 });
    await runner.start();
    await runner.runDue();
    expect(runs).toEqual([]);

    clock.set("2026-12-05T06:59:59Z");
    await runner.runDue();
    expect(runs).toEqual([]);

    clock.set("2026-12-05T07:00:00Z");
    await runner.runDue();
    await runner.runDue();
    expect(runs).toEqual([{ at: "2026-12-05T07:00:00.000Z", data: { chat: 1 }, id: "digest:1" }]);

    clock.set("2026-12-06T06:59:59Z");
    await runner.runDue();
    expect(runs).toHaveLength(1);
    clock.set("2026-12-06T07:00:00Z");
    await runner.runDue();
    expect(runs.map((r) => r.at)).toEqual(["2026-12-05T07:00:00.000Z", "2026-12-06T07:00:00.000Z"]);
  });

  it("follows the March change: 07:00Z on the 28th, 06:00Z on the 29th", async () => {
    const clock = manualClock("2026-03-28T06:00:00Z");
    const { runner, runs, record } = await runnerWith(await memoryStore(), clock);
    runner.define("digest", record);
    await runner.start();
    await runner.cron("digest", {}, { id: "d", ...DAILY_9 });
    for (const at of [
      "2026-03-28T06:59:59Z",
      "2026-03-28T07:00:00Z",
      "2026-03-29T05:59:59Z",
      "2026-03-29T06:00:00Z",
    ]) {
      clock.set(at);
      await runner.runDue();
    }
    expect(runs.map((r) => r.at)).toEqual(["2026-03-28T07:00:00.000Z", "2026-03-29T06:00:00.000Z"]);
  });

  it("follows the October change: 06:00Z on the 24th, 07:00Z on the 25th", async () => {
    const clock = manualClock("2026-10-24T05:00:00Z");
    const { runner, runs, record } = await runnerWith(await memoryStore(), clock);
    runner.define("digest", record);
    await runner.start();
    await runner.cron("digest", {}, { id: "d", ...DAILY_9 });
    for (const at of [
      "2026-10-24T06:00:00Z",
      "2026-10-25T06:00:00Z",
      "2026-10-25T06:59:59Z",
      "2026-10-25T07:00:00Z",
    ]) {
      clock.set(at);
      await runner.runDue();
    }
    expect(runs.map((r) => r.at)).toEqual(["2026-10-24T06:00:00.000Z", "2026-10-25T07:00:00.000Z"]);
  });

  it("survives a restart: ticks missed while down make one catch-up run, then the schedule goes on", async () => {
    const storage = await memoryStore();
    const clock = manualClock("2026-12-05T06:00:00Z");
    const first = await runnerWith(storage, clock);
    first.runner.define("digest", first.record);
    await first.runner.cron("digest", {}, { id: "d", ...DAILY_9 });
    await first.runner.start();
    await first.runner.stop();

    // Down for three 09:00s; the new process declares the same cron at start-up, as the kernel does.
    clock.set("2026-12-08T12:00:00Z");
    const second = await runnerWith(storage, clock);
    second.runner.define("digest", second.record);
    await second.runner.cron("digest", {}, { id: "d", ...DAILY_9 });
    await second.runner.start();
    await second.runner.runDue();
    await second.runner.runDue();
    expect(second.runs.map((r) => r.at)).toEqual(["2026-12-08T12:00:00.000Z"]);

    clock.set("2026-12-09T06:59:59Z");
    await second.runner.runDue();
    clock.set("2026-12-09T07:00:00Z");
    await second.runner.runDue();
    expect(second.runs.map((r) => r.at)).toEqual(["2026-12-08T12:00:00.000Z", "2026-12-09T07:00:00.000Z"]);
    expect(first.runs).toEqual([]);
  });

  it("cron() with another pattern or zone replaces the schedule; with new data keeps the time", async () => {
    const clock = manualClock("2026-12-05T06:00:00Z");
    const { runner, runs, record } = await runnerWith(await memoryStore(), clock);
    runner.define("digest", record);
    await runner.start();
    await runner.cron("digest", { v: 1 }, { id: "d", ...DAILY_9 });
    await runner.cron("digest", { v: 2 }, { id: "d", pattern: "0 9 * * *", tz: "UTC" });
    clock.set("2026-12-05T07:00:00Z");
    await runner.runDue();
    expect(runs).toEqual([]);
    await runner.cron("digest", { v: 3 }, { id: "d", pattern: "0 9 * * *", tz: "UTC" });
    clock.set("2026-12-05T09:00:00Z");
    await runner.runDue();
    expect(runs.map((r) => [r.at, r.data])).toEqual([["2026-12-05T09:00:00.000Z", { v: 3 }]]);
  });

  it("a failing run is retried on the clock, then waits for the next tick", async () => {
    const clock = manualClock("2026-12-05T06:00:00Z");
    const { runner } = await runnerWith(await memoryStore(), clock, { retryDelayMs: 1000, maxAttempts: 2 });
    const attempts: string[] = [];
    runner.define("digest", async () => {
      attempts.push(new Date(clock.now()).toISOString());
      throw new Error("backend down");
    });
    await runner.start();
    await runner.cron("digest", {}, { id: "d", ...DAILY_9 });
    for (const at of [
      "2026-12-05T07:00:00Z",
      "2026-12-05T07:00:00.999Z",
      "2026-12-05T07:00:01Z",
      "2026-12-05T08:00:00Z",
    ]) {
      clock.set(at);
      await runner.runDue();
    }
    expect(attempts).toEqual(["2026-12-05T07:00:00.000Z", "2026-12-05T07:00:01.000Z"]);
    clock.set("2026-12-06T07:00:00Z");
    await runner.runDue();
    expect(attempts).toHaveLength(3);
  });

  it("refuses a bad pattern or zone at call time, writing nothing", async () => {
    const storage = await memoryStore();
    const { runner } = await runnerWith(storage, manualClock("2026-12-05T06:00:00Z"));
    await expect(runner.cron("x", {}, { id: "x", pattern: "0 25 * * *", tz: BUCHAREST })).rejects.toThrow(
      /invalid cron pattern "0 25 \* \* \*": .*expected range 0-23/,
    );
    await expect(
      runner.cron("x", {}, { id: "x", pattern: "0 9 * * *", tz: "Europe/Buchrest" }),
    ).rejects.toThrow(/unknown time zone "Europe\/Buchrest"/);
    expect(await storage.listKeys("jobs:")).toEqual([]);
  });
});

describe("jobs at an absolute instant (embedded runner, manual clock)", () => {
  it("runs at `at`, not before, once; the id is idempotent until it has run", async () => {
    const clock = manualClock("2026-12-05T20:00:00Z");
    const { runner, runs, record } = await runnerWith(await memoryStore(), clock);
    runner.define("night", record);
    await runner.start();
    const at = new Date("2026-12-05T21:00:00Z");
    await runner.schedule("night", { phase: "start" }, { id: "night:-100", at });
    await runner.schedule(
      "night",
      { phase: "other" },
      { id: "night:-100", at: Date.parse("2026-12-05T20:30:00Z") },
    );
    clock.set("2026-12-05T20:59:59.999Z");
    await runner.runDue();
    expect(runs).toEqual([]);
    clock.set("2026-12-05T21:00:00Z");
    await runner.runDue();
    await runner.runDue();
    expect(runs).toEqual([{ at: "2026-12-05T21:00:00.000Z", data: { phase: "start" }, id: "night:-100" }]);
  });

  it("a cancelled job never runs; one at a past instant runs at once", async () => {
    const clock = manualClock("2026-12-05T20:00:00Z");
    const { runner, runs, record } = await runnerWith(await memoryStore(), clock);
    runner.define("night", record);
    await runner.start();
    await runner.schedule("night", {}, { id: "a", at: Date.parse("2026-12-05T21:00:00Z") });
    await runner.cancel("a");
    await runner.schedule("night", {}, { id: "b", at: Date.parse("2026-12-05T19:00:00Z") });
    await runner.runDue();
    clock.set("2026-12-06T00:00:00Z");
    await runner.runDue();
    expect(runs.map((r) => [r.id, r.at])).toEqual([["b", "2026-12-05T20:00:00.000Z"]]);
  });

  it("night mode: the start job schedules its end at 07:00 local; across the March change", async () => {
    const clock = manualClock("2026-03-28T12:00:00Z");
    const { runner } = await runnerWith(await memoryStore(), clock);
    const log: string[] = [];
    runner.define("night:start", async () => {
      log.push(`start ${new Date(clock.now()).toISOString()}`);
      const at = nextLocalTime("07:00", BUCHAREST, clock.now());
      await runner.schedule("night:end", {}, { id: "night:end:-100", at });
    });
    runner.define("night:end", async () => void log.push(`end ${new Date(clock.now()).toISOString()}`));
    await runner.start();
    const at = nextLocalTime("23:00", BUCHAREST, clock.now());
    await runner.schedule("night:start", {}, { id: "night:start:-100", at });
    for (const step of ["2026-03-28T21:00:00Z", "2026-03-29T03:59:59Z", "2026-03-29T04:00:00Z"]) {
      clock.set(step);
      await runner.runDue();
    }
    expect(log).toEqual(["start 2026-03-28T21:00:00.000Z", "end 2026-03-29T04:00:00.000Z"]);
  });

  it("refuses an invalid date, or `at` together with `delayMs`", async () => {
    const { runner } = await runnerWith(await memoryStore(), manualClock("2026-12-05T20:00:00Z"));
    await expect(runner.schedule("x", {}, { id: "x", at: new Date("nonsense") })).rejects.toThrow(
      /invalid date/,
    );
    const both = { id: "x", at: 0, delayMs: 5 } as unknown as { id: string; at: number };
    await expect(runner.schedule("x", {}, both)).rejects.toThrow(/either `at` or `delayMs`/);
  });
});
