/**
 * The operator's crash drill (issue 13): a bot under steady load from many users, its process
 * killed with SIGKILL at chosen moments and restarted on the same store, then every update counted
 * by how many answers it got. Each update is `/language q<N>`, whose answer echoes `q<N>`, so an
 * answer names its update.
 *
 * Allowed duplicates are measured, not guessed: right after each kill (once the process is gone,
 * so it can answer nothing more) the updates that were answered but not yet confirmed to the
 * emulator (still in its queue: polling offset not past them, or webhook delivery not answered
 * 200) are the ones Telegram will hand out again although their answer left: only those may be
 * answered twice.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type StartedEmulator, startEmulator } from "../../src/emulator/index.js";
import { freePort, type RunningProcess, startSwitchboard } from "./process.js";
import { roundRobin } from "./roundRobin.js";

export interface CrashScenario {
  mode: "polling" | "webhook";
  /** `sqlite` (a file in the data folder) or a redis:// URL. */
  storage: "sqlite" | string;
  /**
   * When to kill: each entry is a wait, in ms, after the victim last finished starting (the first
   * after the load began). A short one lands while the restarted process works through the
   * backlog that piled up while it was down: the moment a confirm-on-fetch poller loses most.
   */
  killAfterMs: readonly number[];
  /**
   * Pollers only: kill the instance that polls (the one that says so, else the last started) and
   * do not restart it, so the other must take over.
   */
  killThePoller?: boolean;
  /** Instances (default 1): webhooks behind a round-robin proxy, or pollers sharing the bot. */
  instances?: number;
  users?: number;
  updates?: number;
  /** Pause between two updates sent (default 10 ms: about 100 updates/s). */
  paceMs?: number;
}

export interface CrashResult {
  sent: number;
  lost: number[];
  duplicates: number;
  allowedDuplicates: number;
  kills: number;
  /** What the instances running at the end printed (their logs). */
  outputs: string[];
}

const ANSWER = /"q(\d+)"/;
const QUESTION = /^\/language q(\d+)$/;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runCrashScenario(scenario: CrashScenario): Promise<CrashResult> {
  const users = scenario.users ?? 40;
  const total = scenario.updates ?? 500;
  // Several pollers share the bot through the polling lease; several webhooks sit behind a proxy.
  const instances = scenario.instances ?? 1;
  const emulator: StartedEmulator = await startEmulator({ port: 0, webhookRetryDelaysMs: [200, 400, 800] });
  const suffix = `${process.pid}${Math.floor(Math.random() * 1e6)}`;
  const token = `71${suffix.slice(0, 7).padEnd(7, "0")}:crash-drill-token-${suffix}`;
  const bot = emulator.control.registerBot(token, { username: "crash_bot", firstName: "Crash" });
  const dataDir = mkdtempSync(join(tmpdir(), "sb-crash-"));
  const ports = await Promise.all(Array.from({ length: instances }, () => freePort()));
  const proxy =
    scenario.mode === "webhook" && instances > 1
      ? roundRobin(ports.map((p) => `http://127.0.0.1:${p}`))
      : undefined;
  const proxyPort = proxy ? await freePort() : undefined;
  if (proxy) await new Promise<void>((resolve) => proxy.server.listen(proxyPort, "127.0.0.1", resolve));
  const envFor = (port: number): Record<string, string> => ({
    TELEGRAM_BOT_TOKEN: token,
    BOT_ID: `crash${suffix}`,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    BOT_MODE: scenario.mode,
    STORAGE_URL:
      scenario.storage === "sqlite" ? `sqlite:${join(dataDir, "switchboard.db")}` : scenario.storage,
    DATA_DIR: dataDir,
    SWITCHBOARD_SECRET_KEY: Buffer.alloc(32, 7).toString("base64"),
    GENERAL_RATE_LIMIT: "100000",
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
    ...(scenario.mode === "webhook"
      ? {
          WEBHOOK_URL: `http://127.0.0.1:${proxyPort ?? port}`,
          WEBHOOK_SECRET: "crash-drill-secret_0123456789",
        }
      : {}),
  });
  const running: RunningProcess[] = [];
  const ready: Promise<void>[] = [];
  const start = (index: number) => {
    const child = startSwitchboard(envFor(ports[index]!));
    running[index] = child;
    ready[index] = child.waitFor('"msg":"bot started"', 60_000);
    return ready[index];
  };

  const answers = new Map<number, number>();
  const unsubscribe = emulator.control.onEvent((event) => {
    if (event.type !== "message.sent" || event.message.from?.id !== bot.id) return;
    const n = ANSWER.exec(event.message.text ?? "")?.[1];
    if (n !== undefined) answers.set(Number(n), (answers.get(Number(n)) ?? 0) + 1);
  });
  const pendingQuestions = () => {
    const set = new Set<number>();
    for (const item of emulator.emulator.core.updates.queue(bot.id).pending) {
      const text = (item.update as { message?: { text?: string } }).message?.text ?? "";
      const n = QUESTION.exec(text)?.[1];
      if (n !== undefined) set.add(Number(n));
    }
    return set;
  };

  let allowedDuplicates = 0;
  try {
    for (let i = 0; i < instances; i++) await start(i);
    const people = Array.from({ length: users }, (_, i) =>
      emulator.control.createUser({ first_name: `Load${i}`, language_code: "en" }),
    );
    const killer = (async () => {
      for (const [k, delay] of scenario.killAfterMs.entries()) {
        await Promise.all(ready);
        await sleep(delay);
        const polling = running.findIndex((r) => r.output().includes("polling: this instance polls"));
        const victim = scenario.killThePoller ? (polling >= 0 ? polling : instances - 1) : k % instances;
        await running[victim]!.exit("SIGKILL");
        // Gone: it answers nothing more. What was answered and is still unconfirmed may come again.
        const pending = pendingQuestions();
        for (const [question] of answers) if (pending.has(question)) allowedDuplicates++;
        if (!scenario.killThePoller) void start(victim);
      }
    })();
    for (let n = 0; n < total; n++) {
      const person = people[n % users]!;
      emulator.control.sendText(person.id, "crash_bot", `/language q${n}`);
      await sleep(scenario.paceMs ?? 10);
    }
    await killer;
    await Promise.all(ready);
    const deadline = Date.now() + 60_000;
    while (answers.size < total && Date.now() < deadline) await sleep(200);
    await sleep(500); // a late duplicate would show now
    const lost = Array.from({ length: total }, (_, n) => n).filter((n) => !answers.has(n));
    const duplicates = [...answers.values()].reduce((sum, count) => sum + count - 1, 0);
    return {
      sent: total,
      lost,
      duplicates,
      allowedDuplicates,
      kills: scenario.killAfterMs.length,
      outputs: running
        .filter((r) => r.child.exitCode === null && r.child.signalCode === null)
        .map((r) => r.output()),
    };
  } finally {
    unsubscribe();
    await Promise.all(running.map((r) => r?.exit("SIGTERM")));
    if (proxy) await new Promise((resolve) => proxy.server.close(resolve));
    await emulator.close();
  }
}
