/**
 * moderation's ordinary group messages at group speed: a whole Switchboard app (`loadConfig` +
 * `startApp`, webhook mode, SQLite) with the moderation module, the real API V2 in a worker thread
 * (apiV2.worker.mjs), and a busy supergroup (thousands of members) with flood control and every
 * lock but `text` and `command` on, sent plain chatter through the webhook by the load generator
 * (its own thread). The target (issue 10): ≥ 5,000 messages/s and 0 API V2 requests per ordinary
 * message, counted at API V2. Two baselines in the same run: the same app's group with the
 * defaults (flood control and locks off: the module only looks the settings up), and a bot with
 * no module taking group messages (the kernel's own cost: its fast path for group chatter).
 * Figures, never assertions.
 */

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { UserFromGetMe } from "grammy/types";
import type { RequestCounts } from "../backends/kit/faultHooks.js";
import { LOCK_TYPES } from "../src/modules/moderation/apiV2Schemas.js";
import { countStorageOperations } from "../test/support/countStorage.js";
import { startWorker } from "./fixtures.js";
import { CONCURRENCY, type LoadGenerator, loadGenerator, type Traffic } from "./load.js";
import { ms, percentile, report } from "./stats.js";
import { startBenchApp } from "./support/benchApp.js";
import { threadUse } from "./support/threadUse.js";

const MEMBERS = 5_000;
const WARM_UP = 2_000;
/** Messages per kind per round; the three kinds take turns, so all see the same (shared, noisy) machine. */
const ROUND = 4_000;
const ROUNDS = 3;
const TARGET = 5_000;
/** No member writes this often in the run (each writes about 3 messages in it): no flood. */
const FLOOD = { enabled: true, messages: 10, seconds: 10, action: "mute", action_duration: 600 };
/** The 20 locks on content other than text and commands: the chatter is plain text. */
const LOCKS = LOCK_TYPES.filter((lock) => lock !== "text" && lock !== "command");
const BUSY_GROUP = { id: -1_001_800_000_001, title: "Bench busy floor (flood control, locks)" };
const PLAIN_GROUP = { id: -1_001_800_000_002, title: "Bench busy floor (defaults)" };

const BOT_TOKEN = "700800903:BENCH-moderation-chatter-abcdefghij";
const SECRET = "bench-moderation-chatter-secret";
const BOT_INFO = {
  id: 700800903,
  is_bot: true,
  first_name: "Bot V2 Chatter Bench",
  username: "bot_v2_chatter_bench_bot",
  can_join_groups: true,
  can_read_all_group_messages: true,
  supports_inline_queries: false,
} as UserFromGetMe;

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * The Bot API as far as this run needs it, in this thread (the bot calls it only to start: set
 * the webhook and the command menus): every group's admin list is its owner and the bot, allowed
 * to delete and restrict; any other call succeeds. Counts calls by method.
 */
async function startBotApi(): Promise<{ url: string; calls: Record<string, number>; server: Server }> {
  const calls: Record<string, number> = {};
  const owner = {
    status: "creator",
    is_anonymous: false,
    user: { id: 1, is_bot: false, first_name: "Owner" },
  };
  const bot = {
    status: "administrator",
    user: BOT_INFO,
    can_be_edited: false,
    is_anonymous: false,
    can_manage_chat: true,
    can_delete_messages: true,
    can_restrict_members: true,
    can_manage_video_chats: false,
    can_promote_members: false,
    can_change_info: false,
    can_invite_users: true,
    can_post_stories: false,
    can_edit_stories: false,
    can_delete_stories: false,
  };
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const method = req.url?.split("/").at(-1) ?? "";
      calls[method] = (calls[method] ?? 0) + 1;
      const result = method === "getChatAdministrators" ? [owner, bot] : true;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls, server };
}

/** A whole app whose one bot carries `modules` (`about` alone: no module takes group messages). */
async function startSwitchboard(
  modules: "moderation" | "about",
  apiV2: { url: string; key: string },
  botApiRoot: string,
) {
  const { app, target } = await startBenchApp({
    token: BOT_TOKEN,
    modules,
    botInfo: BOT_INFO,
    webhookSecret: SECRET,
    botApiRoot,
    env: { API_V2_URL: apiV2.url, API_V2_KEY: apiV2.key },
  });
  return { app, load: loadGenerator(target) };
}

/** What changed between two snapshots of counters, largest first. */
const changes = (after: Record<string, number>, before: Record<string, number>) =>
  Object.entries(after)
    .map(([key, n]) => [key, n - (before[key] ?? 0)] as const)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a);

const listed = (rows: ReadonlyArray<readonly [string, number]>) =>
  rows.map(([key, n]) => `${fmt(n)} ${key}`).join(" · ") || "none";

/** One kind of traffic over every round: its figures summed. */
interface Measured {
  updates: number;
  seconds: number;
  latencies: number[];
  /** Bot thread CPU time, ms in all. */
  busyMs: number;
  apiV2: Record<string, number>;
  botApi: Record<string, number>;
  storeOps: number;
}

const empty = (): Measured => ({
  updates: 0,
  seconds: 0,
  latencies: [],
  busyMs: 0,
  apiV2: {},
  botApi: {},
  storeOps: 0,
});

const add = (into: Record<string, number>, rows: ReadonlyArray<readonly [string, number]>) => {
  for (const [key, n] of rows) into[key] = (into[key] ?? 0) + n;
};

/** API V2 routes called on timers whatever the traffic: the settings' refresh, night mode's job. */
const ON_TIMERS = new Set(["GET /api/v2/groups/:group_id/settings", "GET /api/v2/night-mode", "GET /health"]);

