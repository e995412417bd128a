import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort as freePortOn } from "../../src/server/localAddress.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** A free TCP port on loopback (the OS picks; we release it for the child to take). */
export const freePort = (): Promise<number> => freePortOn("127.0.0.1");

export interface RunningProcess {
  child: ChildProcess;
  /** Everything written so far, stdout and stderr. */
  output(): string;
  /** Resolves when the output contains `text` (or matches), rejects after `timeoutMs`. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code and how long the exit took after this call. */
  exit(signal?: NodeJS.Signals): Promise<{ code: number | null; ms: number }>;
}

/** Starts `src/main.ts` as `npm start` does (tsx), with exactly the environment given (plus PATH/HOME). */
export function startSwitchboard(env: Record<string, string>): RunningProcess {
  return startNodeProcess(["--import", "tsx", "src/main.ts"], env);
}

/** Starts `node <args>` from the project root, with exactly `env` (plus PATH and HOME), to stop later. */
export function startNodeProcess(args: string[], env: Record<string, string>): RunningProcess {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const watchers = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const check of watchers) check();
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  return {
    child,
    output: () => output,
    waitFor(text, timeoutMs = 15_000) {
      const matches = () => (typeof text === "string" ? output.includes(text) : text.test(output));
      return new Promise((resolve, reject) => {
        if (matches()) return resolve();
        const timer = setTimeout(() => {
          watchers.delete(check);
          reject(new Error(`timed out waiting for ${text}; output:\n${output.slice(-3000)}`));
        }, timeoutMs);
        const check = () => {
          if (!matches()) return;
          clearTimeout(timer);
          watchers.delete(check);
          resolve();
        };
        watchers.add(check);
        exited.then(() => {
          if (!matches() && watchers.has(check)) {
            clearTimeout(timer);
            watchers.delete(check);
            reject(new Error(`process exited before ${text}; output:\n${output.slice(-3000)}`));
          }
        });
      });
    },
    async exit(signal = "SIGTERM") {
      const started = performance.now();
      if (child.exitCode === null) child.kill(signal);
      const code = await exited;
      return { code, ms: performance.now() - started };
    },
  };
}

/** The update Telegram sends when `user` types `/command` in their private chat with the bot. */
export function commandUpdate(updateId: number, user: { id: number; first_name: string }, command: string) {
  return {
    update_id: updateId,
    message: {
      message_id: updateId % 100_000,
      date: Math.floor(Date.now() / 1000),
      chat: { id: user.id, type: "private", first_name: user.first_name },
      from: { id: user.id, is_bot: false, first_name: user.first_name },
      text: command,
      entities: [{ type: "bot_command", offset: 0, length: command.split(" ")[0]!.length }],
    },
  };
}

/** Delivers `update` to a running Switchboard's webhook, as Telegram would (with `secret`, if any). */
export function postWebhook(
  baseUrl: string,
  botId: string,
  update: unknown,
  secret?: string,
): Promise<Response> {
  return fetch(`${baseUrl}/webhook/${botId}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}),
    },
    body: JSON.stringify(update),
  });
}
