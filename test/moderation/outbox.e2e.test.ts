/**
 * The outbox end to end: API V2 down, an action still happens on Telegram and its record waits in
 * the outbox; API V2 back, the module's `outbox` job delivers it once, with its idempotency key,
 * however often it runs. The breaker's pause is shortened so the test need not wait 10 s for it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordRequest } from "../../src/modules/moderation/apiV2Client.js";
import type { Moderation } from "../../src/modules/moderation/runtime.js";
import { ModerationStack } from "./moderationStack.js";

let stack: ModerationStack;
let mod: Moderation;
beforeAll(async () => {
  stack = await ModerationStack.start({
    breaker: { halfOpenAfterMs: 200 },
    onModeration: (instance) => {
      mod = instance;
    },
  });
}, 30_000);
afterAll(async () => {
  await stack?.close();
});

const actionLog = (chatId: number) => stack.actionLog(chatId);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(50);
  }
}

/** Runs the outbox job's delivery until nothing waits (the breaker half-opens after its pause). */
async function deliverAll(timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await stack.outbox.deliver();
    if ((await stack.outbox.pending()).length === 0) return;
    if (Date.now() > deadline) throw new Error("the outbox was not delivered in time");
    await sleep(100);
  }
}

describe("moderation's outbox", () => {
  it("API V2 down: /ban by reply bans on Telegram, the record waits; back up: delivered once", async () => {
    const g = await stack.group();
    const spam = await stack.send(g.id, g.ann, "spam");
    await stack.apiV2.down();
    let saved: RecordRequest | undefined;
    try {
      const answer = await stack.ask(g.id, g.admin, "/ban spam", /banned/, spam.message_id);
      expect(answer.text).toBe(
        "🚫 Ann is banned until unbanned.\nReason: spam\n⏳ Done on Telegram. API V2 does not answer now: the record is pending and will be written when it is back.",
      );
      expect((await stack.control.member(g.id, g.ann)).status).toBe("kicked");
      const pending = await stack.outbox.pending();
      expect(pending).toHaveLength(1);
      const stored = await stack.app.services.storage.get<RecordRequest>(
        `moderation:moderation:outbox:${pending[0]}`,
      );
      expect(stored).toMatchObject({
        path: `/api/v2/groups/${g.id}/enforcement/ban`,
        body: { user_id: g.ann, admin_id: g.admin, reason: "spam" },
      });
      saved = stored && { path: stored.path, body: stored.body, idempotencyKey: stored.idempotencyKey };

      // Still down: the job keeps the record for its next run.
      await stack.outbox.deliver();
      expect(await stack.outbox.pending()).toHaveLength(1);
    } finally {
      await stack.apiV2.up();
    }

    await deliverAll();
    const bans = (await actionLog(g.id)).filter((e) => e.action === "ban" && e.user_id === g.ann);
    expect(bans).toMatchObject([{ admin_id: g.admin, details: "spam" }]);

    // The job again: nothing left, nothing doubled.
    await stack.outbox.deliver();
    // A delivery whose answer was lost is sent again with its key: API V2 replays, records once.
    if (!saved) throw new Error("no record was queued");
    await stack.outbox.add(saved);
    await deliverAll();
    const after = (await actionLog(g.id)).filter((e) => e.action === "ban" && e.user_id === g.ann);
    expect(after).toHaveLength(1);
  });

  it("a record API V2 refuses for good (a 4xx) is dropped, not retried forever", async () => {
    const g = await stack.group();
    await stack.outbox.add({
      path: `/api/v2/groups/${g.id}/enforcement/ban`,
      body: { user_id: "not a number" },
      idempotencyKey: `outbox-e2e-bad-${g.id}`,
    });
    await deliverAll();
    expect(await stack.outbox.pending()).toEqual([]);
    expect(await actionLog(g.id)).toEqual([]);
  });

  it("API V2 down: a locked link is still deleted; its action-log line waits in the outbox and is written once", async () => {
    const g = await stack.group();
    await mod.settings.update(g.id, { locks: ["url"] });
    await stack.apiV2.down();
    try {
      const link = await stack.send(g.id, g.bob, "cheap coins at https://spam.example");
      await waitFor(async () => (await stack.outbox.pending()).length === 1);
      const deleted = (await stack.control.transcript(g.id)).find((m) => m.message_id === link.message_id);
      expect(deleted?.deleted).toBe(true);
      const [id] = await stack.outbox.pending();
      expect(await stack.app.services.storage.get(`moderation:moderation:outbox:${id}`)).toMatchObject({
        path: "/api/v2/logs/actions",
        body: { group_id: g.id, user_id: g.bob, action: "lock_url" },
      });
    } finally {
      await stack.apiV2.up();
    }
    await deliverAll();
    await stack.outbox.deliver();
    const locks = (await actionLog(g.id)).filter((e) => e.action === "lock_url");
    expect(locks).toMatchObject([{ user_id: g.bob, source: "bot" }]);
  });
});
