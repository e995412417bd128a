import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConversation } from "@grammyjs/conversations";
import pino from "pino";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { BotContext, ConversationContext } from "../../src/kernel/context.js";
import { defineModule } from "../../src/kernel/defineModule.js";
import { closeServices, createServices } from "../../src/platform/createServices.js";
import type { Services } from "../../src/platform/services.js";
import { alice, BotHarness, boris } from "../support/botHarness.js";
import { flushKeyPrefix, uniqueKeyPrefix, useRedis } from "../support/redisServer.js";

/** A two-step conversation, as netmon's /setup is: ask a name, then a number. */
const survey = defineModule({
  name: "survey",
  commands: [{ command: "survey", description: "x" }],
  setup({ composer }) {
    composer.use(
      createConversation<BotContext, ConversationContext>(async (conversation, ctx) => {
        await ctx.reply("Your name?");
        const name = await conversation.form.text();
        await ctx.reply("Your age?");
        const answer = await conversation.waitFor("message:text");
        const age = Number(answer.message.text);
        // Kernel plugins work inside conversations: the escaping, localized `t`.
        await answer.reply(`${answer.t("about-language-set")} ${name}, ${age}`);
      }, "survey"),
    );
    composer.command("survey", (ctx) => ctx.conversation.enter("survey"));
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
  it("a bot restarted mid-conversation continues the conversation, in the user's chosen language", async () => {
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

describe("conversations", () => {
  it("two users' conversations do not mix", async () => {
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
