/**
 * What the operator commands (`npm run backup`, `npm run rotate-key`) need to know about the app:
 * its store and where its secret key lives, read from the same environment and validated the
 * same way as `npm start` (so a command run beside the app, or with `docker compose exec`, acts on
 * exactly the store the app uses).
 */
import { ConfigError, loadConfig } from "../src/config/loadConfig.js";
import { moduleRegistry } from "../src/modules/registry.js";

export interface OperatorEnv {
  /** `sqlite:<path>` or `redis://…`, as the app computes it. */
  storageUrl: string;
  /** DATA_DIR: the generated `secret.key` and, by default, the SQLite file and its backups. */
  dataDir: string;
  /** SWITCHBOARD_SECRET_KEY, when set (otherwise the key is `<DATA_DIR>/secret.key`). */
  secretKeys: string | undefined;
}

/** Reads the environment as the app does; on a configuration error prints it and exits 1. */
export function operatorEnv(env: NodeJS.ProcessEnv = process.env): OperatorEnv {
  try {
    const config = loadConfig(env, moduleRegistry);
    return {
      storageUrl: config.storageUrl,
      dataDir: config.env.DATA_DIR,
      secretKeys: config.env.SWITCHBOARD_SECRET_KEY,
    };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/** The SQLite file of a `sqlite:` storage URL, or undefined for Redis. */
export function sqlitePath(storageUrl: string): string | undefined {
  return storageUrl.startsWith("sqlite:") ? storageUrl.slice("sqlite:".length) : undefined;
}

/** Prints `message` on stderr and exits with `code`. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
