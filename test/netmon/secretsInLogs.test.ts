/**
 * A whole session — /setup (a wrong header, then the right one), /locations, reports, a token
 * renewal, a refused client — with every log line at level trace captured in memory: neither the
 * Authorization header, its base64 part, the client secret nor any access token may appear.
 * The logger is plain pino, without the platform's redaction, so this checks what netmon and the
 * kernel write, not what a filter hides.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import { expect, it } from "vitest";
import { basicAuthHeader, DEMO_CLIENTS } from "../../backends/plume/index.js";
import { closeServices, createServices } from "../../src/platform/createServices.js";
import { alice } from "../support/botHarness.js";
import {
  NORTHWIND_HEADER,
  NORTHWIND_PARTNER,
  netmonHarness,
  outputs,
  pressButton,
  startBackend,
} from "./netmonHarness.js";

it("no secret reaches the log, even at trace level", async () => {
  const lines: string[] = [];
  const logger = pino(
    { level: "trace" },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  );
  const backend = await startBackend();
  const issued: string[] = [];
  const issue = backend.tokens.issue.bind(backend.tokens);
  backend.tokens.issue = (...args) => {
    const result = issue(...args);
    issued.push(result.accessToken);
    return result;
  };
  const services = await createServices({
    logger,
    storageUrl: "sqlite::memory:",
    dataDir: mkdtempSync(join(tmpdir(), "netmon-logs-")),
    generalRateLimit: 1000,
    loginRateLimit: 5,
  });
  const h = await netmonHarness(backend, { services, logger });

  const wrongSecret = "not-the-secret-9f8e7d";
  await h.send(alice, "/setup");
  await h.send(alice, basicAuthHeader(DEMO_CLIENTS.northwind.clientId, wrongSecret));
  await h.send(alice, NORTHWIND_PARTNER);
  await h.send(alice, "/setup");
  await h.send(alice, "Basic !!!not base64");
  await h.send(alice, NORTHWIND_HEADER);
  expect(outputs(await h.send(alice, NORTHWIND_PARTNER))[0]).toMatch(/^✅/);
  await h.send(alice, "/locations");
  const list = await h.send(alice, "ana popescu");
  await pressButton(h, alice, list, "Home");
  const status = await h.send(alice, "/status");
  expect(outputs(status)[0]).toMatch(/^📡 <b>Home<\/b>/);
  await pressButton(h, alice, status, "📈 WAN");
  backend.faults.revokeTokens();
  await pressButton(h, alice, status, "📊 Stats");
  backend.faults.set({ errorRate: 1 });
  await h.send(alice, "/wifi");
  backend.faults.reset();
  backend.faults.revokeClient(DEMO_CLIENTS.northwind.clientId);
  backend.faults.revokeTokens();
  expect(outputs(await h.send(alice, "/nodes"))[0]).toMatch(/invalid_client/);

  expect(issued.length).toBeGreaterThanOrEqual(2);
  expect(lines.length).toBeGreaterThan(20);
  const log = lines.join("");
  const base64 = NORTHWIND_HEADER.slice("Basic ".length);
  const secrets = [
    NORTHWIND_HEADER,
    base64,
    DEMO_CLIENTS.northwind.clientSecret,
    wrongSecret,
    Buffer.from(`${DEMO_CLIENTS.northwind.clientId}:${wrongSecret}`).toString("base64"),
    ...issued,
  ];
  for (const secret of secrets) expect(log, "a secret is in the log").not.toContain(secret);
  // And none in what the bot sent to Telegram either.
  const sent = JSON.stringify(h.calls);
  for (const secret of secrets) expect(sent).not.toContain(secret);
  await closeServices(services);
  await backend.close();
});
