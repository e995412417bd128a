/**
 * Issue 13 on Redis: a real process under load killed with SIGKILL twice and restarted on the
 * same Redis, in polling and webhook mode; and two instances behind a round-robin proxy with one
 * of them killed mid-load (the other keeps serving; the killed one's updates are taken over when
 * its leases lapse). No update lost; duplicates only where an answer had left before the kill.
 */
import { describe, expect, it } from "vitest";
import { runCrashScenario } from "../support/crashScenario.js";
import { useRedis } from "../support/redisServer.js";

const redis = await useRedis();

describe.skipIf(!redis.url)("killed with SIGKILL under load, on Redis", () => {
  for (const mode of ["polling", "webhook"] as const) {
    it(`${mode}: nothing lost, nothing doubled beyond what had been answered`, async () => {
      const result = await runCrashScenario({ mode, storage: redis.url!, killAfterMs: [1_500, 400] });
      console.info(
        `crash drill, Redis, ${mode}:`,
        JSON.stringify({ ...result, lost: result.lost.length, outputs: undefined }),
      );
      expect(result.lost).toEqual([]);
      expect(result.duplicates).toBeLessThanOrEqual(result.allowedDuplicates);
    }, 150_000);
  }

  it("two instances polling one bot: one polls, the other takes over when it is killed; nothing lost", async () => {
    const result = await runCrashScenario({
      mode: "polling",
      storage: redis.url!,
      instances: 2,
      killAfterMs: [1_500],
      killThePoller: true,
    });
    console.info(
      "crash drill, Redis, two pollers:",
      JSON.stringify({ ...result, lost: result.lost.length, outputs: undefined }),
    );
    // The survivor stood by while the other polled, then took over: one poller at a time.
    const [survivor] = result.outputs;
    expect(survivor).toMatch(/standing by to take over[\s\S]*polling: this instance polls/);
    expect(result.lost).toEqual([]);
    expect(result.duplicates).toBeLessThanOrEqual(result.allowedDuplicates);
  }, 150_000);

  it("two instances behind a round-robin proxy, one killed mid-load: nothing lost", async () => {
    const result = await runCrashScenario({
      mode: "webhook",
      storage: redis.url!,
      instances: 2,
      killAfterMs: [1_500],
    });
    console.info(
      "crash drill, Redis, two instances:",
      JSON.stringify({ ...result, lost: result.lost.length, outputs: undefined }),
    );
    expect(result.lost).toEqual([]);
    expect(result.duplicates).toBeLessThanOrEqual(result.allowedDuplicates);
  }, 150_000);
});
