/**
 * erp's reports under many linked users: a whole Switchboard app (`loadConfig` + `startApp`,
 * webhook mode, SQLite) with the erp module, against the reference ROA2WEB backend in a worker
 * thread (roa2web.worker.mjs, with one ERP account per user: copies of the demo accountant) and, in a third thread (erpUsers.worker.mjs), a Bot API stand-in with
 * the Telegram users. Each user links as a person does (a code from ROA2WEB's control route, handed
 * to the bot's save-code like "Generate code"; `/start CODE`; the first company the picker offers;
 * `/facturi`), then alternately sends `/dashboard` and pages the invoice list (Next ›), every answer
 * checked. The baseline, in the same run: the backend GET each view makes, fetched raw with the same
 * concurrency. Then the exports of 1,000 invoices to PDF and CSV with the module's own functions:
 * time and memory. See README.md ("Benchmarks"). Figures, never assertions.
 */

import { performance } from "node:perf_hooks";
import type { UserFromGetMe } from "grammy/types";
import type { RequestCounts } from "../backends/kit/faultHooks.js";
import { invoice } from "../src/modules/erp/domain/invoiceFixtures.js";
import { totalsByCurrency } from "../src/modules/erp/domain/invoices.js";
import type { Invoice } from "../src/modules/erp/erpSchemas.js";
import { invoicesCsv } from "../src/modules/erp/export/invoiceCsv.js";
import { invoicesPdf } from "../src/modules/erp/export/invoicePdf.js";
import { formatsFor } from "../src/modules/erp/views/format.js";
import { webhookPath } from "../src/runtime/webhook.js";
import { freePort } from "../src/server/localAddress.js";
import { translator } from "../test/erp/translate.js";
import { startWorker } from "./fixtures.js";
import { ms, percentile, report } from "./stats.js";
import { startBenchApp } from "./support/benchApp.js";
import { threadUse } from "./support/threadUse.js";

/** Linked Telegram users, each making this many views, this many in flight. */
const USERS = 40;
const VIEWS_PER_USER = 20;
const IN_FLIGHT = 16;
/** Raw backend GETs of the baseline (half dashboards, half invoice pages). */
const BASELINE_FETCHES = 2_000;
/** Invoices exported. */
const EXPORTED = 1_000;

const BOT_TOKEN = "700800902:BENCH-erp-secret-part-abcdefghijklm";
const BOT_ID = "erp";
const SECRET = "bench-erp-webhook-secret";
const BOT_INFO = {
  id: 700800902,
  is_bot: true,
  first_name: "ROA2WEB Bench",
  username: "roa2web_bench_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
} as UserFromGetMe;

interface Views {
  dashboard: number[];
  invoices: number[];
  seconds: number;
  wrong?: number;
  problem?: string;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const p50p99 = (values: number[]) =>
  `${ms(percentile(sorted(values), 50))} / ${ms(percentile(sorted(values), 99))}`;
const count = (v: Views) => v.dashboard.length + v.invoices.length;
const throughput = (v: Views) => count(v) / v.seconds;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Requests per view by route, from two snapshots of the backend's counters. */
function perView(after: RequestCounts, before: RequestCounts, views: number) {
  return Object.entries(after.byRoute)
    .map(([route, n]) => [route, (n - (before.byRoute[route] ?? 0)) / views] as const)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a);
}

async function startSwitchboard(
  roa2web: { url: string; internalApiKey: string },
  port: number,
  botApiRoot: string,
) {
  const { app } = await startBenchApp({
    token: BOT_TOKEN,
    modules: "erp",
    botId: BOT_ID,
    botInfo: BOT_INFO,
    webhookSecret: SECRET,
    botApiRoot,
    port,
    env: {
      LOGIN_RATE_LIMIT: "1000000",
      ERP_API_URL: roa2web.url,
      ERP_INTERNAL_API_KEY: roa2web.internalApiKey,
    },
  });
  return app;
}

