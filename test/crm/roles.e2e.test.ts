/**
 * crm's RBAC end to end: each role's main menu (exactly its readable modules, two per row, the
 * dashboard, and the admin panel for super_admin only), and buttons a role may not press, forged
 * with the bot's own tag as a stale or tampered client would send them, refused and audited.
 */
import { Api } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAdmin } from "../../backends/tabys/demoAdmins.js";
import { callbackButton } from "../../src/kernel/callbacks.js";
import type { BotContext } from "../../src/kernel/context.js";
import { openAdminPanel, sessionsPage } from "../../src/modules/crm/callbacks.js";
import { moduleIndex, startEdit } from "../../src/modules/crm/content/callbacks.js";
import { moduleButton } from "../../src/modules/crm/content/index.js";
import { ROLES, type Role, readableModules } from "../../src/modules/crm/domain/rbac.js";
import type { ChatDriver } from "../support/liveStack.js";
import { CRM_BOT, CrmStack } from "./crmStack.js";

let stack: CrmStack;

beforeAll(async () => {
  stack = await CrmStack.start();
});
afterAll(async () => {
  await stack?.close();
});

const identity = () => stack.app.bots[0]!.identity;

/** What the content screens put on a module's menu button, for an English-speaking admin. */
function expectedModuleButton(module: Parameters<typeof moduleButton>[1]): InlineKeyboardButton {
  const t = (key: string, variables?: Record<string, string | number | Date>) =>
    identity().translate("en", key, variables);
  const ctx = { t, botIdentity: identity(), language: "en", can: () => true } as unknown as BotContext;
  return moduleButton(ctx, module);
}

/** A button as the emulator's transcript and grammY both have it. */
type Button = { text: string; callback_data?: string };

/** The menu's buttons as rows of labels. */
const layout = (rows: Button[][]) => rows.map((row) => row.map((b) => b.text));

/** A button the bot never offered this user, put on a message as a modified client would send it. */
async function forgedButton(user: ChatDriver, button: InlineKeyboardButton.CallbackButton) {
  const api = new Api(CRM_BOT.token, { apiRoot: stack.emulator.apiRoot });
  const sent = await api.sendMessage(user.userId, "A button from an old message", {
    reply_markup: { inline_keyboard: [[button]] },
  });
  const [message] = (await user.transcript()).filter((m) => m.message_id === sent.message_id);
  return user.press(message!, button.text);
}

describe("each role's main menu", () => {
  it.each(ROLES.filter((role) => role !== "client"))("%s", async (role: Role) => {
    const admin = await stack.loginAs(role);
    const menu = await admin.ask("/menu", /Choose a section/);
    expect(menu.text).toBe(
      `Tabys CRM: ${demoAdmin(role).name} (${identity().translate("en", `crm-role-${role.replace(/_/g, "-")}`)}). Choose a section:`,
    );
    const modules = readableModules(role).map(expectedModuleButton);
    const pairs: Button[][] = [];
    for (let i = 0; i < modules.length; i += 2) pairs.push(modules.slice(i, i + 2));
    const last = role === "super_admin" ? ["📊 Dashboard", "🛠 Admin panel"] : ["📊 Dashboard"];
    const rows = menu.reply_markup?.inline_keyboard ?? [];
    expect(layout(rows)).toEqual([...layout(pairs), last]);
    const data = (buttons: Button[][]) => buttons.flat().map((b) => b.callback_data ?? b.text);
    expect(data(rows.slice(0, -1))).toEqual(data(pairs));
  });

  it("client: no admin access, so no menu", async () => {
    const client = await stack.loginAs("client");
    await client.ask("/menu", /Please sign in first/);
  });
});

describe("forged buttons", () => {
  it("government cannot edit an event, even with a correctly tagged edit button", async () => {
    const government = await stack.loginAs("government");
    const edit = callbackButton(identity(), "✏️ Edit", startEdit, { m: moduleIndex("events"), id: 1 });
    const answer = await forgedButton(government, edit);
    expect(answer).toMatchObject({
      answered: true,
      show_alert: true,
      text: "You do not have permission to do this.",
    });
    const [denial] = await stack.app.services.audit.query({
      module: "crm",
      actor: String(government.userId),
    });
    expect(denial).toMatchObject({
      action: "events:update",
      result: "denied",
      details: { role: "government" },
    });
  });

  it("an administrator cannot open the super_admin's admin panel with a forged button", async () => {
    const admin = await stack.loginAs("administrator");
    for (const button of [
      callbackButton(identity(), "🛠 Admin panel", openAdminPanel, {}),
      callbackButton(identity(), "👥 Sessions", sessionsPage, { page: 0 }),
    ]) {
      const answer = await forgedButton(admin, button);
      expect(answer).toMatchObject({ show_alert: true, text: "You do not have permission to do this." });
    }
    const denials = await stack.app.services.audit.query({ module: "crm", actor: String(admin.userId) });
    expect(denials.filter((d) => d.result === "denied").map((d) => d.action)).toEqual([
      "admin:panel",
      "admin:panel",
    ]);
  });

  it("a button whose tag does not match is refused before any handler", async () => {
    const admin = await stack.loginAs("super_admin");
    const genuine = callbackButton(identity(), "🛠 Admin panel", openAdminPanel, {});
    const answer = await forgedButton(admin, {
      ...genuine,
      callback_data: `${genuine.callback_data.slice(0, -3)}abc`,
    });
    expect(answer).toMatchObject({ show_alert: true, text: "This button is not valid." });
  });
});
