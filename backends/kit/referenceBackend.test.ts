import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createBackendApp, listenBackend, prepareDataDir } from "./referenceBackend.js";

const root = mkdtempSync(join(tmpdir(), "switchboard-kit-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("reference backend lifecycle", () => {
  it("listens on loopback and a free port by default", async () => {
    const app = createBackendApp();
    app.get("/", async () => ({ ok: true }));
    const url = await listenBackend(app);
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await (await fetch(url)).json()).toEqual({ ok: true });
    } finally {
      await app.close();
    }
  });

  it("brackets an IPv6 host in the URL", async () => {
    const app = createBackendApp();
    try {
      expect(await listenBackend(app, { host: "::1" })).toMatch(/^http:\/\/\[::1\]:\d+$/);
    } catch (error) {
      // A machine without IPv6 loopback cannot run this one.
      if ((error as NodeJS.ErrnoException).code !== "EADDRNOTAVAIL") throw error;
    } finally {
      await app.close();
    }
  });

  it("prepareDataDir creates the folder, owner-only, and answers its full path", () => {
    const path = prepareDataDir(join(root, "demo", "erp"));
    expect(path).toBe(join(root, "demo", "erp"));
    expect(statSync(path).isDirectory()).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o700);
    expect(prepareDataDir(path)).toBe(path);
  });
});
