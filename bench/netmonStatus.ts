import { performance } from "node:perf_hooks";
import type { RequestCounts } from "../backends/plume/index.js";
import { countStorageOperations, type StorageOperationCounter } from "../test/support/countStorage.js";
import { type StandIn, startBackend, startWorker } from "./fixtures.js";
import { CONCURRENCY, type LoadGenerator, type LoadResult, loadGenerator, type Traffic } from "./load.js";
import { type PlumeAddresses, setUpUser, startSwitchboard } from "./netmonApp.js";
import { startNoFrameworkBot } from "./noFramework.js";
import { issueTokens, startPlainGrammyBot } from "./plainGrammy.js";
import { ms, report } from "./stats.js";
import type { BenchLocation } from "./support/benchWorld.js";
import { profiled } from "./support/profile.js";
import { threadUse } from "./support/threadUse.js";

const USERS = 200;
const SATURATED = 10_000;
const WARM_UP = 1_000;
const RATE = 1_000;
const PACED_SECONDS = 5;
const GROUP_USERS = 1_000;
const GROUP_MESSAGES = 5_000;
/** Every /status report starts with it (netmon's title, and the baseline's). */
const REPORT_MARK = "📡";

interface PlumeReady extends PlumeAddresses {
  locations: BenchLocation[];
}

