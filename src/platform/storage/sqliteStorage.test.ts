import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createStorage } from "./createStorage.js";
import { openSqliteStorage } from "./sqliteStorage.js";
import { describeStorageContract } from "./storage.contract.js";

const dir = mkdtempSync(join(tmpdir(), "switchboard-sqlite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStorageContract("sqlite file", { open: async () => openSqliteStorage(join(dir, "contract.db")) });

describe("sqlite storage", () => {
  it("creates the folder and uses WAL", async () => {
    const path = join(dir, "nested", "deeper", "store.db");
    const storage = await createStorage(`sqlite:${path}`);
    await storage.set("k", 1);
    await storage.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("sqlite::memory: works and reports kind sqlite", async () => {
    const storage = await createStorage("sqlite::memory:");
    expect(storage.kind).toBe("sqlite");
    await storage.set("k", "v");
    expect(await storage.get("k")).toBe("v");
    await storage.close();
  });

  it("expired rows are deleted by the periodic purge, not only hidden", async () => {
    const path = join(dir, "purge.db");
    const storage = openSqliteStorage(path, { purgeIntervalMs: 40 });
    await storage.set("short", 1, 20);
    await storage.set("long", 1);
    await sleep(120);
    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT key FROM kv").pluck().all()).toEqual(["long"]);
    db.close();
    await storage.close();
  });

  it("close purges expired rows", async () => {
    const path = join(dir, "purge-on-close.db");
    const storage = openSqliteStorage(path);
    await storage.set("short", 1, 20);
    await sleep(40);
    await storage.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM kv").pluck().get()).toBe(0);
    db.close();
  });
});

describe("createStorage", () => {
  it("rejects an unknown scheme without echoing the rest of the URL", async () => {
    await expect(createStorage("postgres://user:hunter2@db/x")).rejects.toThrow(/scheme postgres:$/);
  });

  it("rejects sqlite: without a path", async () => {
    await expect(createStorage("sqlite:")).rejects.toThrow(/needs a path/);
  });
});
