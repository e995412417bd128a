import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Composer } from "grammy";
import pino from "pino";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { BotContext } from "../../src/kernel/context.js";
import { defineModule } from "../../src/kernel/defineModule.js";
import { closeServices, createServices } from "../../src/platform/createServices.js";
import type { Services } from "../../src/platform/services.js";
import { alice, BotHarness, boris } from "../support/botHarness.js";
import { flushKeyPrefix, uniqueKeyPrefix, useRedis } from "../support/redisServer.js";

interface SurveyState {
  step?: "name" | "age";
  name?: string;
}

/** A two-step exchange kept in the chat's session: ask a name, then a number. */
const survey = defineModule({
  name: "survey",
  commands: [{ command: "survey", description: "x" }],
  messages: "private",
  create() {
    const composer = new Composer<BotContext>();
    const state = (ctx: BotContext) => {
      ctx.session.modules.survey ??= {};
      return ctx.session.modules.survey as SurveyState;
    };
    composer.command("survey", async (ctx) => {
      state(ctx).step = "name";
      await ctx.reply("Your name?");
    });
    composer.on("message:text", async (ctx) => {
      const survey = state(ctx);
      if (survey.step === "name") {
        survey.name = ctx.message.text;
        survey.step = "age";
        await ctx.reply("Your age?");
      } else if (survey.step === "age") {
        // The kernel's escaping, localized `t`, in the language the user chose before the restart.
        await ctx.reply(`${ctx.t("about-language-set")} ${survey.name}, ${Number(ctx.message.text)}`);
        delete ctx.session.modules.survey;
      }
    });
    return { features: [composer] };
  },
});

let services: Services | undefined;
afterEach(async () => {
  if (services) await closeServices(services);
  services = undefined;
});

const redis = await useRedis();
const namespaces: string[] = [];
afterAll(async () => {
  for (const namespace of namespaces) await flushKeyPrefix(redis.url!, namespace);
});

/** Services of one "process" on a store that outlives it: a SQLite file, or Redis. */
function storeFactory(kind: "sqlite" | "redis") {
  const dir = mkdtempSync(join(tmpdir(), "sb-restart-"));
  const namespace = uniqueKeyPrefix("restart");
  if (kind === "redis") namespaces.push(namespace);
  return () =>
    createServices({
      logger: pino({ level: "silent" }),
      storageUrl: kind === "sqlite" ? `sqlite:${join(dir, "switchboard.db")}` : redis.url!,
      dataDir: dir,
      generalRateLimit: 1000,
      loginRateLimit: 5,
      ...(kind === "redis" ? { namespace } : {}),
    });
}

describe.each([["SQLite", "sqlite"], ...(redis.url ? [["Redis", "redis"]] : [])] as Array<
  [string, "sqlite" | "redis"]
>)("restart on %s", (_name, kind) => {
  it("a bot restarted mid-exchange continues it from the session, in the user's chosen language", async () => {
    const fileServices = storeFactory(kind);
    services = await fileServices();
    const first = await BotHarness.create({ services, modules: [{ module: survey }] });
    await first.send(boris, "/language ro");
    expect(first.texts(await first.send(boris, "/survey"))).toEqual(["Your name?"]);
    expect(first.texts(await first.send(boris, "Boris"))).toEqual(["Your age?"]);
    await closeServices(services);

    // A new process: new services on the same store, a new bot.
    services = await fileServices();
    const second = await BotHarness.create({ services, modules: [{ module: survey }] });
    expect(second.texts(await second.send(boris, "41"))).toEqual(["Limba setată: română. Boris, 41"]);
    expect(second.texts(await second.send(boris, "/start"))[0]).toMatch(/^Bună ziua, Борис!/);
  });
});

describe("sessions", () => {
  it("two users' exchanges do not mix", async () => {
    const harness = await BotHarness.create({ modules: [{ module: survey }] });
    await harness.send(alice, "/survey");
    await harness.send(boris, "/survey");
    await harness.send(alice, "Alice");
    await harness.send(boris, "Boris");
    expect(harness.texts(await harness.send(boris, "30"))).toEqual(["Язык установлен: русский. Boris, 30"]);
    expect(harness.texts(await harness.send(alice, "29"))).toEqual(["Language set: English. Alice, 29"]);
    await harness.close();
  });
});
