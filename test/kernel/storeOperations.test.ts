/**
 * What an update costs the store, counted in round trips below the prefetch layer: the kernel
 * batches its reads before the modules run and its writes after, and a module's declared reads
 * ride in the first batch. These counts are behaviour an operator pays for on Redis. (On SQLite the
 * update's claim is held in memory, so the first batch only reads its "handled" marker.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMERS, DEMO_LOCATIONS, type StartedPlumeBackend } from "../../backends/plume/index.js";
import type { BotContext } from "../../src/kernel/context.js";
import { defineModule } from "../../src/kernel/defineModule.js";
import { choose, netmonHarness, outputs, setUp, startBackend } from "../netmon/netmonHarness.js";
import { alice, BotHarness, boris } from "../support/botHarness.js";
import { countStorageOperations } from "../support/countStorage.js";

let backend: StartedPlumeBackend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

const group = { id: -100555, type: "supergroup" as const, title: "Busy group" };

/** Sees every ordinary group message, as a moderation module does. */
function watcher(seen: string[]) {
  return defineModule({
    name: "watcher",
    messages: "groups",
    create: () => ({
      features: [
        async (ctx: BotContext) => {
          seen.push(ctx.message?.text ?? "");
        },
      ],
    }),
  });
}

describe("store operations per update", () => {
  it("a netmon /status costs two store round trips: the kernel's batch before, its batch after", async () => {
    const h = await netmonHarness(backend);
    await setUp(h, alice);
    await choose(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    await h.send(alice, "/status"); // the token is fresh from /setup; this one warms nothing else
    await h.built.drain();
    const ops = countStorageOperations(h.services.storage);
    const status = await h.send(alice, "/status");
    await h.built.drain();
    expect(outputs(status)[0]).toMatch(/Home/);
    expect(ops.byOperation()).toEqual({ batch: 2 });
    expect(ops.byKey()).toEqual({
      "batch › get update:test:#": 1,
      "batch › increment ratelimit:general:test:#:#": 1,
      "batch › get lang:test:#": 1,
      "batch › get session:test:#": 1,
      "batch › get netmon:test:cred:#": 1,
      "batch › get netmon:test:choice:#": 1,
      "batch › set update:test:#": 1,
    });
    ops.restore();
    await h.close();
  });

  it("an ordinary group message reads no session, no language and counts against no rate limit", async () => {
    const seen: string[] = [];
    const h = await BotHarness.create({ modules: [{ module: watcher(seen) }], generalRateLimit: 3 });
    await h.built.drain();
    const ops = countStorageOperations(h.services.storage);
    await h.send(boris, "hello all", group);
    await h.built.drain();
    expect(ops.byKey()).toEqual({
      "batch › get update:test:#": 1,
      "batch › set update:test:#": 1,
    });
    ops.restore();
    await h.close();
  });

  it("a flood in a group past the general rate limit still reaches the module that watches groups", async () => {
    const seen: string[] = [];
    const h = await BotHarness.create({ modules: [{ module: watcher(seen) }], generalRateLimit: 3 });
    for (let i = 1; i <= 10; i++) await h.send(boris, `spam ${i}`, group);
    expect(seen).toHaveLength(10);
    // The same user's private commands are limited as before.
    const replies: string[] = [];
    for (let i = 0; i < 5; i++) replies.push(...h.texts(await h.send(boris, "/help")));
    expect(replies.filter((r) => r.startsWith("<b>Команды"))).toHaveLength(3);
    await h.close();
  });
});
