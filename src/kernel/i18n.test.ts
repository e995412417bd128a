import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AnyModule } from "./defineModule.js";
import { createI18n } from "./i18n.js";

describe("locales", () => {
  it("a module's message with the id of another's is refused when the bot is built, naming both files", () => {
    const dir = mkdtempSync(join(tmpdir(), "sb-locales-"));
    writeFileSync(join(dir, "en.ftl"), "mine-ok = fine\nrbac-denied = a module's own text\n");
    const clashing = { name: "clash", locales: dir } as AnyModule;
    expect(() => createI18n([clashing])).toThrow(
      /locale message "rbac-denied" is defined twice: .*en\.ftl and .*en\.ftl/,
    );
  });
});
