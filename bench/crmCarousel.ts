/**
 * crm's events carousel under many administrators: a whole Switchboard app (`loadConfig` +
 * `startApp`, webhook mode, SQLite) with the crm module, against the reference Tabys backend in a
 * worker thread (tabys.worker.mjs) and, in a third thread (crmAdmins.worker.mjs), a Bot API
 * stand-in with the Telegram administrators. Each administrator signs in as a person does (an OTP
 * from Tabys's web sign-in, `/login`, Events on the menu), then presses › on the photo carousel,
 * one press at a time, taking the › the bot last showed them; every view is checked (the same
 * message's photo replaced, the counter one further). The baseline, in the same run: the backend's
 * own page of one event (what each view asks of it), fetched raw with the same concurrency.
 * See README.md ("Benchmarks"). Figures, never assertions.
 */

import { performance } from "node:perf_hooks";
import type { UserFromGetMe } from "grammy/types";
import type { RequestCounts } from "../backends/kit/faultHooks.js";
import { demoAdmin } from "../backends/tabys/demoAdmins.js";
import type { Role } from "../src/modules/crm/domain/rbac.js";
import { webhookPath } from "../src/runtime/webhook.js";
import { countStorageOperations } from "../test/support/countStorage.js";
import { startWorker } from "./fixtures.js";
import { ms, percentile, report } from "./stats.js";
import { startBenchApp } from "./support/benchApp.js";
import { threadUse } from "./support/threadUse.js";

/** Telegram users signed in, each pressing › this many times, this many presses in flight. */
const ADMINS = 50;
const PRESSES = 20;
const IN_FLIGHT = 16;
/** The roles that read events, the administrators spread over them (the demo account of each). */
const ROLES: readonly Role[] = ["administrator", "npo", "government", "super_admin"];
/** Raw page fetches of the baseline. */
const BASELINE_FETCHES = 2_000;

const BOT_TOKEN = "700800901:BENCH-crm-secret-part-abcdefghijklm";
const BOT_ID = "crm";
const SECRET = "bench-crm-webhook-secret";
const BOT_INFO = {
  id: 700800901,
  is_bot: true,
  first_name: "Tabys CRM Bench",
  username: "tabys_bench_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
} as UserFromGetMe;

interface Run {
  latencies: number[];
  seconds: number;
}

interface PageRun extends Run {
  views: number;
  wrong: number;
  problem?: string;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const p = (run: Run, at: number) => percentile(run.latencies, at);
const throughput = (run: Run) => run.latencies.length / run.seconds;
const sum = (rows: ReadonlyArray<readonly [string, number]>) => rows.reduce((total, [, n]) => total + n, 0);

/** What changed between two snapshots of counters, per view, largest first. */
function perView(after: Record<string, number>, before: Record<string, number>, views: number) {
  return Object.entries(after)
    .map(([key, n]) => [key, (n - (before[key] ?? 0)) / views] as const)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a);
}

/** Store operations by key, the reads of a photo's file_id (one key per photo URL) added up. */
function photosTogether(byKey: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, n] of Object.entries(byKey)) {
    const together = key.replace(/:photo:(?!placeholder$)[\w-]+$/, ":photo:<url hash>");
    out[together] = (out[together] ?? 0) + n;
  }
  return out;
}

async function startSwitchboard(tabys: { url: string; botSecret: string }, botApiRoot: string) {
  const { app } = await startBenchApp({
    token: BOT_TOKEN,
    modules: "crm",
    botId: BOT_ID,
    botInfo: BOT_INFO,
    webhookSecret: SECRET,
    botApiRoot,
    env: { TABYS_API_URL: tabys.url, TABYS_BOT_SECRET: tabys.botSecret },
  });
  return app;
}

