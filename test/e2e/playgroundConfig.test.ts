/**
 * The playground's bots go through `loadConfig` like a deployment's: a bad setting in a demo bot
 * stops the start with loadConfig's own report, and nothing is left running.
 */
import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/loadConfig.js";
import { demoBots } from "../../src/playground/index.js";
import { startTestPlayground } from "./playgroundSupport.js";

describe("the playground's configuration", () => {
  it("a bad module setting is reported as loadConfig reports it, and the backends are stopped", async () => {
    const lines: Array<{ msg: string; url?: string }> = [];
    const logger = pino(
      { level: "info" },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(JSON.parse(String(chunk)));
          done();
        },
      }),
    );
    const netmon = demoBots.netmon!;
    const badBots: typeof demoBots = {
      ...demoBots,
      netmon: {
        ...netmon,
        settings: (plume) => ({ ...netmon.settings!(plume), NETMON_ALERT_INTERVAL: 5 }),
      },
    };

    const failure = await startTestPlayground({ demoBots: badBots, logger }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as ConfigError).problems).toContain(
      'bot "netmon", module netmon: NETMON_ALERT_INTERVAL must be at least 30 seconds',
    );

    const started = lines.filter((l) => l.msg === "reference backend started");
    expect(started.length).toBeGreaterThan(0);
    for (const { url } of started) await expect(fetch(`${url}/_control/faults`)).rejects.toThrow();
  });
});