/** 1,000 invoices in the contract's shape: RON and EUR, paid, partly paid, unpaid and overdue. */
function invoices(n: number): Invoice[] {
  const statuses = ["paid", "partial", "unpaid", "unpaid"] as const;
  return Array.from({ length: n }, (_, i) => {
    const status = statuses[i % statuses.length]!;
    const total = 119 + ((i * 7919) % 250_000) / 10;
    const day = String((i % 28) + 1).padStart(2, "0");
    return invoice({
      id: String(10_000 + i),
      number: String(3_000 + i),
      series: "CRP",
      issue_date: `2025-0${(i % 9) + 1}-${day}`,
      due_date: `2025-0${(i % 9) + 1}-${day}`,
      partner_name: i % 5 === 0 ? "Müller & Söhne GmbH" : `Țesătoria Șerban & Fiii SRL ${i % 40}`,
      partner_cui: i % 5 === 0 ? "DE811569869" : `RO${18_452_718 + (i % 40)}`,
      currency: i % 5 === 0 ? "EUR" : "RON",
      total,
      paid: status === "paid" ? total : status === "partial" ? Math.round(total * 40) / 100 : 0,
      status,
      days_overdue: status === "paid" ? 0 : i % 3 === 0 ? (i % 120) + 1 : 0,
    });
  });
}

/** Time and memory of one export: RSS and heap sampled every 2 ms while it runs, from a collected start. */
async function measureExport(work: () => Promise<Buffer> | Buffer) {
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  };
  const timer = setInterval(sample, 2);
  const started = performance.now();
  const data = await work();
  const elapsed = performance.now() - started;
  clearInterval(timer);
  sample();
  return { elapsed, bytes: data.length, rss: peakRss - before.rss, heap: peakHeap - before.heapUsed };
}

async function exports(): Promise<void> {
  const list = invoices(EXPORTED);
  const t = translator("ro");
  const f = formatsFor("ro", "Europe/Bucharest");
  const pdf = () =>
    invoicesPdf(t, f, {
      title: "Facturi: Carpați Distribuție SRL",
      subtitle: `CUI RO18452718 · toate · ${EXPORTED} facturi`,
      invoices: list,
      totals: totalsByCurrency(list),
    });
  const csv = () => invoicesCsv(t, list);
  await pdf(); // warm-up: fonts, JIT
  csv();
  const pdfRun = await measureExport(pdf);
  const csvRun = await measureExport(csv);
  const row = (r: typeof pdfRun) =>
    `${ms(r.elapsed)} · ${fmt(r.bytes / 1024)} KB · peak RSS +${mb(r.rss)} · peak heap +${mb(r.heap)}`;
  report(
    `erp invoice exports: ${fmt(EXPORTED)} invoices (RON and EUR, Romanian), the module's own export functions`,
    [
      ["PDF (invoicesPdf)", row(pdfRun)],
      ["CSV (invoicesCsv)", row(csvRun)],
    ],
  );
}

