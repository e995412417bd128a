import { describe, expect, it } from "vitest";
import { manualClock, shiftedClock } from "./clock.js";

const T0 = Date.UTC(2024, 11, 2, 14, 0, 0);

describe("manualClock", () => {
  it("stands still until moved, and its methods work detached", () => {
    const clock = manualClock(T0);
    const { now, advance, set } = clock;
    expect(now()).toBe(T0);
    advance(60_000);
    expect(now()).toBe(T0 + 60_000);
    set(T0 - 1);
    expect(now()).toBe(T0 - 1);
    expect(clock.shiftMs).toBe(-1);
  });

  it("reset goes back to where it started", () => {
    const clock = manualClock(T0);
    clock.advance(3_600_000);
    clock.reset();
    expect(clock.now()).toBe(T0);
    expect(clock.shiftMs).toBe(0);
  });
});

describe("shiftedClock", () => {
  it("follows its base, shifted by advance and set", () => {
    let base = T0;
    const clock = shiftedClock(() => base);
    base += 1000;
    expect(clock.now()).toBe(T0 + 1000);
    clock.advance(500);
    base += 1000;
    expect(clock.now()).toBe(T0 + 2500);
    clock.set(T0);
    expect(clock.now()).toBe(T0);
    base += 1000;
    expect(clock.now()).toBe(T0 + 1000);
    clock.reset();
    expect(clock.now()).toBe(base);
  });

  it("follows real time by default", () => {
    const clock = shiftedClock();
    clock.advance(86_400_000);
    expect(clock.now() - Date.now()).toBeGreaterThan(86_399_000);
  });
});