interface Measured extends LoadResult {
  /** Bot API calls made during the run, and those carrying a /status report. */
  replies: number;
  reports: number;
  /** Plume API and reports requests per update. */
  plumeReads: number;
  /** CPU time of the bot's thread (the main one), ms per update; and ms it waited for a core. */
  botBusy: number;
  botWaited: number;
  /** Share of the run the Plume and Bot API stand-in threads were busy (1 = saturated). */
  plumeBusy: number;
  standInBusy: number;
  /** Store operations per update, by operation and by key pattern. */
  ops: { total: number; byOperation: Record<string, number>; byKey: Record<string, number> };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const rate = (r: LoadResult) => `${fmt(r.throughput)} updates/s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const percent = (share: number) => `${Math.round(share * 100)} %`;
const busyShare = (m: Measured) => `${percent(m.plumeBusy)} / ${percent(m.standInBusy)}`;

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

function perUpdate(counts: Record<string, number>, updates: number) {
  return Object.fromEntries(
    Object.entries(counts)
      .sort(([, a], [, b]) => b - a)
      .map(([k, v]) => [k, v / updates]),
  );
}

function opRows(measured: Measured, target?: string): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    [
      "store operations (round trips) per update",
      `${fmt(measured.ops.total, 2)}${target ? ` (target ${target})` : ""}`,
    ],
  ];
  // Below 0.005 per update: the job runner's polling, not the update path.
  const shown = (entries: Record<string, number>) => Object.entries(entries).filter(([, n]) => n >= 0.005);
  for (const [op, n] of shown(measured.ops.byOperation)) rows.push([`  ${op}`, fmt(n, 2)]);
  for (const [key, n] of shown(measured.ops.byKey)) rows.push([`    ${key}`, fmt(n, 2)]);
  return rows;
}

/**
 * netmon's real /status, end to end, against a plain-grammY baseline in the same run; then
 * ordinary messages in a busy supergroup. See README.md ("Benchmarks").
 */
export async function netmonStatus(): Promise<void> {
  const standIn: StandIn = await startBackend();
  const plumeWorker = await startWorker<PlumeReady>("./plume.worker.mjs", { locations: USERS });
  const plume = plumeWorker.ready;
  const plumeRequests = async () => {
    const counts = await plumeWorker.call<RequestCounts>("counts");
    return counts.api + counts.reports;
  };
  const users = plume.locations.map((location, i) => ({ userId: 5_000_001 + i, location }));

  const { app, target } = await startSwitchboard(plume, standIn.url);
  const setupStarted = performance.now();
  await standIn.record(true);
  let setupUpdateId = 900_000_000; // apart from the load generator's ids
  await inBatches(users, 40, ({ userId, location }) =>
    setUpUser(target, standIn, userId, location, () => setupUpdateId++),
  );
  await standIn.record(false);
  const setupSeconds = (performance.now() - setupStarted) / 1000;
  const handWritten = await issueTokens(plume, users);
  const baseline = await startPlainGrammyBot(plume, standIn.url, handWritten);
  const floor = await startNoFrameworkBot(plume, handWritten);

  // The bot runs on this thread; the backends and the load generator each on their own.
  const ops: StorageOperationCounter = countStorageOperations(app.services.storage);
  const switchboardLoad = loadGenerator(target);
  const baselineLoad = loadGenerator(baseline.target);
  const floorLoad = loadGenerator(floor.target);
  const status: Traffic = { users: users.map((u) => u.userId), text: "/status", marker: REPORT_MARK };

  const measure = async (
    load: LoadGenerator,
    traffic: Traffic,
    mode: "saturate" | "paced",
    total: number,
    perSecond = 0,
  ): Promise<Measured> => {
    await standIn.mark(REPORT_MARK);
    const before = await standIn.counts();
    const plumeBefore = await plumeRequests();
    const used = threadUse([plumeWorker.worker, standIn.worker]);
    ops.reset();
    const result = await load(traffic, mode, total, perSecond);
    const {
      bot,
      workers: [plumeThread, standInThread],
    } = used();
    const after = await standIn.counts();
    return {
      ...result,
      botBusy: bot.runMs / total,
      botWaited: bot.waitMs / total,
      plumeBusy: plumeThread.utilization,
      standInBusy: standInThread.utilization,
      replies: after.apiCalls - before.apiCalls + result.webhookReplies,
      reports: after.marked + result.webhookMarked,
      plumeReads: ((await plumeRequests()) - plumeBefore) / total,
      ops: {
        total: ops.total() / total,
        byOperation: perUpdate(ops.byOperation(), total),
        byKey: perUpdate(ops.byKey(), total),
      },
    };
  };

  // Warm-up (JIT, prepared statements, connections); also proves every user is set up.
  const warm = await measure(switchboardLoad, status, "saturate", WARM_UP);
  if (warm.reports !== WARM_UP) {
    throw new Error(`/status answered ${warm.reports} reports to ${WARM_UP} updates: set-up failed`);
  }
  await measure(baselineLoad, status, "saturate", WARM_UP);
  await measure(floorLoad, status, "saturate", WARM_UP);

  // Interleaved, so both see the same machine: this one is shared and noisy.
  const sb = await profiled(() => measure(switchboardLoad, status, "saturate", SATURATED));
  const base = await measure(baselineLoad, status, "saturate", SATURATED);
  const bare = await measure(floorLoad, status, "saturate", SATURATED);
  const sbPaced = await measure(switchboardLoad, status, "paced", RATE * PACED_SECONDS, RATE);
  const basePaced = await measure(baselineLoad, status, "paced", RATE * PACED_SECONDS, RATE);

  const group: Traffic = {
    users: Array.from({ length: GROUP_USERS }, (_, i) => 6_000_001 + i),
    text: "anyone else seeing the outage on Botanica?",
    group: { id: -1_001_234_567_890, title: "Bench support floor" },
  };
  await measure(switchboardLoad, group, "saturate", WARM_UP);
  await measure(floorLoad, group, "saturate", WARM_UP);
  const chatter = await measure(switchboardLoad, group, "saturate", GROUP_MESSAGES);
  const bareChatter = await measure(floorLoad, group, "saturate", GROUP_MESSAGES);

  const reports = (m: Measured) => `${fmt(m.reports)} of ${fmt(m.updates)}`;
  report(
    `netmon /status end to end: Switchboard vs plain grammY (${USERS} users, ${fmt(SATURATED)} updates, ${CONCURRENCY} in flight)`,
    [
      ["Switchboard throughput", rate(sb)],
      ["baseline throughput", rate(base)],
      ["throughput ratio", `${ratio(sb.throughput, base.throughput)} (target ≥ 2×)`],
      [
        "no framework at all (the floor)",
        `${rate(bare)}: ${ratio(bare.throughput, base.throughput)} the baseline`,
      ],
      ["Switchboard p50 / p99", `${ms(sb.p50)} / ${ms(sb.p99)}`],
      ["baseline p50 / p99", `${ms(base.p50)} / ${ms(base.p99)}`],
      ["p99 ratio", ratio(sb.p99, base.p99)],
      [
        "status reports sent",
        `Switchboard ${reports(sb)} · baseline ${reports(base)} · floor ${reports(bare)}`,
      ],
      [
        "bot thread CPU per /status",
        `Switchboard ${ms(sb.botBusy)} · baseline ${ms(base.botBusy)} (${ratio(sb.botBusy, base.botBusy)}) · floor ${ms(bare.botBusy)}`,
      ],
      [
        "Plume reads per /status",
        `Switchboard ${fmt(sb.plumeReads, 2)} · baseline ${fmt(base.plumeReads, 2)}`,
      ],
      [
        "bot thread waiting for a core",
        `Switchboard ${ms(sb.botWaited)} · baseline ${ms(base.botWaited)} per /status`,
      ],
      ["Plume / Bot API threads busy", `Switchboard ${busyShare(sb)} · baseline ${busyShare(base)}`],
      ["users set up through the webhook", `${USERS} in ${setupSeconds.toFixed(1)} s`],
    ],
  );
  report(`netmon /status at a steady ${fmt(RATE)} updates/s for ${PACED_SECONDS} s`, [
    ["Switchboard p50 / p99", `${ms(sbPaced.p50)} / ${ms(sbPaced.p99)} (DESIGN target p99 ≤ 25 ms)`],
    ["baseline p50 / p99", `${ms(basePaced.p50)} / ${ms(basePaced.p99)}`],
    ["p99 ratio", `${ratio(sbPaced.p99, basePaced.p99)} (target < 1×)`],
    ["status reports sent", `Switchboard ${reports(sbPaced)} · baseline ${reports(basePaced)}`],
  ]);
  report(`Store operations per /status (Switchboard, ${fmt(SATURATED)} updates)`, opRows(sb, "≤ 3"));
  report(
    `Group messages: plain text in a busy supergroup (${fmt(GROUP_USERS)} users, ${fmt(GROUP_MESSAGES)} messages, ${CONCURRENCY} in flight)`,
    [
      ["throughput", `${rate(chatter)} (target ≥ 5,000)`],
      [
        "no framework at all (the floor)",
        `${rate(bareChatter)}, bot thread CPU ${ms(bareChatter.botBusy)} per message (Switchboard: ${ratio(chatter.throughput, bareChatter.throughput)} of it)`,
      ],
      ["p50 / p99", `${ms(chatter.p50)} / ${ms(chatter.p99)}`],
      [
        "bot thread CPU per message",
        `${ms(chatter.botBusy)} (and ${ms(chatter.botWaited)} waiting for a core)`,
      ],
      ["replies sent", fmt(chatter.replies)],
      ...opRows(chatter),
    ],
  );

  ops.restore();
  await baseline.close();
  await floor.close();
  await app.stop();
  await plumeWorker.worker.terminate();
  await standIn.close();
}
