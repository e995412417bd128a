import { Bot, type Context } from "grammy";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { TEST_BOT_INFO } from "../../../test/support/botInfo.js";
import type { AuditLog } from "../audit/auditLog.js";
import { createModuleRbac, type RbacContext } from "./rbac.js";

type TestContext = Context & RbacContext & { t: (key: string) => string };
type AuditEntry = Parameters<AuditLog["record"]>[0];

const botInfo = TEST_BOT_INFO;

const ADMIN = 100;
const VIEWER = 200;
const STRANGER = 300;

function setup() {
  const audited: AuditEntry[] = [];
  const rbac = createModuleRbac({
    bot: "demo",
    module: "netmon",
    roles: { admin: ["read", "delete"], viewer: ["read"] },
    audit: { record: async (entry) => void audited.push(entry) },
  });
  const roleOf = (id: number | undefined) => ({ [ADMIN]: "admin", [VIEWER]: "viewer" })[id ?? 0];

  const bot = new Bot<TestContext>("1:abc", { botInfo });
  const calls: Array<{ method: string; payload: Record<string, unknown> }> = [];
  bot.api.config.use((_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> });
    return Promise.resolve({ ok: true, result: true } as never);
  });
  bot.use((ctx, next) => {
    ctx.t = (key) => `t(${key})`;
    // What the kernel installs: the role of the module asked about, for this update's user.
    ctx.role = async (module) => (module === "netmon" ? roleOf(ctx.from?.id) : undefined);
    return next();
  });
  const done: string[] = [];
  bot.callbackQuery("netmon:delete:7", rbac.guard("delete"), async (ctx) => {
    done.push(`deleted by ${ctx.from.id}`);
    await ctx.answerCallbackQuery();
  });
  bot.command("purge", rbac.guard("delete"), (ctx) => void done.push(`purged by ${ctx.from?.id}`));
  return { bot, calls, audited, done, rbac };
}

let updateId = 1;
const chat = { id: 5, type: "private" as const, first_name: "U" };
const user = (id: number) => ({ id, is_bot: false, first_name: `U${id}` });

function pressButton(from: number, data: string): Update {
  return {
    update_id: updateId++,
    callback_query: {
      id: `cb${updateId}`,
      from: user(from),
      chat_instance: "ci",
      data,
      message: { message_id: 9, date: 0, chat, text: "menu" },
    },
  } as Update;
}

function sendCommand(from: number, text: string): Update {
  return {
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: 0,
      chat,
      from: user(from),
      text,
      entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }],
    },
  } as Update;
}

describe("rbac", () => {
  it("allows: deny by default for unknown roles, actions and no role", () => {
    const { rbac } = setup();
    expect(rbac.allows("admin", "delete")).toBe(true);
    expect(rbac.allows("viewer", "read")).toBe(true);
    expect(rbac.allows("viewer", "delete")).toBe(false);
    expect(rbac.allows("owner", "read")).toBe(false);
    expect(rbac.allows(undefined, "read")).toBe(false);
    expect(rbac.allows("constructor", "read")).toBe(false);
    expect(rbac.allows("admin", "toString")).toBe(false);
  });

  it("callback: a read-only user pressing delete gets an alert, nothing is deleted, the denial is audited", async () => {
    const { bot, calls, audited, done } = setup();
    await bot.handleUpdate(pressButton(VIEWER, "netmon:delete:7"));
    expect(done).toEqual([]);
    expect(calls).toEqual([
      {
        method: "answerCallbackQuery",
        payload: expect.objectContaining({ text: "t(rbac-denied)", show_alert: true }),
      },
    ]);
    expect(audited).toEqual([
      {
        bot: "demo",
        module: "netmon",
        actor: String(VIEWER),
        action: "delete",
        result: "denied",
        details: { role: "viewer", via: "callback_query", data: "netmon:delete:7" },
      },
    ]);
  });

  it("callback: an admin pressing delete passes the guard and nothing is audited", async () => {
    const { bot, calls, audited, done } = setup();
    await bot.handleUpdate(pressButton(ADMIN, "netmon:delete:7"));
    expect(done).toEqual([`deleted by ${ADMIN}`]);
    expect(calls.map((c) => c.payload.show_alert)).toEqual([undefined]);
    expect(audited).toEqual([]);
  });

  it("command: viewers and users without a role get a reply and are audited; admins pass", async () => {
    const { bot, calls, audited, done } = setup();
    await bot.handleUpdate(sendCommand(VIEWER, "/purge 123456"));
    await bot.handleUpdate(sendCommand(STRANGER, "/purge"));
    await bot.handleUpdate(sendCommand(ADMIN, "/purge"));
    expect(done).toEqual([`purged by ${ADMIN}`]);
    expect(calls).toEqual([
      {
        method: "sendMessage",
        payload: expect.objectContaining({ chat_id: chat.id, text: "t(rbac-denied)" }),
      },
      {
        method: "sendMessage",
        payload: expect.objectContaining({ chat_id: chat.id, text: "t(rbac-denied)" }),
      },
    ]);
    expect(audited.map((a) => [a.actor, a.action, a.result, a.details])).toEqual([
      [String(VIEWER), "delete", "denied", { role: "viewer", via: "message", command: "/purge" }],
      [String(STRANGER), "delete", "denied", { role: null, via: "message", command: "/purge" }],
    ]);
  });

  it("guard: another module's policy never lends its roles (two policies, one user)", async () => {
    const { bot, calls, audited } = setup();
    const billing = createModuleRbac({ bot: "demo", module: "billing", roles: { admin: ["read"] } });
    bot.command("bill", billing.guard("read"), () => {
      throw new Error("must not run");
    });
    await bot.handleUpdate(sendCommand(ADMIN, "/bill"));
    expect(calls.map((c) => c.payload.text)).toEqual(["t(rbac-denied)"]);
    expect(audited).toEqual([]); // that rbac had no audit log
  });
});
