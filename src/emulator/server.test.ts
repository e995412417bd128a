import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ControlClient } from "./controlClient.js";
import { createEmulator, type Emulator, emulatorPlugin } from "./emulator.js";
import { botToken } from "./testFixtures.js";

let app: FastifyInstance | undefined;
let emulator: Emulator;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The emulator mounted in a host app that keeps Fastify's default connection handling. */
async function mounted(): Promise<string> {
  app = Fastify();
  emulator = createEmulator();
  await app.register(emulatorPlugin, { emulator });
  // The host's own JSON routes keep working next to the emulator's body parsing.
  app.post("/host/echo", async (request) => request.body);
  await app.listen({ port: 0, host: "127.0.0.1" });
  return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
}

describe("the emulator mounted in another Fastify app", () => {
  it("leaves the host's body parsing alone", async () => {
    const url = await mounted();
    const response = await fetch(`${url}/host/echo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ a: 1 }),
    });
    expect(await response.json()).toEqual({ a: 1 });
  });

  it("closes promptly while a long poll and an event stream are open", async () => {
    const url = await mounted();
    const poll = fetch(`${url}/bot${botToken(5)}/getUpdates?timeout=30`).then((r) => r.json());
    await new ControlClient(url).subscribe(() => {});
    await vi.waitFor(() => expect(emulator.core.updates.queue(5).poller).toBeDefined());
    const started = Date.now();
    await app?.close();
    app = undefined;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await poll).toEqual({ ok: true, result: [] });
  });
});
