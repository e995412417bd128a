/**
 * A crm sign-in's life end to end: it survives a restart of the app, its JWT is renewed silently
 * when it expires (the backend issues 2-second JWTs here), a session revoked in the web panel asks
 * the admin to sign in again, and /logout ends it on both sides.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAdmin } from "../../backends/tabys/demoAdmins.js";
import { CrmStack } from "./crmStack.js";

let stack: CrmStack;
const RESTORE = "POST /api/v1/telegram-auth/restore-session";
const restores = () => stack.tabys.counts().byRoute[RESTORE] ?? 0;

beforeAll(async () => {
  stack = await CrmStack.start({ tabys: { jwtTtlSec: 2 } });
});
afterAll(async () => {
  await stack?.close();
});

describe("a crm sign-in", () => {
  it("survives a restart: the new app on the same store still knows the admin", async () => {
    const admin = await stack.loginAs("npo");
    const before = await admin.ask("/status", /Tabys CRM session/);
    await stack.restart();
    const after = await admin.ask("/status", /Tabys CRM session/);
    expect(after.text).toBe(before.text);
    const menu = await admin.ask("/menu", /Choose a section/);
    await admin.press(menu, "📊 Dashboard");
    const dashboard = await admin.edited(menu.message_id, /Dashboard/);
    expect(dashboard.text).toMatch(/Events: \d+\nProjects: \d+/);
  });

  it("an expired JWT is renewed silently through restore-session", async () => {
    const admin = await stack.loginAs("msb");
    const before = restores();
    await sleep(2_500); // the backend's JWTs live 2 s here
    const menu = await admin.ask("/menu", /Choose a section/);
    await admin.press(menu, "📊 Dashboard");
    const dashboard = await admin.edited(menu.message_id, /Dashboard/);
    expect(dashboard.text).toMatch(/^📊 Dashboard\n\nVacancies: \d+\nLeisure: \d+$/);
    expect(restores()).toBe(before + 1);
    // The renewed JWT serves the next requests: no renewal per request.
    await admin.press(dashboard, "« Menu");
    await admin.press(await admin.edited(menu.message_id, /Choose a section/), "📊 Dashboard");
    await admin.edited(menu.message_id, /Dashboard/);
    expect(restores()).toBe(before + 1);
  });

  it("a session revoked in the web panel asks the admin to sign in again", async () => {
    const admin = await stack.loginAs("government");
    const menu = await admin.ask("/menu", /Choose a section/);
    expect(await stack.tabys.revokeSession(admin.userId)).toBe(true);
    const answer = await admin.press(menu, "📊 Dashboard");
    expect(answer).toMatchObject({ show_alert: true });
    expect(answer.text).toBe(
      "Your Tabys session has ended. Please sign in again with /login and a new one-time password.",
    );
    await admin.ask("/status", /You are not signed in/);
    await stack.loginAs("government", admin);
    await admin.ask("/status", /Role: government \(read-only\)/);
  });

  it("/logout ends it on both sides: restore-session finds nothing afterwards", async () => {
    const admin = await stack.loginAs("super_admin");
    const reply = await admin.ask("/logout", /signed out/);
    expect(reply.text).toBe(
      "You are signed out. To sign in again, send /login with a new one-time password.",
    );
    await admin.ask("/menu", /Please sign in first/);
    // The backend's side is gone too: there is nothing left to revoke.
    expect(await stack.tabys.revokeSession(admin.userId)).toBe(false);
  });

  it("/help follows the sign-in: /login while signed out, /menu /status /logout once signed in", async () => {
    const user = await stack.user("Helpful");
    const out = await user.ask("/help", /Commands/);
    expect(out.text).toContain("/login — Sign in with a one-time password from the Tabys web panel");
    expect(out.text).not.toContain("/menu");
    await stack.loginAs("administrator", user);
    const signedIn = await user.ask("/help", /Commands/);
    expect(signedIn.text).toContain(
      "/menu — The main menu\n/status — Your Tabys session\n/logout — Sign out",
    );
    expect(signedIn.text).not.toContain("/login");
  });

  it("names are shown exactly as written", async () => {
    const admin = await stack.loginAs("npo");
    const status = await admin.ask("/status", /Tabys CRM session/);
    expect(status.text).toContain(`Admin: ${demoAdmin("npo").name}`);
  });
});
