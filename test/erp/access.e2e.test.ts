/**
 * erp with Telegram access switched off (`MODULE_TELEGRAM_ENABLED=false`): the bot stays up, its
 * commands, buttons and codes are answered that access is off, /start says so, and the internal
 * API refuses the backend's codes with 503 (the web page shows why).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErpStack } from "./erpStack.js";

let stack: ErpStack;

beforeAll(async () => {
  stack = await ErpStack.start({ env: { MODULE_TELEGRAM_ENABLED: "false" } });
});
afterAll(async () => {
  await stack?.close();
});

describe("erp with Telegram access off", () => {
  it("the backend's codes are refused with 503, and the page says why", async () => {
    const issued = await stack.roa2web.generateCode("ana@firma.ro");
    expect(issued).toMatchObject({ status: 503, delivered: false });
    expect(issued.problem).toMatch(/answered 503/);
  });

  it("commands and codes are answered that access is off; other modules' /start and /help still work", async () => {
    const user = await stack.user("Ana");
    const off = "Telegram access to ROA2WEB is turned off by the administrator.";
    expect((await user.ask("/dashboard", /turned off/)).text).toBe(off);
    expect((await user.ask("/start ABCD2345", /turned off/)).text).toBe(off);
    expect((await user.ask("ABCD2345", /turned off/)).text).toBe(off);
    const start = await user.ask("/start", /Send \/help/);
    expect(start.text).toContain(off);
    await user.ask("/help", /Commands/);
  });
});
