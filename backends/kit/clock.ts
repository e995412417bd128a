/**
 * The time a reference backend lives in: token expiry, generated series, "down since". A test
 * moves it to watch a token expire without waiting an hour; the playground's control route
 * (`POST /_control/clock`) moves it so a person can do the same from the browser.
 */

/** Reads the time, in epoch milliseconds. */
export interface Clock {
  now(): number;
}

/** A clock that can be moved. Its methods are bound: `{ now: clock.now }` works. */
export interface ManualClock extends Clock {
  /** Lets `ms` pass (negative goes back). */
  advance(ms: number): void;
  /** Jumps to the instant `ms`. */
  set(ms: number): void;
  /** Undoes every `advance` and `set`. */
  reset(): void;
  /** How far this clock has been moved from its base, in ms. */
  readonly shiftMs: number;
}

/**
 * A clock that follows `base` (real time by default), shifted by what `advance` and `set` did.
 * Backends wrap whatever time they are given in one of these, so their control routes can move
 * it without touching the caller's clock.
 */
export function shiftedClock(base: () => number = Date.now): ManualClock {
  let shift = 0;
  return {
    now: () => base() + shift,
    advance: (ms) => {
      shift += ms;
    },
    set: (ms) => {
      shift = ms - base();
    },
    reset: () => {
      shift = 0;
    },
    get shiftMs() {
      return shift;
    },
  };
}

/** A clock that stands still at `start` until moved: what tests want. `reset` goes back to `start`. */
export function manualClock(start: number): ManualClock {
  return shiftedClock(() => start);
}
