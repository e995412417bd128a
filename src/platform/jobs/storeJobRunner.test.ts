import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { createStorage } from "../storage/createStorage.js";
import type { Storage } from "../storage/storage.js";
import { createJobRunner, type JobRunnerOptions } from "./createJobRunner.js";
import type { JobRunner } from "./jobRunner.js";

const dir = mkdtempSync(join(tmpdir(), "switchboard-jobs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A logger whose lines the test can read. */
function capturingLogger() {
  const lines: Array<{ level: number; msg: string }> = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await sleep(10);
  }
}

let file: string;
let fileCounter = 0;
const open: Storage[] = [];
const runners: JobRunner[] = [];

async function runnerOnFile(extra: Partial<JobRunnerOptions> = {}) {
  const storage = await createStorage(`sqlite:${file}`);
  open.push(storage);
  const { logger, lines } = capturingLogger();
  const runner = createJobRunner({ storage, logger, ...extra });
  runners.push(runner);
  return { runner, storage, lines };
}

beforeEach(() => {
  fileCounter += 1;
  file = join(dir, `jobs-${fileCounter}.db`);
});
afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.stop();
  for (const storage of open.splice(0)) await storage.close();
});

describe("embedded job runner (sqlite)", () => {
  it("a delayed job runs once its delay has passed, not before", async () => {
    const { runner } = await runnerOnFile();
    const ranAt: number[] = [];
    runner.define("ping", async () => void ranAt.push(Date.now()));
    await runner.start();
    const scheduledAt = Date.now();
    await runner.schedule("ping", {}, { id: "p1", delayMs: 150 });
    await sleep(60);
    expect(ranAt).toEqual([]);
    await until(() => ranAt.length === 1);
    expect(ranAt[0]! - scheduledAt).toBeGreaterThanOrEqual(150);
    await sleep(50);
    expect(ranAt).toHaveLength(1);
  });

  it("scheduling an id that is already pending does nothing; after it ran, the id is free again", async () => {
    const { runner } = await runnerOnFile();
    const seen: Array<{ data: unknown; id: string; name: string }> = [];
    runner.define("mail", async (data, job) => void seen.push({ data, ...job }));
    await runner.schedule("mail", { n: 1 }, { id: "welcome:42", delayMs: 50 });
    await runner.schedule("mail", { n: 2 }, { id: "welcome:42", delayMs: 0 });
    await runner.start();
    await until(() => seen.length === 1);
    await sleep(80);
    expect(seen).toEqual([{ data: { n: 1 }, id: "welcome:42", name: "mail" }]);
    await runner.schedule("mail", { n: 3 }, { id: "welcome:42" });
    await until(() => seen.length === 2);
    expect(seen[1]!.data).toEqual({ n: 3 });
  });

  it("a repeatable job runs right away and then every interval until cancelled", async () => {
    const { runner } = await runnerOnFile();
    let runs = 0;
    runner.define("tick", async () => {
      runs += 1;
    });
    await runner.start();
    await runner.every("tick", {}, { id: "tick", intervalMs: 60 });
    await until(() => runs >= 4);
    await runner.cancel("tick");
    await sleep(20);
    const afterCancel = runs;
    await sleep(150);
    expect(runs).toBe(afterCancel);
  });

  it("every() again with the same id and interval keeps the schedule instead of restarting it", async () => {
    const { runner } = await runnerOnFile();
    let runs = 0;
    runner.define("tick", async () => {
      runs += 1;
    });
    await runner.start();
    await runner.every("tick", {}, { id: "t", intervalMs: 10_000 });
    await until(() => runs === 1);
    await runner.every("tick", {}, { id: "t", intervalMs: 10_000 });
    await sleep(80);
    expect(runs).toBe(1);
  });

  it("a cancelled delayed job never runs", async () => {
    const { runner } = await runnerOnFile();
    let runs = 0;
    runner.define("x", async () => {
      runs += 1;
    });
    await runner.start();
    await runner.schedule("x", {}, { id: "x1", delayMs: 60 });
    await runner.cancel("x1");
    await sleep(150);
    expect(runs).toBe(0);
  });

  it("a job that fell due while the process was down runs at start-up", async () => {
    const first = await runnerOnFile();
    first.runner.define("reminder", async () => {});
    await first.runner.start();
    await first.runner.schedule("reminder", { text: "hi" }, { id: "r1", delayMs: 100 });
    await first.runner.stop();
    await first.storage.close();
    await sleep(150);

    // Default poll interval (1 s): running within 100 ms proves it is the start-up look that finds it.
    const second = await runnerOnFile();
    const seen: unknown[] = [];
    second.runner.define("reminder", async (data) => void seen.push(data));
    const startedAt = Date.now();
    await second.runner.start();
    await until(() => seen.length === 1, 100);
    expect(Date.now() - startedAt).toBeLessThan(100);
    expect(seen).toEqual([{ text: "hi" }]);
  });

  it("a failing handler is retried with backoff and logged, then succeeds", async () => {
    const { runner, lines } = await runnerOnFile({ retryDelayMs: 20, maxAttempts: 3 });
    const attemptsAt: number[] = [];
    runner.define("flaky", async () => {
      attemptsAt.push(Date.now());
      if (attemptsAt.length < 3) throw new Error("backend down");
    });
    await runner.start();
    await runner.schedule("flaky", {}, { id: "f1" });
    await until(() => attemptsAt.length === 3);
    await sleep(80);
    expect(attemptsAt).toHaveLength(3);
    // 20 ms then 40 ms: the delay doubles.
    expect(attemptsAt[1]! - attemptsAt[0]!).toBeGreaterThanOrEqual(20);
    expect(attemptsAt[2]! - attemptsAt[1]!).toBeGreaterThanOrEqual(40);
    expect(lines.filter((l) => l.msg === "jobs: attempt failed, will retry")).toHaveLength(2);
  });

  it("a handler that always fails is given up after maxAttempts and logged as an error", async () => {
    const { runner, lines, storage } = await runnerOnFile({ retryDelayMs: 10, maxAttempts: 3 });
    let attempts = 0;
    runner.define("broken", async () => {
      attempts += 1;
      throw new Error("always");
    });
    await runner.start();
    await runner.schedule("broken", {}, { id: "b1" });
    await until(() => lines.some((l) => l.msg === "jobs: job failed every attempt; giving up"));
    await sleep(60);
    expect(attempts).toBe(3);
    expect(await storage.listKeys("jobs:")).toEqual([]);
  });

  it("stop waits for a running handler", async () => {
    const { runner } = await runnerOnFile();
    let finished = false;
    runner.define("slow", async () => {
      await sleep(80);
      finished = true;
    });
    await runner.start();
    await runner.schedule("slow", {}, { id: "s1" });
    await sleep(20);
    await runner.stop();
    expect(finished).toBe(true);
  });
});
