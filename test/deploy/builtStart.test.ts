/**
 * The production start and the operator commands, from one build (`npm run build` into a folder
 * of this file's own): `node dist/main.js` answers through the emulator with no dev dependency
 * reachable; `npm run backup` copies the store while the bot works and the copy, restored, holds
 * the user's session and sealed credentials; `npm run rotate-key` re-seals them under a new key;
 * the playground and the reference backends run from the build too.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  basicAuthHeader,
  DEMO_CLIENTS,
  DEMO_PARTNERS,
  type StartedPlumeBackend,
  startPlumeBackend,
} from "../../backends/plume/index.js";
import { ControlClient, type StartedEmulator, startEmulator } from "../../src/emulator/index.js";
import { parseSecretKeys } from "../../src/platform/secrets/secretKeys.js";
import { ChatDriver } from "../support/liveStack.js";
import type { RunningProcess } from "../support/process.js";
import { freePort } from "../support/process.js";
import { buildOnce, root, runBuilt, startBuilt } from "./builtApp.js";

const TOKEN = "800200300:BUILT-netmon-bot-token-abcdefghij";
const BOT = "built_netmon_bot";
const HEADER = basicAuthHeader(DEMO_CLIENTS.northwind.clientId, DEMO_CLIENTS.northwind.clientSecret);
const PARTNER = DEMO_PARTNERS.northwind.id;
const OLD_KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
const NEW_KEY = "Xx4vJ3m8bQ2nR7tY1uW6zA9cE5gH0kL3pS8dF2jN4qM=";
const [oldId, newId] = [parseSecretKeys(OLD_KEY)[0]!.id, parseSecretKeys(NEW_KEY)[0]!.id];

let build: { outDir: string; remove(): void };
let emulator: StartedEmulator;
let control: ControlClient;
let plume: StartedPlumeBackend;
const running = new Set<RunningProcess>();
/** Each test starts and stops real processes, on a machine other tests share. */
const SLOW = 180_000;

beforeAll(async () => {
  [build, emulator, plume] = await Promise.all([
    buildOnce(),
    startEmulator({ port: 0 }),
    startPlumeBackend({ port: 0, flapping: false }),
  ]);
  control = new ControlClient(emulator.url);
  await control.registerBot(TOKEN, { username: BOT, firstName: "Panoptes" });
}, 600_000);

afterAll(async () => {
  await Promise.all([...running].map((app) => app.exit("SIGKILL")));
  await Promise.all([emulator?.close(), plume?.close()]);
  build?.remove();
});

const tempDir = () => mkdtempSync(join(tmpdir(), "sb-built-"));

/** The bot's environment, as an operator would set it: netmon against the reference Plume. */
function botEnv(dataDir: string, port: number, secretKey = OLD_KEY): Record<string, string> {
  return {
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    BOT_MODULES: "netmon",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "info",
    SWITCHBOARD_SECRET_KEY: secretKey,
    PLUME_SSO_URL: plume.ssoTokenUrl,
    PLUME_API_BASE: plume.apiBase,
    PLUME_REPORTS_BASE: plume.reportsBase,
    NETMON_ALERT_INTERVAL: "3600",
  };
}

async function startBot(env: Record<string, string>): Promise<RunningProcess> {
  const app = startBuilt(build.outDir, env);
  running.add(app);
  await app.waitFor('"msg":"bot started"', 60_000);
  return app;
}

async function stop(app: RunningProcess): Promise<void> {
  expect((await app.exit("SIGTERM")).code).toBe(0);
  running.delete(app);
}

