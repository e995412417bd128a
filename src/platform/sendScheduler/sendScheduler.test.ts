/**
 * The send scheduler on a manual clock: every expectation is an exact clock reading at which a slot
 * was granted; no test waits on real time (setImmediate only lets promise callbacks run).
 */
import { describe, expect, it } from "vitest";
import { createSendScheduler, SendQueueFullError, type SendSchedulerOptions } from "./sendScheduler.js";

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A clock that jumps forward by exactly what the scheduler sleeps, once callers have run (unless a
 * new waiter interrupted the sleep meanwhile).
 */
function jumpingClock() {
  let current = 0;
  return {
    now: () => current,
    sleep: async (ms: number, signal: AbortSignal) => {
      await settle();
      if (!signal.aborted) current += ms;
    },
  };
}

/** A clock the test moves; sleeps end when it passes their end, or when aborted. */
function steppedClock() {
  let current = 0;
  const sleepers = new Set<{ until: number; wake: () => void }>();
  return {
    now: () => current,
    sleep: (ms: number, signal: AbortSignal) =>
      new Promise<void>((resolve) => {
        const sleeper = { until: current + ms, wake: resolve };
        sleepers.add(sleeper);
        signal.addEventListener("abort", () => sleepers.delete(sleeper) && resolve(), { once: true });
      }),
    async advance(ms: number) {
      const target = current + ms;
      for (;;) {
        const due = [...sleepers].filter((s) => s.until <= target).sort((a, b) => a.until - b.until)[0];
        if (!due) break;
        sleepers.delete(due);
        current = due.until;
        due.wake();
        await settle();
      }
      current = target;
      await settle();
    },
  };
}

/** A scheduler on `clock` and the log of [chatId, grant time] in grant order. */
function scheduled(
  clock: { now: () => number; sleep: SendSchedulerOptions["sleep"] },
  extra: SendSchedulerOptions = {},
) {
  const scheduler = createSendScheduler({ now: clock.now, sleep: clock.sleep, ...extra });
  const grants: Array<[number, number]> = [];
  const ask = (chatId: number) => scheduler.wait(chatId).then(() => void grants.push([chatId, clock.now()]));
  return { scheduler, grants, ask };
}

describe("send scheduler", () => {
  it("spaces one chat 1 s apart and lets other chats through meanwhile", async () => {
    const clock = jumpingClock();
    const { grants, ask } = scheduled(clock);
    for (const chatId of [1, 1, 2, -5, -5]) await ask(chatId);
    expect(grants).toEqual([
      [1, 0],
      [1, 1000],
      [2, 1000],
      [-5, 1000],
      [-5, 2000],
    ]);
  });

  it("sends at most 30 per second across chats", async () => {
    const clock = jumpingClock();
    const { grants, ask } = scheduled(clock);
    const chats = Array.from({ length: 61 }, (_, i) => i + 1);
    await Promise.all(chats.map(ask));
    expect(grants.map(([chatId]) => chatId)).toEqual(chats);
    expect(grants.filter(([, at]) => at === 0)).toHaveLength(30);
    expect(grants.filter(([, at]) => at === 1000)).toHaveLength(30);
    expect(grants.at(-1)).toEqual([61, 2000]);
  });

  it("sends at most 20 per minute to one group, and 1 per second", async () => {
    const clock = jumpingClock();
    const { grants, ask } = scheduled(clock);
    await Promise.all(Array.from({ length: 22 }, () => ask(-100)));
    const times = grants.map(([, at]) => at);
    expect(times.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => i * 1000));
    // The 21st waits for the first to leave the minute; the 22nd for the second.
    expect(times.slice(20)).toEqual([60_000, 61_000]);
  });

  it("serves waiters first come, first served, keeping each chat's order", async () => {
    const clock = jumpingClock();
    const { grants, ask } = scheduled(clock, { overall: { count: 2, perMs: 1000 } });
    await Promise.all([ask(1), ask(1), ask(2), ask(-3), ask(4), ask(1)]);
    expect(grants).toEqual([
      [1, 0],
      [2, 0],
      // The overall budget is spent: the oldest waiters that are free go next, in arrival order.
      [1, 1000],
      [-3, 1000],
      [4, 2000],
      [1, 2000],
    ]);
  });

  it("a chat that is free goes at once while another chat waits for its slot", async () => {
    const clock = steppedClock();
    const { scheduler, grants, ask } = scheduled(clock);
    void ask(1);
    void ask(1);
    await clock.advance(0);
    expect(grants).toEqual([[1, 0]]);
    expect(scheduler.queued).toBe(1);
    await clock.advance(300);
    void ask(2);
    await clock.advance(0);
    expect(grants).toEqual([
      [1, 0],
      [2, 300],
    ]);
    await clock.advance(699);
    expect(grants).toHaveLength(2);
    await clock.advance(1);
    expect(grants.at(-1)).toEqual([1, 1000]);
    expect(scheduler.queued).toBe(0);
  });

  it("refuses a waiter beyond maxQueued at once, counting nothing", async () => {
    const clock = steppedClock();
    const { scheduler, grants, ask } = scheduled(clock, { maxQueued: 2 });
    void ask(1);
    void ask(1);
    void ask(1);
    await expect(scheduler.wait(7)).rejects.toBeInstanceOf(SendQueueFullError);
    expect(scheduler.queued).toBe(2);
    await clock.advance(2000);
    expect(grants).toEqual([
      [1, 0],
      [1, 1000],
      [1, 2000],
    ]);
    await scheduler.wait(7);
  });

  it("forgets a group's sends after a minute", async () => {
    const clock = jumpingClock();
    const { grants, ask } = scheduled(clock, { perGroup: { count: 2, perMs: 60_000 } });
    await ask(-1);
    await ask(-1);
    await ask(-1);
    expect(grants.map(([, at]) => at)).toEqual([0, 1000, 60_000]);
  });

  it("on the real clock and timers, an interrupted sleep lets a free chat through first", async () => {
    const scheduler = createSendScheduler({ perChat: { count: 1, perMs: 20 } });
    const order: number[] = [];
    const ask = (chatId: number) => scheduler.wait(chatId).then(() => void order.push(chatId));
    await Promise.all([ask(1), ask(1), ask(2)]);
    expect(order).toEqual([1, 2, 1]);
  });

  it("refuses nonsense limits", () => {
    expect(() => createSendScheduler({ perChat: { count: 0, perMs: 1000 } })).toThrow(
      /perChat needs a positive/,
    );
    expect(() => createSendScheduler({ overall: { count: 30, perMs: 0 } })).toThrow(RangeError);
  });
});
