/**
 * The start contract every reference backend keeps (README.md): started with a data folder and
 * the app's URL, it listens on loopback, serves the kit's control routes, resets, and lets go of
 * its port on close. A new backend adds one line to the table.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startApiV2Backend } from "../apiv2/apiV2Backend.js";
import { startPlumeBackend } from "../plume/plumeBackend.js";
import { startRoa2webBackend } from "../roa2web/roa2webBackend.js";
import { startTabysBackend } from "../tabys/tabysBackend.js";
import { manualClock } from "./clock.js";
import { EXAMPLE_API_KEY, startExampleBackend } from "./exampleBackend.js";
import type { StartReferenceBackend } from "./referenceBackend.js";

const BACKENDS: Array<[name: string, start: StartReferenceBackend]> = [
  ["example", startExampleBackend],
  ["plume", startPlumeBackend],
  ["tabys", startTabysBackend],
  ["roa2web", startRoa2webBackend],
  ["apiv2", startApiV2Backend],
];

const T0 = Date.UTC(2024, 11, 2, 14, 0, 0);
const root = mkdtempSync(join(tmpdir(), "switchboard-backends-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const json = async (response: Response) => {
  expect(response.status).toBe(200);
  return response.json();
};

describe.each(BACKENDS)("reference backend %s", (name, start) => {
  it("starts from the common options, obeys the control routes, resets, and closes", async () => {
    const backend = await start({
      dataDir: join(root, name),
      appUrl: "http://127.0.0.1:9",
      clock: manualClock(T0),
    });
    const post = (path: string, body?: object) =>
      fetch(`${backend.url}/_control${path}`, {
        method: "POST",
        ...(body ? { headers: { "content-type": "application/json" }, body: JSON.stringify(body) } : {}),
      });
    try {
      expect(backend.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await json(await fetch(`${backend.url}/_control/clock`))).toMatchObject({ now: T0 });
      await json(await post("/clock", { advanceMs: 60_000 }));
      await json(await post("/faults", { errorRate: 1, latencyMs: 5 }));
      expect(await json(await fetch(`${backend.url}/_control/faults`))).toMatchObject({ errorRate: 1 });
      expect(await json(await post("/reset"))).toMatchObject({
        faults: { errorRate: 0, latencyMs: 0 },
        clock: { now: T0, shiftMs: 0 },
      });
      await json(await post("/clock", { advanceMs: 1 }));
      await backend.reset();
      expect(await json(await fetch(`${backend.url}/_control/clock`))).toMatchObject({ now: T0 });
      expect(await json(await fetch(`${backend.url}/_control/stats`))).toHaveProperty("requests");
    } finally {
      await backend.close();
    }
    await expect(fetch(`${backend.url}/_control/faults`)).rejects.toThrow();
  });
});

describe("the example backend", () => {
  it("guards its API with the bearer key and sees the app's URL", async () => {
    const backend = await startExampleBackend({ dataDir: join(root, "x"), appUrl: "http://127.0.0.1:9" });
    try {
      expect((await fetch(`${backend.url}/api/time`)).status).toBe(401);
      const ok = await fetch(`${backend.url}/api/time`, {
        headers: { authorization: `Bearer ${EXAMPLE_API_KEY}` },
      });
      expect(await json(ok)).toMatchObject({ appUrl: "http://127.0.0.1:9" });
    } finally {
      await backend.close();
    }
  });
});
