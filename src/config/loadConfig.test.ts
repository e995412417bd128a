import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineModule } from "../kernel/defineModule.js";
import { moduleRegistry } from "../modules/registry.js";
import { ConfigError, loadConfig } from "./loadConfig.js";

const TOKEN = "123456:AAAbbbCCCdddEEEfffGGGhhh_-";

const demoModule = defineModule({
  name: "demo",
  config: z.object({ DEMO_URL: z.url().default("https://demo.example") }),
  commands: [{ command: "demo", description: "x" }],
  create: () => ({ features: [] }),
});
const clashing = defineModule({
  name: "clash",
  commands: [{ command: "demo", description: "y" }],
  create: () => ({ features: [] }),
});
const registry = { ...moduleRegistry, demo: demoModule, clash: clashing };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, registry);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("configuration", () => {
  it("with no token and no file, the process runs the playground (demo)", () => {
    const config = loadConfig({}, registry);
    expect(config.demo).toBe(true);
    expect(config.env.PORT).toBe(8080);
    expect(config.storageUrl).toBe("sqlite:./data/switchboard.db");
  });

  it("an empty variable, as copied from .env.example, counts as unset: no token is the playground", () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: "", REDIS_URL: "  ", PORT: "" }, registry);
    expect(config.demo).toBe(true);
    expect(config.env.PORT).toBe(8080);
    expect(config.storageUrl).toBe("sqlite:./data/switchboard.db");
  });

  it("the playground listens on 127.0.0.1 unless HOST says otherwise; real bots on every interface", () => {
    expect(loadConfig({}, registry).env.HOST).toBe("127.0.0.1");
    expect(loadConfig({ HOST: "0.0.0.0" }, registry).env.HOST).toBe("0.0.0.0");
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN }, registry).env.HOST).toBe("0.0.0.0");
  });

  it("a token makes one bot with the base module first and module settings validated", () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, BOT_MODULES: "demo" }, registry);
    expect(config.demo).toBe(false);
    expect(config.bots).toHaveLength(1);
    expect(config.bots[0]?.id).toBe("demo");
    expect(config.bots[0]?.modules.map((m) => m.module.name)).toEqual(["about", "demo"]);
    expect(config.bots[0]?.modules[1]?.config).toEqual({ DEMO_URL: "https://demo.example" });
  });

  it("REDIS_URL becomes the store when STORAGE_URL is not set", () => {
    expect(loadConfig({ REDIS_URL: "redis://127.0.0.1:6379" }, registry).storageUrl).toBe(
      "redis://127.0.0.1:6379",
    );
  });

  it("reports every invalid value in one message naming the variable", () => {
    const problems = problemsOf({ PORT: "eighty", LOG_LEVEL: "loud", TELEGRAM_BOT_TOKEN: "nope" });
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/^PORT must be a port number from 1 to 65535$/m);
    expect(problems.join("\n")).toMatch(/^LOG_LEVEL /m);
    expect(problems.join("\n")).toMatch(/^TELEGRAM_BOT_TOKEN is not a Bot API token/m);
  });

  it("webhook mode requires WEBHOOK_URL and WEBHOOK_SECRET", () => {
    const problems = problemsOf({ BOT_MODE: "webhook", TELEGRAM_BOT_TOKEN: TOKEN });
    expect(problems).toEqual([
      "WEBHOOK_URL is required when BOT_MODE=webhook",
      "WEBHOOK_SECRET is required when BOT_MODE=webhook",
    ]);
  });

  it("a webhook secret with characters Telegram refuses is reported", () => {
    const problems = problemsOf({ WEBHOOK_SECRET: "has spaces!" });
    expect(problems[0]).toBe("WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -");
  });

  it("an unknown module and a bad module setting are reported together", () => {
    const problems = problemsOf({
      TELEGRAM_BOT_TOKEN: TOKEN,
      BOT_MODULES: "demo,ghost",
      DEMO_URL: "not a url",
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^bot "demo": unknown module "ghost"/);
    expect(problems[1]).toMatch(/^bot "demo", module demo: DEMO_URL /);
  });

  it("two modules claiming one command on one bot is an error naming both", () => {
    const problems = problemsOf({ TELEGRAM_BOT_TOKEN: TOKEN, BOT_MODULES: "demo,clash" });
    expect(problems).toEqual(['bot "demo": modules "demo" and "clash" both claim /demo']);
  });

  it("a YAML file declares several bots, each with its modules and settings", () => {
    const dir = mkdtempSync(join(tmpdir(), "sb-config-"));
    const file = join(dir, "bots.yaml");
    writeFileSync(
      file,
      `bots:\n  - id: one\n    token: "${TOKEN}"\n    modules: [demo]\n    settings: { DEMO_URL: "https://one.example" }\n  - id: two\n    token: "${TOKEN}"\n    modules: [about]\n`,
    );
    const config = loadConfig({ SWITCHBOARD_CONFIG: file }, registry);
    expect(config.bots.map((b) => b.id)).toEqual(["one", "two"]);
    expect(config.bots[0]?.modules[1]?.config).toEqual({ DEMO_URL: "https://one.example" });
    expect(config.bots[1]?.modules.map((m) => m.module.name)).toEqual(["about"]);
  });

  it("a JSON file with problems names the file's fields", () => {
    const dir = mkdtempSync(join(tmpdir(), "sb-config-"));
    const file = join(dir, "bots.json");
    writeFileSync(file, JSON.stringify({ bots: [{ id: "Bad Id", token: "x", modules: [] }] }));
    const problems = problemsOf({ SWITCHBOARD_CONFIG: file });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^SWITCHBOARD_CONFIG: bots\.0\.id must be lowercase/);
  });

  it("a missing config file is reported, not thrown as a stack trace", () => {
    expect(problemsOf({ SWITCHBOARD_CONFIG: "/nonexistent/bots.yaml" })[0]).toMatch(
      /^SWITCHBOARD_CONFIG: cannot read \/nonexistent\/bots.yaml/,
    );
  });
});
