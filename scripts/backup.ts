/**
 * `npm run backup [-- <file>]`: a consistent copy of the SQLite store, taken while Switchboard
 * runs. SQLite's `VACUUM INTO` reads the whole database in one read transaction, so the copy is
 * the store as of one instant (never half of a batch), compacted; in WAL mode the app keeps
 * writing meanwhile. The copy is written beside its final name and renamed once its integrity
 * check passes, so a file under that name is always a whole backup. Owner-only (0600): it holds
 * sessions and sealed credentials.
 *
 * Default file: `<DATA_DIR>/backups/switchboard-<UTC time>.db`. Restoring is copying it back as
 * the store's file, app stopped (docs/operations.md, "Backups"). The sealed credentials in it
 * open only with the same key, which is never put in the backup: keep SWITCHBOARD_SECRET_KEY (or
 * `<DATA_DIR>/secret.key`) safe apart from it.
 *
 * Redis is not backed up here: its own persistence (AOF, RDB snapshots) is the backup there.
 */
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { SECRET_KEY_FILE } from "../src/platform/secrets/secretKeys.js";
import { fail, operatorEnv, sqlitePath } from "./operatorEnv.js";

const env = operatorEnv();
const source = sqlitePath(env.storageUrl);
if (!source) {
  fail(
    "backup: the store is Redis (STORAGE_URL/REDIS_URL): back it up with Redis' own persistence " +
      "(appendonly, or BGSAVE and a copy of dump.rdb); see docs/operations.md",
    2,
  );
}
if (source === ":memory:") fail("backup: the store is in memory: nothing to back up");
if (!existsSync(source)) fail(`backup: no store at ${resolve(source)}`);

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const destination = resolve(process.argv[2] ?? join(env.dataDir, "backups", `switchboard-${stamp}.db`));
if (existsSync(destination)) fail(`backup: ${destination} exists; name a new file`);
mkdirSync(dirname(destination), { recursive: true, mode: 0o700 });

const partial = `${destination}.partial`;
rmSync(partial, { force: true });
// VACUUM INTO wants a missing or empty file: an empty one, created owner-only, so the copy is
// never readable by others, not even while it is being written.
writeFileSync(partial, "", { mode: 0o600, flag: "wx" });
chmodSync(partial, 0o600);

const started = performance.now();
const db = new Database(source, { fileMustExist: true });
try {
  db.pragma("busy_timeout = 5000");
  db.prepare("VACUUM INTO ?").run(partial);
} catch (error) {
  rmSync(partial, { force: true });
  fail(`backup: ${(error as Error).message}`);
} finally {
  db.close();
}

const copy = new Database(partial, { readonly: true });
let summary: { integrity: unknown; keys: number; logEntries: number };
try {
  const now = Date.now();
  summary = {
    integrity: copy.pragma("integrity_check", { simple: true }),
    keys: (
      copy
        .prepare<{ now: number }, { n: number }>(
          "SELECT count(*) AS n FROM kv WHERE expires_at IS NULL OR expires_at > @now",
        )
        .get({ now }) as { n: number }
    ).n,
    logEntries: (copy.prepare("SELECT count(*) AS n FROM log_entry").get() as { n: number }).n,
  };
} finally {
  copy.close();
}
if (summary.integrity !== "ok") {
  rmSync(partial, { force: true });
  fail(`backup: the copy failed its integrity check (${String(summary.integrity)}); nothing was kept`);
}
renameSync(partial, destination);

const kib = Math.ceil(statSync(destination).size / 1024);
console.log(
  `backup: ${destination} (${kib} KiB, ${summary.keys} keys, ${summary.logEntries} log entries, ` +
    `integrity ok, ${Math.round(performance.now() - started)} ms)`,
);
console.log(
  env.secretKeys
    ? "Its sealed credentials open only with SWITCHBOARD_SECRET_KEY: keep that key safe, apart from the backups."
    : `Its sealed credentials open only with ${join(env.dataDir, SECRET_KEY_FILE)}: keep a copy of that file safe, apart from the backups.`,
);
