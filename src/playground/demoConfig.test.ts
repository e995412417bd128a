import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { processEnvSchema } from "../config/envSchema.js";
import { ConfigError, loadConfig } from "../config/loadConfig.js";
import { defineModule } from "../kernel/defineModule.js";
import about from "../modules/about/index.js";
import type { DemoBotSpec } from "./demoBots.js";
import {
  type ConfigDocument,
  demoBotEntries,
  demoConfigDocument,
  demoConfigFile,
  demoEnvironment,
  loadDemoConfig,
} from "./demoConfig.js";

const weather = defineModule({
  name: "weather",
  config: z.object({
    WEATHER_URL: z.url(),
    WEATHER_UNITS: z.enum(["metric", "imperial"]).default("metric"),
  }),
  commands: [{ command: "forecast", description: "x" }],
  create: () => ({ features: [] }),
});
const registry = { about, weather };

const profile = (id: number, name: string) => ({
  token: `${id}:DEMO_${name}_playground_token`,
  username: `${name}_bot`,
  name,
  description: name,
});
const table: Record<string, DemoBotSpec> = {
  about: { profile: profile(7100000001, "about"), groupRole: "admin" },
  weather: {
    profile: profile(7100000077, "weather"),
    groupRole: "member",
    settings: () => ({ WEATHER_URL: "http://127.0.0.1:4000/" }),
  },
};

const root = mkdtempSync(join(tmpdir(), "switchboard-demo-config-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;
const envIn = (dir = join(root, String(runs++))) =>
  processEnvSchema.parse({ DATA_DIR: dir, HOST: "127.0.0.1" });

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("the playground's config document", () => {
  it("has one bot per registered module, about first, pointed at its settings", () => {
    const document = demoConfigDocument(demoBotEntries(registry, table), {});
    expect(document).toEqual({
      bots: [
        { id: "about", token: table.about!.profile.token, modules: ["about"], settings: {} },
        {
          id: "weather",
          token: table.weather!.profile.token,
          modules: ["weather"],
          settings: { WEATHER_URL: "http://127.0.0.1:4000/" },
        },
      ],
    });
  });

  it("goes through loadConfig: the module's schema and defaults apply, about is every bot's base", () => {
    const env = envIn();
    const document = demoConfigDocument(demoBotEntries(registry, table), {});
    const config = loadDemoConfig({ env, port: 8181, document, registry });
    expect(config.demo).toBe(true);
    const bot = config.bots.find((b) => b.id === "weather")!;
    expect(bot.modules.map((m) => m.module.name)).toEqual(["about", "weather"]);
    expect(bot.modules[1]!.config).toEqual({
      WEATHER_URL: "http://127.0.0.1:4000/",
      WEATHER_UNITS: "metric",
    });
    // The document it read is on disk: a SWITCHBOARD_CONFIG file anyone can copy.
    expect(JSON.parse(readFileSync(demoConfigFile(env.DATA_DIR), "utf8"))).toEqual(document);
  });

  it("runs on its own port, store, data folder and generated key, in polling mode", () => {
    const env = processEnvSchema.parse({
      DATA_DIR: "/srv/sb",
      PORT: "9000",
      BOT_MODE: "webhook",
      SWITCHBOARD_SECRET_KEY: "real-key",
      GENERAL_RATE_LIMIT: "12",
    });
    expect(demoEnvironment(env, { port: 8181, configFile: "/srv/sb/demo/bots.json" })).toMatchObject({
      PORT: "8181",
      BOT_MODE: "polling",
      DATA_DIR: "/srv/sb/demo",
      STORAGE_URL: "sqlite:/srv/sb/demo/switchboard.db",
      SWITCHBOARD_SECRET_KEY: undefined,
      SWITCHBOARD_CONFIG: "/srv/sb/demo/bots.json",
      GENERAL_RATE_LIMIT: "12",
    });
  });

  it("reports a bad setting exactly as loadConfig reports it for a config file", () => {
    const bad: Record<string, DemoBotSpec> = {
      ...table,
      weather: { ...table.weather!, settings: () => ({ WEATHER_URL: "not a url", WEATHER_UNITS: "kelvin" }) },
    };
    const document: ConfigDocument = demoConfigDocument(demoBotEntries(registry, bad), {});
    const fromPlayground = problemsOf(() => loadDemoConfig({ env: envIn(), port: 8181, document, registry }));

    const file = join(root, "by-hand.json");
    writeFileSync(file, JSON.stringify(document));
    const fromFile = problemsOf(() => loadConfig({ SWITCHBOARD_CONFIG: file }, registry));
    expect(fromPlayground).toEqual(fromFile);
    expect(fromPlayground).toEqual([
      expect.stringMatching(/^bot "weather", module weather: WEATHER_URL /),
      expect.stringMatching(/^bot "weather", module weather: WEATHER_UNITS /),
    ]);
  });

  it("leaves out, with a warning, a module that has no demo bot and whose defaults do not validate", () => {
    const warnings: string[] = [];
    const logger = { warn: (_: object, message: string) => warnings.push(message) } as never;
    const entries = demoBotEntries(registry, { about: table.about! });
    expect(entries.map((e) => [e.module, e.listed])).toEqual([
      ["about", true],
      ["weather", false],
    ]);
    const config = loadDemoConfig({
      env: envIn(),
      port: 8181,
      document: demoConfigDocument(entries, {}),
      registry,
      unlisted: ["weather"],
      logger,
    });
    expect(config.bots.map((b) => b.id)).toEqual(["about"]);
    expect(warnings).toEqual(["no demo bot for module weather: add it to src/playground/demoBots.ts"]);
  });

  it("never leaves out a listed bot: its problem stops the start", () => {
    const bad = { ...table, weather: { ...table.weather!, settings: () => ({}) } };
    const env = envIn();
    const problems = problemsOf(() =>
      loadDemoConfig({
        env,
        port: 8181,
        document: demoConfigDocument(demoBotEntries(registry, bad), {}),
        registry,
        unlisted: [],
      }),
    );
    expect(problems).toEqual([expect.stringMatching(/^bot "weather", module weather: WEATHER_URL /)]);
    expect(existsSync(demoConfigFile(env.DATA_DIR))).toBe(true);
  });
});