export async function moderationMessages(): Promise<void> {
  const apiV2Worker = await startWorker<{ url: string; key: string }>("./apiV2.worker.mjs");
  const apiV2Counts = () => apiV2Worker.call<RequestCounts>("counts");
  const botApi = await startBotApi();
  const moderation = await startSwitchboard("moderation", apiV2Worker.ready, botApi.url);
  const kernel = await startSwitchboard("about", apiV2Worker.ready, botApi.url);

  // The busy group's settings, as an admin sets them; the other group keeps API V2's defaults.
  const patched = await fetch(`${apiV2Worker.ready.url}/api/v2/groups/${BUSY_GROUP.id}/settings`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${apiV2Worker.ready.key}`, "content-type": "application/json" },
    body: JSON.stringify({ flood: FLOOD, locks: LOCKS }),
  });
  if (!patched.ok) throw new Error(`API V2 refused the bench group's settings: ${patched.status}`);

  const members = Array.from({ length: MEMBERS }, (_, i) => 7_200_001 + i);
  const chatter = (group: { id: number; title: string }): Traffic => ({
    users: members,
    text: "anyone else seeing the outage on Botanica? mine dropped at 9:40",
    group,
  });
  const ops = {
    moderation: countStorageOperations(moderation.app.services.storage),
    kernel: countStorageOperations(kernel.app.services.storage),
  };

  /** `total` messages of `group` to `load`'s app, added to `into`. */
  const measure = async (
    into: Measured,
    load: LoadGenerator,
    counter: (typeof ops)["kernel"],
    group: { id: number; title: string },
    total: number,
  ) => {
    const apiV2Before = (await apiV2Counts()).byRoute;
    const botApiBefore = { ...botApi.calls };
    const used = threadUse([]);
    counter.reset();
    const result = await load(chatter(group), "saturate", total);
    const busy = used().bot;
    into.updates += total;
    into.seconds += result.seconds;
    into.latencies.push(...result.latencies);
    into.busyMs += busy.runMs;
    add(into.apiV2, changes((await apiV2Counts()).byRoute, apiV2Before));
    add(into.botApi, changes(botApi.calls, botApiBefore));
    into.storeOps += counter.total();
  };

  // Warm-up: JIT, and each group's first message reads its settings from API V2 (once).
  const warm = empty();
  await measure(warm, moderation.load, ops.moderation, BUSY_GROUP, WARM_UP);
  await measure(warm, moderation.load, ops.moderation, PLAIN_GROUP, WARM_UP);
  await measure(empty(), kernel.load, ops.kernel, PLAIN_GROUP, WARM_UP);

  const [busy, plain, bare] = [empty(), empty(), empty()];
  for (let round = 0; round < ROUNDS; round++) {
    await measure(plain, moderation.load, ops.moderation, PLAIN_GROUP, ROUND);
    await measure(bare, kernel.load, ops.kernel, PLAIN_GROUP, ROUND);
    await measure(busy, moderation.load, ops.moderation, BUSY_GROUP, ROUND);
  }

  const rate = (m: Measured) => m.updates / m.seconds;
  const rateText = (m: Measured) => `${fmt(rate(m))} messages/s`;
  const p50p99 = (m: Measured) => {
    const sorted = [...m.latencies].sort((a, b) => a - b);
    return `${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 99))}`;
  };
  const entries = (counts: Record<string, number>) =>
    Object.entries(counts).sort(([, a], [, b]) => b - a) as Array<[string, number]>;
  const forMessages = entries(busy.apiV2).filter(([route]) => !ON_TIMERS.has(route));
  const onTimers = entries(busy.apiV2).filter(([route]) => ON_TIMERS.has(route));
  const perMessage = forMessages.reduce((sum, [, n]) => sum + n, 0) / busy.updates;
  report(
    `moderation: ordinary messages in a busy supergroup with flood control and ${LOCKS.length} locks on (${fmt(MEMBERS)} members, ${ROUNDS} × ${fmt(ROUND)} messages, ${CONCURRENCY} in flight)`,
    [
      ["throughput", `${rateText(busy)} (target ≥ ${fmt(TARGET)})`],
      ["baseline: the same app, a group with the defaults", rateText(plain)],
      ["baseline: the kernel alone (no module takes them)", rateText(bare)],
      [
        "ratios",
        `${(rate(busy) / rate(plain)).toFixed(2)}× defaults · ${(rate(busy) / rate(bare)).toFixed(2)}× kernel`,
      ],
      ["p50 / p99", `${p50p99(busy)} · defaults ${p50p99(plain)} · kernel ${p50p99(bare)}`],
      [
        "bot thread CPU per message",
        `${ms(busy.busyMs / busy.updates)} · defaults ${ms(plain.busyMs / plain.updates)} · kernel ${ms(bare.busyMs / bare.updates)}`,
      ],
      ["API V2 requests per message", `${fmt(perMessage, 4)} (target 0): ${listed(forMessages)}`],
      ["API V2 requests on timers, in the run", listed(onTimers)],
      ["Bot API calls (deletions, flood actions)", listed(entries(busy.botApi))],
      [
        "store operations per message",
        `${fmt(busy.storeOps / busy.updates, 2)} · defaults ${fmt(plain.storeOps / plain.updates, 2)} · kernel ${fmt(bare.storeOps / bare.updates, 2)}`,
      ],
      ["warm-up: each group's first message reads its settings", listed(entries(warm.apiV2))],
    ],
  );

  ops.moderation.restore();
  ops.kernel.restore();
  await moderation.app.stop();
  await kernel.app.stop();
  await new Promise<void>((resolve) => botApi.server.close(() => resolve()));
  await apiV2Worker.worker.terminate();
}
