/**
 * Moderation on Redis, as several instances run it: the chat-closure record and its lease, the
 * outbox, the admin cache and the job runner (BullMQ) all live in Redis. The app is the one
 * `npm start` runs, with `STORAGE_URL=redis://…` and a bot id of this run's own (its keys' prefix).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TranscriptMessage } from "../../src/emulator/index.js";
import { useRedis } from "../support/redisServer.js";
import { ModerationStack } from "./moderationStack.js";

const redis = await useRedis();
const BOT_ID = `moderation-${process.pid}`;

describe.skipIf(!redis.url)("moderation on Redis", () => {
  let stack: ModerationStack;
  beforeAll(async () => {
    stack = await ModerationStack.start(
      { breaker: { halfOpenAfterMs: 200 } },
      { storageUrl: redis.url!, botId: BOT_ID },
    );
  }, 30_000);
  afterAll(async () => {
    await stack?.close();
  });

  it("runs on Redis: lockdown closes the chat and /unlock reopens it; a mute from the panel survives a restart", async () => {
    expect(stack.app.services.storage.kind).toBe("redis");
    const g = await stack.group();
    await stack.ask(g.id, g.admin, "/lockdown", /locked|closed/i);
    await expect(stack.send(g.id, g.ann, "anyone?")).rejects.toThrow();
    await stack.ask(g.id, g.admin, "/unlock", /open/i);
    await stack.send(g.id, g.ann, "back again");

    const said = await stack.send(g.id, g.bob, "hello");
    const panel = await stack.ask(g.id, g.admin, "/settings", /Moderation: Bob/, said.message_id);
    await stack.restart({ breaker: { halfOpenAfterMs: 200 } });
    await stack.control.pressButton(g.admin, g.id, panel.message_id, { text: "🔇 Mute" });
    await stack.control.pressButton(g.admin, g.id, panel.message_id, { text: "🔇 10 min" });
    expect(await stack.control.member(g.id, g.bob)).toMatchObject({
      status: "restricted",
      can_send_messages: false,
    });
    const edited = (await stack.control.transcript(g.id)).find(
      (m: TranscriptMessage) => m.message_id === panel.message_id,
    );
    expect(edited?.text).toMatch(/Muted until/);
  });

  it("API V2 down: the record waits in the outbox on Redis and is delivered once when it is back", async () => {
    const g = await stack.group();
    await stack.apiV2.down();
    try {
      await stack.ask(g.id, g.admin, `/ban ${g.ann}`, /pending/);
      expect(await stack.outbox.pending()).toHaveLength(1);
    } finally {
      await stack.apiV2.up();
    }
    const deadline = Date.now() + 8000;
    while ((await stack.outbox.pending()).length > 0) {
      if (Date.now() > deadline) throw new Error("the outbox was not delivered");
      await stack.outbox.deliver();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const bans = (await stack.actionLog(g.id)).filter((e) => e.action === "ban" && e.user_id === g.ann);
    expect(bans).toHaveLength(1);
  });
});
