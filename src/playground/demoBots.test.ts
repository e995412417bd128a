import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { BOT_TOKEN, processEnvSchema } from "../config/envSchema.js";
import { moduleRegistry } from "../modules/registry.js";
import { browserUrl, localBaseUrl } from "./addresses.js";
import { demoBackends } from "./demoBackends.js";
import { demoBots } from "./demoBots.js";
import { demoBotEntries, demoConfigDocument, loadDemoConfig } from "./demoConfig.js";
import { demoStorageUrl, forgetHandledUpdates } from "./demoStore.js";
import { startBackends, stopBackends } from "./runningBackends.js";

describe("the demo table", () => {
  it("has a demo bot for every registered module", () => {
    const missing = Object.keys(moduleRegistry).filter((name) => !demoBots[name]);
    expect(missing, "add them to src/playground/demoBots.ts").toEqual([]);
  });

  it("gives every bot its own valid token, id and username", () => {
    const profiles = Object.values(demoBots).map((b) => b.profile);
    for (const profile of profiles) {
      expect(profile.token).toMatch(BOT_TOKEN);
      expect(profile.username).toMatch(/^[a-z][a-z0-9_]{3,30}bot$/);
    }
    const unique = (values: string[]) => new Set(values).size === values.length;
    expect(unique(profiles.map((p) => p.token.split(":")[0]!))).toBe(true);
    expect(unique(profiles.map((p) => p.username))).toBe(true);
  });

  it("names only backends that exist, and its settings pass loadConfig", async () => {
    for (const spec of Object.values(demoBots)) {
      if (spec.backend) expect(Object.keys(demoBackends)).toContain(spec.backend);
    }
    const dataDir = mkdtempSync(join(tmpdir(), "switchboard-demo-bots-"));
    const logger = pino({ level: "silent" });
    const backends = await startBackends({ dataDir, appUrl: "http://127.0.0.1:9", logger });
    try {
      const entries = demoBotEntries(moduleRegistry, demoBots);
      const config = loadDemoConfig({
        env: processEnvSchema.parse({ DATA_DIR: dataDir }),
        port: 9,
        document: demoConfigDocument(entries, backends),
        registry: moduleRegistry,
      });
      expect(config.bots.map((b) => b.id)).toEqual(entries.map((e) => e.module));
    } finally {
      await stopBackends(backends, logger);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("addresses", () => {
  it("reaches its own server on loopback, whatever it binds to", () => {
    expect(localBaseUrl("0.0.0.0", 8080)).toBe("http://127.0.0.1:8080");
    expect(localBaseUrl("::", 8080)).toBe("http://127.0.0.1:8080");
    expect(localBaseUrl("::1", 8080)).toBe("http://[::1]:8080");
    expect(localBaseUrl("192.168.1.5", 8080)).toBe("http://192.168.1.5:8080");
  });

  it("prints localhost for a wildcard bind, the address otherwise", () => {
    expect(browserUrl("0.0.0.0", 8080)).toBe("http://localhost:8080");
    expect(browserUrl("::", 8080)).toBe("http://localhost:8080");
    expect(browserUrl("127.0.0.1", 8081)).toBe("http://127.0.0.1:8081");
    expect(browserUrl("fd00::5", 8080)).toBe("http://[fd00::5]:8080");
  });
});

describe("the demo store", () => {
  it("lives in <DATA_DIR>/demo", () => {
    expect(demoStorageUrl("./data")).toBe("sqlite:data/demo/switchboard.db");
  });

  it("forgets the update ids a previous run handled, and nothing else", async () => {
    const { createStorage } = await import("../platform/storage/createStorage.js");
    const storage = await createStorage("sqlite::memory:");
    try {
      await storage.set("update:about:1", "done");
      await storage.set("update:netmon:7", "done");
      await storage.set("session:about:42", { modules: {} });
      expect(await forgetHandledUpdates(storage)).toBe(2);
      expect(await storage.listKeys("")).toEqual(["session:about:42"]);
    } finally {
      await storage.close();
    }
  });
});
