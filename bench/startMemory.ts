/**
 * Memory of the production start beside the tsx start: the same app (one bot, webhook mode,
 * SQLite) started as `node dist/main.js` from a fresh build and as `node --import tsx
 * src/main.ts` (what `npm start` runs, without tsx's own launcher process), each against the
 * emulator. Printed: resident memory (RSS) idle after start-up, after 10,000 updates from 100
 * users (64 in flight, load generator in a worker thread), and the peak. Figures, never assertions.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ControlClient, startEmulator } from "../src/emulator/index.js";
import { webhookPath } from "../src/runtime/webhook.js";
import { freePort } from "../src/server/localAddress.js";
import { loadGenerator } from "./load.js";
import { report } from "./stats.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const TOKEN = "700900100:BENCH-memory-secret-part-abcdefghij";
const BOT = "memory_bench_bot";
const SECRET = "bench-memory-webhook-secret";
const USERS = 100;
const UPDATES = 10_000;
/** Start-up settles (JIT, first GCs) before the idle figure is read. */
const SETTLE_MS = 3_000;

/** Resident and peak resident memory of a process, in MiB (Linux: /proc/<pid>/status). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
  return { rss: kib("VmRSS") / 1024, peak: kib("VmHWM") / 1024 };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `node <args>` to completion; rejects with its output when it fails. */
function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(output))));
  });
}

export async function startMemory(): Promise<void> {
  if (process.platform !== "linux") {
    report("Memory of the production start", [["skipped", "reads /proc: Linux only"]]);
    return;
  }
  mkdirSync(join(root, "dist"), { recursive: true });
  const outDir = mkdtempSync(join(root, "dist", "bench-"));
  const emulator = await startEmulator({ port: 0 });
  try {
    await run(["scripts/build.mjs", outDir]);
    const control = new ControlClient(emulator.url);
    await control.registerBot(TOKEN, { username: BOT, firstName: "Memory" });
    const users: number[] = [];
    for (let i = 0; i < USERS; i++) {
      users.push((await control.createUser({ first_name: `U${i}`, language_code: "en" })).id);
    }
    const built = await measure([join(outDir, "main.js")], control, emulator.apiRoot, users);
    const tsx = await measure(["--import", "tsx", "src/main.ts"], control, emulator.apiRoot, users);
    const mib = (n: number) => `${n.toFixed(0)} MiB`;
    const loaded = `after ${UPDATES.toLocaleString("en-US")} updates`;
    report("Memory of the production start (RSS; one bot, webhook, SQLite)", [
      ["idle, built (node dist/main.js)", mib(built.idle)],
      ["idle, tsx (npm start)", `${mib(tsx.idle)}  (built: ${(built.idle / tsx.idle).toFixed(2)}×)`],
      [`${loaded}, built`, `${mib(built.loaded)}, peak ${mib(built.peak)}`],
      [
        `${loaded}, tsx`,
        `${mib(tsx.loaded)}, peak ${mib(tsx.peak)}  (built: ${(built.loaded / tsx.loaded).toFixed(2)}×)`,
      ],
    ]);
  } finally {
    await emulator.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function measure(args: string[], control: ControlClient, apiRoot: string, users: number[]) {
  const port = await freePort("127.0.0.1");
  const dataDir = mkdtempSync(join(tmpdir(), "sb-bench-memory-"));
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      BOT_MODE: "webhook",
      WEBHOOK_URL: `http://127.0.0.1:${port}`,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      GENERAL_RATE_LIMIT: "1000000",
      SWITCHBOARD_SECRET_KEY: "4f1c2e3d5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors = (errors + chunk).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    // Up once it has set its webhook (to this port) at the emulator.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const info = await fetch(`${apiRoot}/bot${TOKEN}/getWebhookInfo`).then((r) => r.json());
      if ((info as { result?: { url?: string } }).result?.url?.includes(`:${port}/`)) break;
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`did not start: ${errors}`);
      await sleep(200);
    }
    await sleep(SETTLE_MS);
    const idle = memoryOf(child.pid!).rss;
    for (const user of users) await control.start(user, BOT);
    const load = loadGenerator({
      url: `http://127.0.0.1:${port}`,
      path: webhookPath("about"),
      secret: SECRET,
    });
    await load({ users, text: "/help" }, "saturate", UPDATES);
    const after = memoryOf(child.pid!);
    return { idle, loaded: after.rss, peak: after.peak };
  } finally {
    child.kill("SIGTERM");
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}