/** Every sealed string in the store's key/value rows, by the id of the key that sealed it. */
function sealedByKey(dbFile: string): Record<string, number> {
  const db = new Database(dbFile, { readonly: true });
  try {
    const counts: Record<string, number> = {};
    for (const { value } of db.prepare("SELECT value FROM kv").all() as Array<{ value: string }>) {
      for (const match of value.matchAll(/"sb1\.([A-Za-z0-9_-]+)\./g)) {
        counts[match[1]!] = (counts[match[1]!] ?? 0) + 1;
      }
    }
    return counts;
  } finally {
    db.close();
  }
}

describe("node dist/main.js (npm run start:prod)", () => {
  const dataDir = tempDir();
  let port: number;
  let app: RunningProcess;
  let ana: ChatDriver;
  /** The data folder restored from the backup, which the key rotation then works on. */
  const rotation = { dataDir: "" };

  it(
    "answers /start through the emulator, with no tsx and no dev dependency at run time",
    async () => {
      port = await freePort();
      app = await startBot(botEnv(dataDir, port));
      const user = await control.createUser({ first_name: "Ana", language_code: "en" });
      ana = new ChatDriver(control, user.id, BOT);
      const welcome = await ana.ask("/start", /Hello, Ana!/);
      expect(welcome.text).toContain("/setup");
      expect(app.output()).not.toContain("dev-only package");
      const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts;
      expect(scripts["start:prod"]).toBe("node dist/main.js");
    },
    SLOW,
  );

  it(
    "serves its health routes; the image's health check passes, and fails once it is gone",
    async () => {
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      const check = await runBuilt(build.outDir, "scripts/healthcheck.js", { PORT: String(port) });
      expect(check.code).toBe(0);
      const closed = await runBuilt(build.outDir, "scripts/healthcheck.js", {
        PORT: String(await freePort()),
      });
      expect(closed.code).toBe(1);
      expect(closed.stderr).toContain("/healthz");
    },
    SLOW,
  );

  it(
    "npm run backup copies the store while the bot works; restored, the session and credentials are intact",
    async () => {
      // Sealed credentials (/setup), a language chosen by hand and a location: all in the store.
      await ana.ask("/setup", /step 1 of 2/);
      await ana.ask(HEADER, /step 2 of 2/);
      await ana.ask(PARTNER, /Connected to Plume/);
      const languages = await ana.ask("/language", /Choose your language/);
      await ana.press(languages, "Русский");
      await ana.edited(languages.message_id, /Язык установлен: русский/);
      await ana.ask("/locations", /Выбор локации/);
      const list = await ana.ask("Popescu", /Ana Popescu/);
      await ana.press(list, /Home$/);
      await ana.edited(list.message_id, /Home/);

      // Other people keep the bot busy while the copy is taken.
      const others = await Promise.all(
        ["Ion", "Maria", "Dana"].map((name) => control.createUser({ first_name: name, language_code: "ro" })),
      );
      const traffic = others.map((user) => new ChatDriver(control, user.id, BOT).ask("/start", /Bună ziua/));
      const file = join(tempDir(), "backups", "switchboard.db");
      const backup = await runBuilt(build.outDir, "scripts/backup.js", botEnv(dataDir, port), [file]);
      await Promise.all(traffic);
      expect(backup.stderr).toBe("");
      expect(backup.code).toBe(0);
      expect(backup.stdout).toMatch(
        /^backup: .*switchboard\.db \(\d+ KiB, \d+ keys, \d+ log entries, integrity ok/,
      );
      expect(backup.stdout).toContain("open only with SWITCHBOARD_SECRET_KEY");
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readdirSync(join(file, "..")).filter((name) => name.endsWith(".partial"))).toEqual([]);
      expect(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts.backup).toBe(
        "node dist/scripts/backup.js",
      );
      await stop(app);

      // Restore (docs/operations.md): the copy becomes the store of a fresh data folder, same key.
      const restored = tempDir();
      copyFileSync(file, join(restored, "switchboard.db"));
      expect(sealedByKey(join(restored, "switchboard.db"))[oldId]).toBeGreaterThan(0);
      app = await startBot(botEnv(restored, port));
      // Russian (the session's choice), Home's report (the session's location), read with the
      // restored credentials: nothing asked again.
      const status = await ana.ask("/status", /Все системы работают/, 15_000);
      expect(status.text).toContain("Home");
      await stop(app);

      rotation.dataDir = restored;
    },
    SLOW,
  );

  it(
    "npm run backup refuses a Redis store and says what backs it up instead",
    async () => {
      const refused = await runBuilt(build.outDir, "scripts/backup.js", {
        ...botEnv(tempDir(), port),
        STORAGE_URL: "redis://127.0.0.1:6379/0",
      });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("the store is Redis");
      expect(refused.stderr).toContain("appendonly");
    },
    SLOW,
  );

  it(
    "npm run rotate-key refuses a key list that cannot open what is stored, and changes nothing",
    async () => {
      const dbFile = join(rotation.dataDir, "switchboard.db");
      const before = sealedByKey(dbFile);
      const refused = await runBuilt(
        build.outDir,
        "scripts/rotateKey.js",
        botEnv(rotation.dataDir, port, NEW_KEY),
      );
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/\d+ sealed value\(s\) open with none of the listed keys/);
      expect(`${refused.stdout}${refused.stderr}`).not.toContain(NEW_KEY);
      expect(sealedByKey(dbFile)).toEqual(before);
    },
    SLOW,
  );

  it(
    "npm run rotate-key re-seals everything under the new key while the bot runs; the old key can go",
    async () => {
      const dbFile = join(rotation.dataDir, "switchboard.db");
      const both = `${NEW_KEY},${OLD_KEY}`;
      app = await startBot(botEnv(rotation.dataDir, port, both));
      const rotated = await runBuilt(
        build.outDir,
        "scripts/rotateKey.js",
        botEnv(rotation.dataDir, port, both),
      );
      expect(rotated.stderr).toBe("");
      expect(rotated.code).toBe(0);
      expect(rotated.stdout).toContain(`sealing with key "${newId}"`);
      expect(rotated.stdout).toMatch(/re-sealed +[1-9]/);
      expect(rotated.stdout).toMatch(/unreadable +0/);
      expect(sealedByKey(dbFile)).toEqual({ [newId]: expect.any(Number) });
      await stop(app);

      app = await startBot(botEnv(rotation.dataDir, port, NEW_KEY));
      const status = await ana.ask("/status", /Все системы работают/, 15_000);
      expect(status.text).toContain("Home");
      await stop(app);
    },
    SLOW,
  );
});

