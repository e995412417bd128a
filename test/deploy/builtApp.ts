/**
 * The production build for tests: `npm run build` into a folder of its own under dist/ (so test
 * files and a developer's `npm run build` never write the same files), the built app started as
 * `node dist/main.js` with dev dependencies unreachable (devDependencyGuard.mjs), and the built
 * operator commands (`npm run backup`, `npm run rotate-key`) run to completion.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RunningProcess, startNodeProcess } from "../support/process.js";

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

/** Starts `<outDir>/<entry>` (the app: `main.js`) as a long-running process. */
export function startBuilt(outDir: string, env: Record<string, string>, entry = "main.js"): RunningProcess {
  return startNodeProcess(["--import", guard, join(outDir, entry)], env);
}
