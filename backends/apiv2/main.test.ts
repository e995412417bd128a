/**
 * `npm run api-v2` runs the service on its own: from the environment (a free port, a SQLite file
 * in a temporary folder), answering /health, never logging its key, and exiting 0 on SIGTERM; it
 * refuses to start without a key.
 *
 * SIGTERM goes to the service's own process (the `pid` of its log lines), as a supervisor sends it:
 * `npm run` puts a shell in between that does not pass signals on. The whole chain (tsx, the shell,
 * npm) then exits with the service's 0. The script runs in a process group of its own, killed after
 * the test whatever happens, so nothing outlives it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/server/localAddress.js";

const root = mkdtempSync(join(tmpdir(), "apiv2-main-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const KEY = "main-test-key-0123456789abcdef";

interface ScriptRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
});

function runScript(env: Record<string, string>): ScriptRun {
  const { API_V2_KEY: _inherited, ...parentEnv } = process.env;
  const child = spawn("npm", ["run", "--silent", "api-v2"], {
    cwd: join(import.meta.dirname, "../.."),
    env: { ...parentEnv, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  running.add(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("npm run api-v2", () => {
  it("starts from the environment, answers /health, and exits 0 on SIGTERM", async () => {
    const port = await freePort("127.0.0.1");
    const database = join(root, "data", "apiv2.db");
    const run = runScript({
      API_V2_KEY: KEY,
      API_V2_PORT: String(port),
      API_V2_HOST: "127.0.0.1",
      API_V2_DATABASE_URL: database,
      LOG_LEVEL: "info",
    });
    await waitFor(() => run.output().includes("API V2 is listening"), "the listening line");
    const servicePid = JSON.parse(run.output().split("\n")[0]!).pid as number;
    try {
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      expect((await health.json()).data).toMatchObject({ status: "ok", database: "sqlite" });
      const refused = await fetch(`http://127.0.0.1:${port}/api/v2/night-mode`);
      expect(refused.status).toBe(401);
      const allowed = await fetch(`http://127.0.0.1:${port}/api/v2/night-mode`, {
        headers: { authorization: `Bearer ${KEY}` },
      });
      expect(allowed.status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/_control/faults`)).status).toBe(404);
      expect(existsSync(database)).toBe(true);
    } finally {
      process.kill(servicePid, "SIGTERM");
    }
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('"statusCode":401');
    expect(run.output()).not.toContain(KEY);
  });

  it("refuses to start without a key, saying why", async () => {
    const run = runScript({ API_V2_PORT: "0", API_V2_DATABASE_URL: ":memory:" });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(
      "API V2 cannot start: API_V2_KEY is required: the bearer key clients send",
    );
  });
});
