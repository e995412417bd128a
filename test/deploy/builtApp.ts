/**
 * The production build for tests: `npm run build` into a folder of its own under dist/ (so test
 * files and a developer's `npm run build` never write the same files), the built app started as
 * `node dist/main.js` with dev dependencies unreachable (devDependencyGuard.mjs), and the built
 * operator commands (`npm run backup`, `npm run rotate-key`) run to completion.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
const guard = fileURLToPath(new URL("./devDependencyGuard.mjs", import.meta.url));

/** What a finished command printed and how it ended. */
export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <args>` from the project root with exactly `env` (plus PATH and HOME). */
export function runNode(args: string[], env: Record<string, string> = {}): Promise<Finished> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh build (`node scripts/build.mjs <dir>`, what `npm run build` runs) in its own folder. */
export async function buildOnce(): Promise<{ outDir: string; remove(): void }> {
  mkdirSync(join(root, "dist"), { recursive: true });
  const outDir = mkdtempSync(join(root, "dist", "test-"));
  const remove = () => rmSync(outDir, { recursive: true, force: true });
  const build = await runNode(["scripts/build.mjs", outDir]);
  if (build.code !== 0) {
    remove();
    throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  }
  return { outDir, remove };
}

/** A built script, e.g. `scripts/backup.js`, as its npm script runs it, to completion. */
export function runBuilt(outDir: string, script: string, env: Record<string, string>, args: string[] = []) {
  return runNode(["--import", guard, join(outDir, script), ...args], env);
}

export interface BuiltProcess {
  child: ChildProcess;
  /** Everything written so far, stdout and stderr. */
  output(): string;
  /** Resolves when the output contains `text`; rejects on timeout or exit, with the output. */
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  /** Sends `signal` and resolves with the exit code. */
  exit(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `<outDir>/<entry>` (the app: `main.js`) as a long-running process. */
export function startBuilt(outDir: string, env: Record<string, string>, entry = "main.js"): BuiltProcess {
  return startNode(["--import", guard, join(outDir, entry)], env);
}

/** Starts `node <args>` from the project root, with exactly `env` (plus PATH and HOME), to stop later. */
export function startNode(args: string[], env: Record<string, string>): BuiltProcess {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const changed = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const check of changed) check();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  exited.then(() => {
    for (const check of changed) check();
  });

  return {
    child,
    output: () => output,
    waitFor(text, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const stop = (error?: Error) => {
          clearTimeout(timer);
          changed.delete(check);
          if (error) reject(error);
          else resolve();
        };
        const check = () => {
          if (output.includes(text)) stop();
          else if (child.exitCode !== null)
            stop(new Error(`exited (${child.exitCode}) before "${text}":\n${output.slice(-3000)}`));
        };
        const timer = setTimeout(
          () => stop(new Error(`no "${text}" within ${timeoutMs} ms:\n${output.slice(-3000)}`)),
          timeoutMs,
        );
        changed.add(check);
        check();
      });
    },
    async exit(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
