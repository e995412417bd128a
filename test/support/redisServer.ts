/**
 * A real Redis for tests: `REDIS_URL` when it is set and answers, otherwise a throw-away
 * `redis-server` on a free port (no persistence), stopped after the test file. When neither is
 * possible the suite is skipped locally with the reason, but in CI (`CI=true`) it fails: the Redis
 * runs are part of what "done" means and must not silently disappear.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll } from "vitest";
import { freePort } from "../../src/server/localAddress.js";

/** A reachable Redis and how to let go of it. */
export interface RedisHandle {
  url: string;
  /** Stops the server when this handle started it; a no-op for `REDIS_URL`. */
  stop(): Promise<void>;
}

/** What {@link useRedis} found: a URL, or the reason the Redis tests are skipped. */
export type RedisForTests = { url: string; skipReason?: undefined } | { url?: undefined; skipReason: string };

async function answersPing(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function waitForReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${output}`)), 5000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with code ${code}: ${output}`));
    });
  });
}

async function spawnRedisServer(): Promise<RedisHandle> {
  const port = await freePort("127.0.0.1");
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  // If the test process dies before afterAll, the server must not outlive it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  await waitForReady(child);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      process.off("exit", killOnExit);
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/**
 * Finds or starts a Redis. Throws with every reason when neither `REDIS_URL` nor a spawned
 * `redis-server` works.
 */
export async function startRedis(): Promise<RedisHandle> {
  const fromEnv = process.env.REDIS_URL;
  if (fromEnv && (await answersPing(fromEnv))) return { url: fromEnv, stop: async () => {} };
  try {
    return await spawnRedisServer();
  } catch (error) {
    const envPart = fromEnv ? "REDIS_URL does not answer" : "REDIS_URL is not set";
    throw new Error(`no Redis for tests: ${envPart}, and redis-server failed (${(error as Error).message})`);
  }
}

/**
 * For a test file: call at top level (`const redis = await useRedis();`) and guard the Redis
 * suites with `describe.skipIf(!redis.url)`. Registers an `afterAll` that stops a spawned server.
 * In CI a missing Redis throws, failing the file instead of skipping it.
 */
export async function useRedis(): Promise<RedisForTests> {
  try {
    const handle = await startRedis();
    afterAll(() => handle.stop());
    return { url: handle.url };
  } catch (error) {
    if (process.env.CI === "true") throw error;
    const skipReason = `skipped: ${(error as Error).message}`;
    console.warn(skipReason);
    return { skipReason };
  }
}

/** A key prefix no other suite (or earlier run) uses, so suites can share one Redis. */
export function uniqueKeyPrefix(suite: string): string {
  return `test:${suite}:${randomUUID().slice(0, 8)}:`;
}

/** Deletes every key under `prefix` (SCAN + UNLINK), leaving other suites' keys alone. */
export async function flushKeyPrefix(url: string, prefix: string): Promise<void> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    const pattern = `${prefix.replace(/[*?[\]\\]/g, (c) => `\\${c}`)}*`;
    for await (const keys of client.scanStream({ match: pattern, count: 500 }) as AsyncIterable<string[]>) {
      if (keys.length > 0) await client.unlink(...keys);
    }
  } finally {
    await client.quit();
  }
}
