import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConversation } from "@grammyjs/conversations";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { BotContext, ConversationContext } from "../../src/kernel/context.js";
import { defineModule } from "../../src/kernel/defineModule.js";
import { closeServices, createServices } from "../../src/platform/createServices.js";
import type { Services } from "../../src/platform/services.js";
import { alice, BotHarness, boris } from "../support/botHarness.js";

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

async function fileServices(dir: string) {
  return createServices({
    logger: pino({ level: "silent" }),
    storageUrl: `sqlite:${join(dir, "switchboard.db")}`,
    dataDir: dir,
    generalRateLimit: 1000,
    loginRateLimit: 5,
  });
}

describe("restart", () => {
  it("a bot restarted mid-conversation continues the conversation, in the user's chosen language", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sb-restart-"));
    services = await fileServices(dir);
    const first = await BotHarness.create({ services, modules: [{ module: survey }] });
    await first.send(boris, "/language ro");
    expect(first.texts(await first.send(boris, "/survey"))).toEqual(["Your name?"]);
    expect(first.texts(await first.send(boris, "Boris"))).toEqual(["Your age?"]);
    await closeServices(services);

    // A new process: new services on the same SQLite file, a new bot.
    services = await fileServices(dir);
    const second = await BotHarness.create({ services, modules: [{ module: survey }] });
    expect(second.texts(await second.send(boris, "41"))).toEqual(["Limba setată: română. Boris, 41"]);
    expect(second.texts(await second.send(boris, "/start"))[0]).toMatch(/^Bună ziua, Борис!/);
  });

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