export async function erpReports(): Promise<void> {
  const port = await freePort("127.0.0.1");
  // ROA2WEB links one Telegram account per ERP user: the worker adds an account per user.
  const roa2webWorker = await startWorker<{ url: string; internalApiKey: string; emails: string[] }>(
    "./roa2web.worker.mjs",
    { appUrl: `http://127.0.0.1:${port}`, botUsername: BOT_INFO.username, accounts: USERS },
  );
  const roa2webCounts = () => roa2webWorker.call<RequestCounts>("counts");
  const usersWorker = await startWorker<{ port: number }>("./erpUsers.worker.mjs", {
    roa2webUrl: roa2webWorker.ready.url,
    internalApiKey: roa2webWorker.ready.internalApiKey,
    emails: roa2webWorker.ready.emails,
    users: USERS,
    firstUserId: 7_100_001,
    bot: BOT_INFO,
  });
  const users = async <T>(op: string, args: Record<string, unknown> = {}): Promise<T> => {
    const result = await usersWorker.call<T | { error: string }>(op, args);
    if (result && typeof result === "object" && "error" in result) throw new Error(result.error);
    return result as T;
  };

  const app = await startSwitchboard(roa2webWorker.ready, port, `http://127.0.0.1:${usersWorker.ready.port}`);
  await users("target", { url: app.url, path: webhookPath(BOT_ID), secret: SECRET });
  const linkStarted = performance.now();
  const { ready } = await users<{ ready: number }>("link", { concurrency: 8 });
  const linkSeconds = (performance.now() - linkStarted) / 1000;

  // Warm-up (JIT, connections, prepared statements).
  await users<Views>("view", { perUser: 4, lanes: IN_FLIGHT });
  await users<Views>("raw", { count: 400, lanes: IN_FLIGHT });

  const measure = async (work: () => Promise<Views>) => {
    const [countsBefore, callsBefore] = [await roa2webCounts(), await users<Record<string, number>>("calls")];
    const used = threadUse([roa2webWorker.worker, usersWorker.worker]);
    const run = await work();
    const {
      bot,
      workers: [backend, other],
    } = used();
    const n = count(run);
    const callsAfter = await users<Record<string, number>>("calls");
    return {
      run,
      botBusy: bot.runMs / n,
      backendBusy: backend.utilization,
      otherBusy: other.utilization,
      requests: perView(await roa2webCounts(), countsBefore, n),
      calls: Object.entries(callsAfter)
        .map(([m, v]) => [m, (v - (callsBefore[m] ?? 0)) / n] as const)
        .filter(([, v]) => v > 0)
        .sort(([, a], [, b]) => b - a),
    };
  };

  // The baseline right after, so that both see the same (shared, noisy) machine.
  const views = await measure(() => users<Views>("view", { perUser: VIEWS_PER_USER, lanes: IN_FLIGHT }));
  const raw = await measure(() => users<Views>("raw", { count: BASELINE_FETCHES, lanes: IN_FLIGHT }));

  const total = (rows: ReadonlyArray<readonly [string, number]>) => rows.reduce((sum, [, n]) => sum + n, 0);
  const perRoute = (rows: ReadonlyArray<readonly [string, number]>) =>
    rows.map(([route, n]) => `${fmt(n, 2)} ${route}`).join(" · ") || "none";
  const v = views.run;
  report(
    `erp reports: ${USERS} linked users each making ${VIEWS_PER_USER} views (/dashboard and a /facturi page, alternately), ${IN_FLIGHT} in flight`,
    [
      [
        "views",
        `${fmt(count(v))} (${fmt(v.wrong ?? 0)} not as expected${v.problem ? `: ${v.problem}` : ""})`,
      ],
      ["Switchboard throughput", `${fmt(throughput(v))} views/s`],
      ["baseline throughput", `${fmt(throughput(raw.run))} raw backend GETs/s`],
      ["throughput ratio", ratio(throughput(v), throughput(raw.run))],
      ["/dashboard p50 / p99", p50p99(v.dashboard)],
      ["/facturi page p50 / p99", p50p99(v.invoices)],
      ["baseline GET dashboard p50 / p99", p50p99(raw.run.dashboard)],
      ["baseline GET invoices page p50 / p99", p50p99(raw.run.invoices)],
      ["backend requests per view", `${fmt(total(views.requests), 2)} (${perRoute(views.requests)})`],
      ["backend requests per raw GET", fmt(total(raw.requests), 2)],
      ["Bot API calls per view", views.calls.map(([m, n]) => `${fmt(n, 2)} ${m}`).join(" · ")],
      ["bot thread CPU per view", ms(views.botBusy)],
      [
        "ROA2WEB / users+Bot API threads busy",
        `${Math.round(views.backendBusy * 100)} % / ${Math.round(views.otherBusy * 100)} % (baseline ${Math.round(raw.backendBusy * 100)} % / ${Math.round(raw.otherBusy * 100)} %)`,
      ],
      ["users linked (code, /start CODE, company, /facturi)", `${ready} in ${linkSeconds.toFixed(1)} s`],
    ],
  );

  await app.stop();
  await usersWorker.worker.terminate();
  await roa2webWorker.worker.terminate();
  await exports();
}
