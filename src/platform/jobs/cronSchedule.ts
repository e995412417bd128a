/**
 * Cron patterns in a time zone, for both job runners. The embedded runner computes its ticks
 * here; BullMQ computes its own with the same library (cron-parser, the version BullMQ pins), so
 * the two agree on every tick, DST days included (see localTime.ts for the rule).
 */
import { CronExpressionParser } from "cron-parser";
import { assertTimeZone } from "./localTime.js";

/** When a cron job runs: a pattern read as wall-clock time in `tz`. */
export interface CronSpec {
  /**
   * Five fields (`minute hour day-of-month month day-of-week`, e.g. `"0 9 * * *"`), six with
   * seconds first (`"*\/10 * * * * *"`), or an alias such as `@daily`. Ranges, lists, steps,
   * names (`mon-fri`), `L` and `#` work as in cron-parser. When both day fields are restricted,
   * either matching is enough (classic cron).
   */
  pattern: string;
  /** IANA zone the pattern is read in, e.g. `"Europe/Bucharest"`; `"UTC"` for UTC. */
  tz: string;
}

/** cron-parser's aliases (its enum of them is not exported). */
const ALIASES = new Set([
  "@yearly",
  "@annually",
  "@monthly",
  "@weekly",
  "@daily",
  "@hourly",
  "@minutely",
  "@secondly",
  "@weekdays",
  "@weekends",
]);

/** Hashed fields (`H`, `H/5`) draw a random value per parse: runners and restarts would disagree. */
const HASHED = /(^|[\s,])H(?=$|[\s,/(])/;

/**
 * Throws a RangeError that quotes the pattern or the zone and says what is wrong: a pattern that
 * does not parse, has the wrong number of fields, is empty, uses hashed `H` fields or can never
 * fire (`"0 0 31 2 *"`), or a zone this Node does not know.
 */
export function assertCronSpec({ pattern, tz }: CronSpec): void {
  assertTimeZone(tz);
  const trimmed = pattern.trim();
  const fail = (why: string) => new RangeError(`invalid cron pattern "${pattern}": ${why}`);
  if (trimmed.startsWith("@")) {
    if (!ALIASES.has(trimmed)) throw fail(`unknown alias; use one of ${[...ALIASES].join(", ")}`);
  } else {
    const fields = trimmed.split(/\s+/).filter(Boolean).length;
    // cron-parser would read "" as every minute and pad short patterns: neither is what was meant.
    if (fields !== 5 && fields !== 6) throw fail(`expected 5 fields (or 6 with seconds), got ${fields}`);
    if (HASHED.test(trimmed)) throw fail("hashed (H) fields are not supported");
  }
  try {
    nextCronRun({ pattern: trimmed, tz }, Date.now());
  } catch (error) {
    throw fail((error as Error).message);
  }
}

/**
 * The first tick of `spec` strictly after `after` (epoch ms), as epoch ms. Does not validate
 * beyond what cron-parser throws: call {@link assertCronSpec} where the spec comes in.
 */
export function nextCronRun(spec: CronSpec, after: number): number {
  const expression = CronExpressionParser.parse(spec.pattern, { tz: spec.tz, currentDate: new Date(after) });
  return expression.next().getTime();
}