describe("the playground and the reference backends from the build", () => {
  it(
    "the playground serves its page and starts every reference backend from compiled migrations and seeds",
    async () => {
      const dataDir = tempDir();
      const port = await freePort();
      const app = startBuilt(build.outDir, { PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "info" });
      running.add(app);
      await app.waitFor('"msg":"playground is running"', 60_000);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("<html");
      for (const backend of ["plume", "tabys", "roa2web", "apiv2"]) {
        expect(app.output()).toContain(`"backend":"${backend}"`);
      }
      expect(app.output()).not.toContain("dev-only package");
      await stop(app);
    },
    SLOW,
  );

  it(
    "node dist/scripts/referenceBackends.js serves Plume, Tabys and ROA2WEB without their control routes",
    async () => {
      const [plumePort, tabysPort, roa2webPort] = await Promise.all([freePort(), freePort(), freePort()]);
      const backends = startBuilt(
        build.outDir,
        {
          REFERENCE_HOST: "127.0.0.1",
          REFERENCE_PLUME_PORT: String(plumePort),
          REFERENCE_TABYS_PORT: String(tabysPort),
          REFERENCE_ROA2WEB_PORT: String(roa2webPort),
          REFERENCE_DATA_DIR: tempDir(),
          TABYS_BOT_SECRET: "tabys-staging-secret-0123456789",
          ERP_INTERNAL_API_KEY: "erp-staging-key-0123456789abcdef",
        },
        "scripts/referenceBackends.js",
      );
      running.add(backends);
      await backends.waitFor("reference backends are listening", 60_000);
      const token = await fetch(`http://127.0.0.1:${plumePort}${new URL(plume.ssoTokenUrl).pathname}`, {
        method: "POST",
        headers: { authorization: HEADER, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "client_credentials",
          scope: `partnerId:${PARTNER} role:partnerIdAdmin`,
        }).toString(),
      });
      expect(token.status).toBe(200);
      expect(await token.json()).toMatchObject({ token_type: "Bearer", access_token: expect.any(String) });
      expect((await fetch(`http://127.0.0.1:${tabysPort}/admin`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${roa2webPort}/_control/faults`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${plumePort}/_control/faults`)).status).toBe(404);
      await stop(backends);
    },
    SLOW,
  );
});
