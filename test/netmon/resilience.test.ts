import { afterEach, describe, expect, it } from "vitest";
import {
  DEMO_CLIENTS,
  DEMO_CUSTOMERS,
  DEMO_LOCATIONS,
  type StartedPlumeBackend,
} from "../../backends/plume/index.js";
import { manualClock } from "../../backends/plume/testKit.js";
import { alice } from "../support/botHarness.js";
import { netmonHarness, outputs, pressButton, setUpAt, startBackend } from "./netmonHarness.js";

let backend: StartedPlumeBackend | undefined;
afterEach(async () => {
  await backend?.close();
  backend = undefined;
});

const ERROR_ID = "Error id: <code>[0-9a-f]{8}</code>";

async function ready(
  options: Parameters<typeof startBackend>[0] = {},
  harness: Parameters<typeof netmonHarness>[1] = {},
) {
  backend = await startBackend(options);
  const h = await netmonHarness(backend, harness);
  await setUpAt(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
  return { backend, h };
}

const homeStatus = /^📡 <b>Home<\/b> · Ana Popescu\n🟢 <b>Online<\/b>/;

describe("tokens", () => {
  it("a token that expired at the SSO mid-session is renewed silently (401 → one refresh → one retry)", async () => {
    const clock = manualClock(Date.now());
    const { backend, h } = await ready({ now: clock.now });
    const sso = backend.requestCounts().sso;
    clock.advance(2 * 3_600_000);
    expect(outputs(await h.send(alice, "/status"))[0]).toMatch(homeStatus);
    expect(backend.requestCounts().sso).toBe(sso + 1);
    // The new token is kept: the next report needs no exchange.
    expect(outputs(await h.send(alice, "/wifi"))[0]).toMatch(/^📶/);
    expect(backend.requestCounts().sso).toBe(sso + 1);
    await h.close();
  });

  it("a token is refreshed before it expires, without a failed call", async () => {
    const clock = manualClock(Date.now());
    const { backend, h } = await ready(
      { now: clock.now, tokenLifetimeSec: 600 },
      { netmon: { now: clock.now } },
    );
    const before = backend.requestCounts();
    clock.advance(600_000 - 30_000);
    expect(outputs(await h.send(alice, "/wifi"))[0]).toMatch(/^📶/);
    const after = backend.requestCounts();
    expect(after.sso).toBe(before.sso + 1);
    expect(after.api).toBe(before.api + 1); // no 401 and retry
    await h.close();
  });

  it("all tokens revoked at the SSO: renewed silently too", async () => {
    const { backend, h } = await ready();
    backend.faults.revokeTokens();
    expect(outputs(await h.send(alice, "/status"))[0]).toMatch(homeStatus);
    await h.close();
  });

  it("a revoked client is asked to run /setup again, in words, not as an error", async () => {
    const { backend, h } = await ready();
    backend.faults.revokeClient(DEMO_CLIENTS.northwind.clientId);
    const expected =
      "❌ Plume no longer accepts your stored client credentials (<code>invalid_client</code>): the client may have been revoked or its secret changed. Please run /setup again.";
    expect(outputs(await h.send(alice, "/status"))).toEqual([expected]);
    const wan = await h.send(alice, "/wan");
    expect(outputs(wan)).toEqual([expected]);
    // From a button as well: the spinner is stopped and the same words are sent.
    backend.faults.restoreClient(DEMO_CLIENTS.northwind.clientId);
    const status = await h.send(alice, "/status");
    backend.faults.revokeClient(DEMO_CLIENTS.northwind.clientId);
    backend.faults.revokeTokens();
    const pressed = await pressButton(h, alice, status, "🔄 Refresh");
    expect(pressed.map((c) => c.method)).toEqual(["answerCallbackQuery", "sendMessage"]);
    expect(outputs(pressed)).toEqual([expected]);
    await h.close();
  });
});

describe("backend trouble is answered clearly, and the bot keeps serving", () => {
  it("a timeout", async () => {
    const { backend, h } = await ready({}, { config: { PLUME_TIMEOUT_MS: 200 } });
    backend.faults.set({ hang: true });
    expect(outputs(await h.send(alice, "/wifi"))[0]).toMatch(
      new RegExp(`^Plume API did not answer in time\\. Please try again in a moment\\. ${ERROR_ID}$`),
    );
    backend.faults.reset();
    expect(outputs(await h.send(alice, "/wifi"))[0]).toMatch(/^📶/);
    await h.close();
  });

  it("a 5xx", async () => {
    const { backend, h } = await ready();
    backend.faults.set({ errorRate: 1, errorStatus: 502 });
    expect(outputs(await h.send(alice, "/nodes"))[0]).toMatch(
      new RegExp(`^Plume API is unavailable right now\\. Please try again later\\. ${ERROR_ID}$`),
    );
    backend.faults.reset();
    expect(outputs(await h.send(alice, "/nodes"))[0]).toMatch(/^🧩/);
    await h.close();
  });

  it("a 429 with a long Retry-After", async () => {
    const { backend, h } = await ready();
    backend.faults.set({ rateLimitNext: 3, retryAfterSec: 30 });
    expect(outputs(await h.send(alice, "/wifi"))[0]).toMatch(
      new RegExp(`^Plume API is busy\\. Please try again in 30 s\\. ${ERROR_ID}$`),
    );
    backend.faults.reset();
    expect(outputs(await h.send(alice, "/wifi"))[0]).toMatch(/^📶/);
    await h.close();
  });

  it("a short 429 is waited out and retried without the user noticing", async () => {
    const { backend, h } = await ready();
    backend.faults.set({ rateLimitNext: 1, retryAfterSec: 1 });
    expect(outputs(await h.send(alice, "/wifi"))[0]).toMatch(/^📶/);
    await h.close();
  });

  it("malformed JSON", async () => {
    const { backend, h } = await ready();
    backend.faults.set({ malformedJson: true, targets: ["reports"] });
    expect(outputs(await h.send(alice, "/stats"))[0]).toMatch(
      new RegExp(`^Plume reports sent an answer we could not read\\. ${ERROR_ID}$`),
    );
    backend.faults.reset();
    expect(outputs(await h.send(alice, "/stats"))[0]).toMatch(/^📊/);
    await h.close();
  });

  it("after a restart, a set-up user goes on where they were, with the same token", async () => {
    const { backend, h } = await ready();
    const sso = backend.requestCounts().sso;
    const restarted = await netmonHarness(backend, { services: h.services });
    expect(outputs(await restarted.send(alice, "/status"))[0]).toMatch(homeStatus);
    expect(backend.requestCounts().sso).toBe(sso);
    await h.close();
  });
});