export async function crmCarousel(): Promise<void> {
  const tabysWorker = await startWorker<{ url: string; botSecret: string }>("./tabys.worker.mjs");
  const tabysCounts = () => tabysWorker.call<RequestCounts>("counts");
  const accounts = ROLES.map((role) => ({
    email: demoAdmin(role).email,
    password: demoAdmin(role).password,
  }));
  const adminsWorker = await startWorker<{ port: number }>("./crmAdmins.worker.mjs", {
    tabysUrl: tabysWorker.ready.url,
    accounts,
    users: ADMINS,
    firstUserId: 7_000_001,
    bot: BOT_INFO,
  });
  const admins = async <T>(op: string, args: Record<string, unknown> = {}): Promise<T> => {
    const result = await adminsWorker.call<T | { error: string }>(op, args);
    if (result && typeof result === "object" && "error" in result) throw new Error(result.error);
    return result as T;
  };

  const app = await startSwitchboard(tabysWorker.ready, `http://127.0.0.1:${adminsWorker.ready.port}`);
  await admins("target", { url: app.url, path: webhookPath(BOT_ID), secret: SECRET });
  const signInStarted = performance.now();
  const { ready, total } = await admins<{ ready: number; total: number }>("signIn", { concurrency: 8 });
  const signInSeconds = (performance.now() - signInStarted) / 1000;

  // Warm-up: one administrator goes round the whole carousel (every photo then has a file_id in the
  // store, as it soon does live), then everyone pages a little (JIT, connections).
  await admins<PageRun>("page", { presses: total, lanes: 1, users: 1 });
  await admins<PageRun>("page", { presses: 4, lanes: IN_FLIGHT });
  await admins<Run>("fetchPages", { count: 500, lanes: IN_FLIGHT, total });

  const ops = countStorageOperations(app.services.storage);
  const measure = async <T extends Run>(work: () => Promise<T>) => {
    const [countsBefore, callsBefore] = [await tabysCounts(), await admins<Record<string, number>>("calls")];
    const used = threadUse([tabysWorker.worker, adminsWorker.worker]);
    ops.reset();
    const run = await work();
    const {
      bot,
      workers: [backend, other],
    } = used();
    run.latencies.sort((a, b) => a - b);
    const n = run.latencies.length;
    return {
      run,
      botBusy: bot.runMs / n,
      backendBusy: backend.utilization,
      otherBusy: other.utilization,
      requests: perView((await tabysCounts()).byRoute, countsBefore.byRoute, n),
      calls: perView(await admins<Record<string, number>>("calls"), callsBefore, n),
      storeOps: ops.total() / n,
      byOperation: perView(ops.byOperation(), {}, n),
      byKey: perView(photosTogether(ops.byKey()), {}, n),
    };
  };

  // The baseline right after, so that both see the same (shared, noisy) machine.
  const carousel = await measure(() => admins<PageRun>("page", { presses: PRESSES, lanes: IN_FLIGHT }));
  const raw = await measure(() =>
    admins<Run>("fetchPages", { count: BASELINE_FETCHES, lanes: IN_FLIGHT, total }),
  );
  ops.restore();

  const views = carousel.run;
  const perRoute = (m: typeof carousel) =>
    m.requests.map(([route, n]) => `${fmt(n, 2)} ${route}`).join(" · ") || "none";
  report(
    `crm events carousel: ${ADMINS} signed-in administrators each pressing › ${PRESSES} times, ${IN_FLIGHT} in flight (${total} events, 1 per view)`,
    [
      [
        "page views",
        `${fmt(views.views)} (${fmt(views.wrong)} not as expected${views.problem ? `: ${views.problem}` : ""})`,
      ],
      ["Switchboard throughput", `${fmt(throughput(views))} page views/s`],
      ["baseline throughput", `${fmt(throughput(raw.run))} raw backend pages/s`],
      ["throughput ratio", ratio(throughput(views), throughput(raw.run))],
      ["Switchboard p50 / p99 per view", `${ms(p(views, 50))} / ${ms(p(views, 99))}`],
      ["baseline p50 / p99 per page", `${ms(p(raw.run, 50))} / ${ms(p(raw.run, 99))}`],
      ["backend requests per view", `${fmt(sum(carousel.requests), 2)} (${perRoute(carousel)})`],
      ["backend requests per raw page", fmt(sum(raw.requests), 2)],
      ["Bot API calls per view", carousel.calls.map(([m, n]) => `${fmt(n, 2)} ${m}`).join(" · ")],
      [
        "store round trips per view",
        `${fmt(carousel.storeOps, 2)} (${carousel.byOperation.map(([o, n]) => `${o} ${fmt(n, 2)}`).join(", ")})`,
      ],
      // Below 0.005 per view: the job runner's polling, not the page view's path.
      ...carousel.byKey
        .filter(([, n]) => n >= 0.005)
        .map(([key, n]): [string, string] => [`    ${key}`, fmt(n, 2)]),
      ["bot thread CPU per view", ms(carousel.botBusy)],
      [
        "Tabys / admins+Bot API threads busy",
        `${Math.round(carousel.backendBusy * 100)} % / ${Math.round(carousel.otherBusy * 100)} % (baseline ${Math.round(raw.backendBusy * 100)} % / ${Math.round(raw.otherBusy * 100)} %)`,
      ],
      ["administrators signed in (/login, Events)", `${ready} in ${signInSeconds.toFixed(1)} s`],
    ],
  );

  await app.stop();
  await adminsWorker.worker.terminate();
  await tabysWorker.worker.terminate();
}
