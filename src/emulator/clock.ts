/**
 * Time as the emulator sees it. Message dates, `until_date` expiry, the 48-hour deletion rule and
 * flood control read this clock, never `Date.now()`, so tests can jump hours ahead in a line.
 * Waiting (long polling, webhook retries) still uses real timers: those are about the caller's
 * patience, not about Telegram's calendar.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that moves only when told to; for tests. */
export class ManualClock implements Clock {
  private current: number;

  constructor(startMs: number = Date.UTC(2026, 0, 1)) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  /** Moves time forward by `ms` milliseconds. */
  advance(ms: number): void {
    this.current += ms;
  }

  /** Jumps to an absolute time. */
  set(ms: number): void {
    this.current = ms;
  }
}

/** Unix time in whole seconds, the unit of every `date` in the Bot API. */
export const unixSeconds = (clock: Clock): number => Math.floor(clock.now() / 1000);
