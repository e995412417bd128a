import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { implementedMethods } from "../../src/emulator/index.js";
import { loadSpec } from "../../src/emulator/spec.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "emulator" ? [] : sourceFiles(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

/** grammY's context shortcuts (`ctx.reply`, `ctx.replyWithPhoto`, …) → the Bot API method each calls. */
function contextShortcuts(): Map<string, string> {
  // grammY's package exports hide out/context.js; find it beside the resolved entry point.
  const entry = createRequire(import.meta.url).resolve("grammy");
  const file = join(entry, "..", "context.js");
  const source = readFileSync(file, "utf8");
  const map = new Map<string, string>();
  for (const [, shortcut, body] of source.matchAll(/\n {4}([a-zA-Z]+)\([^)]*\) \{([\s\S]*?)\n {4}\}/g)) {
    // grammY's `xInline` variants are the same Bot API method with inline_message_id.
    const method = body?.match(/this\.api\.([a-zA-Z]+)\(/)?.[1]?.replace(/Inline$/, "");
    if (shortcut && method) map.set(shortcut, method);
  }
  return map;
}

/** Every Bot API method the project's own code can call: `api.x(`, `bot.api.x(` and ctx shortcuts. */
function methodsCalledByProject(): Set<string> {
  const shortcuts = contextShortcuts();
  // Backend clients are called `api` too (`this.api.health()`); only Bot API method names count.
  const spec = loadSpec();
  const called = new Set<string>();
  for (const file of sourceFiles(join(root, "src"))) {
    const source = readFileSync(file, "utf8");
    for (const [, method] of source.matchAll(/\bapi\.([a-zA-Z]+)\(/g)) {
      if (spec.method(method!)) called.add(method!);
    }
    for (const [, shortcut] of source.matchAll(/\bctx\.([a-zA-Z]+)\(/g)) {
      const method = shortcuts.get(shortcut!);
      if (method) called.add(method);
    }
  }
  // The runtime and kernel call these through grammY and its plugins rather than by name.
  for (const method of [
    "getMe",
    "getUpdates",
    "setWebhook",
    "deleteWebhook",
    "setMyCommands",
    "deleteMyCommands",
  ]) {
    called.add(method);
  }
  return called;
}

describe("Bot API coverage", () => {
  it("finds grammY's shortcuts (the scan itself works)", () => {
    const shortcuts = contextShortcuts();
    expect(shortcuts.get("reply")).toBe("sendMessage");
    expect(shortcuts.get("answerCallbackQuery")).toBe("answerCallbackQuery");
    expect(shortcuts.get("replyWithPhoto")).toBe("sendPhoto");
  });

  it("the project calls no Bot API method the emulator lacks", () => {
    const called = methodsCalledByProject();
    expect(called.size).toBeGreaterThan(8);
    const missing = [...called].filter((m) => !implementedMethods.has(m)).sort();
    expect(missing).toEqual([]);
  });
});
