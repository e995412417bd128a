import { describe, expect, it } from "vitest";
import { BOT_TOKEN } from "../config/envSchema.js";
import { moduleRegistry } from "../modules/registry.js";
import { demoBackends } from "./demoBackends.js";
import { demoBots } from "./demoBots.js";
import { demoStorageUrl, forgetHandledUpdates } from "./demoStore.js";
import { browserUrl, localBaseUrl } from "./startPlayground.js";

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

  it("names only backends that exist, and its settings pass the module's schema", async () => {
    for (const [name, spec] of Object.entries(demoBots)) {
      if (!spec.backend) continue;
      expect(Object.keys(demoBackends)).toContain(spec.backend);
      const module = moduleRegistry[name];
      if (!module?.config || !spec.settings) continue;
      const backend = await demoBackends[spec.backend].start();
      try {
        const result = module.config.safeParse(spec.settings(backend));
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      } finally {
        await demoBackends[spec.backend].stop(backend);
      }
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
