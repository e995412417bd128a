/**
 * Issue 13 on SQLite: a real process under load killed with SIGKILL twice and restarted on the
 * same file, in polling and in webhook mode: no update lost, and no more duplicates than the
 * updates whose answer had left when the kill landed (see crashScenario.ts).
 */
import { describe, expect, it } from "vitest";
import { runCrashScenario } from "../support/crashScenario.js";

describe("killed with SIGKILL under load, on SQLite", () => {
  for (const mode of ["polling", "webhook"] as const) {
    it(`${mode}: nothing lost, nothing doubled beyond what had been answered`, async () => {
      const result = await runCrashScenario({ mode, storage: "sqlite", killAfterMs: [1_500, 400] });
      console.info(
        `crash drill, SQLite, ${mode}:`,
        JSON.stringify({ ...result, lost: result.lost.length, outputs: undefined }),
      );
      expect(result.lost).toEqual([]);
      expect(result.duplicates).toBeLessThanOrEqual(result.allowedDuplicates);
    }, 150_000);
  }
});
