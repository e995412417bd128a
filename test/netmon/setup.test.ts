import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  basicAuthHeader,
  DEMO_CLIENTS,
  DEMO_CUSTOMERS,
  DEMO_LOCATIONS,
  DEMO_PARTNERS,
  type StartedPlumeBackend,
} from "../../backends/plume/index.js";
import { closeServices, createServices } from "../../src/platform/createServices.js";
import type { Services } from "../../src/platform/services.js";
import { alice, boris, TelegramRefusal } from "../support/botHarness.js";
import {
  buttonsOf,
  NORTHWIND_HEADER,
  NORTHWIND_PARTNER,
  netmonHarness,
  outputs,
  pressButton,
  setUpAt,
  startBackend,
} from "./netmonHarness.js";

/** What the kernel says to text no flow is waiting for. */
const NOT_EXPECTED = "I did not expect a message here. Send /help to see what I can do.";

let backend: StartedPlumeBackend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());
afterEach(() => backend.reset());

const deletions = (calls: { method: string; payload: Record<string, unknown> }[]) =>
  calls.filter((c) => c.method === "deleteMessage").map((c) => c.payload.message_id);

describe("/setup", () => {
  it("a wrong header is re-asked with the reason, a right one moves on; both messages are deleted at once", async () => {
    const h = await netmonHarness(backend);
    expect(outputs(await h.send(alice, "/setup"))[0]).toMatch(/^<b>Connect Plume — step 1 of 2<\/b>/);

    const wrong = await h.send(alice, "Bearer abc.def.ghi", undefined, 4711);
    expect(deletions(wrong)).toEqual([4711]);
    expect(outputs(wrong)).toEqual([
      "That is not a Basic Authorization header. Send it as <code>Basic &lt;base64&gt;</code>, or /cancel.",
    ]);

    const notPair = await h.send(alice, `Basic ${Buffer.from("no-colon").toString("base64")}`);
    expect(outputs(notPair)[0]).toMatch(/does not decode to <code>client_id:client_secret<\/code>/);

    const right = await h.send(alice, NORTHWIND_HEADER, undefined, 4712);
    // The message deleted is the one the user just sent, before anything else happens.
    expect(right[0]).toMatchObject({
      method: "deleteMessage",
      payload: { chat_id: alice.id, message_id: 4712 },
    });
    expect(outputs(right)[0]).toMatch(/^<b>Connect Plume — step 2 of 2<\/b>\nHeader received/);

    // The header pasted again by mistake at step 2 is deleted too.
    expect(deletions(await h.send(alice, NORTHWIND_HEADER, undefined, 4713))).toEqual([4713]);
    const badPartner = await h.send(alice, "not-a-partner");
    expect(outputs(badPartner)).toEqual([
      "A Partner ID is 24 hexadecimal characters (0-9, a-f), like <code>eb0af9d0a7ab946dcb3b8ef5</code>. Send it again, or /cancel.",
    ]);
    expect(deletions(badPartner)).toEqual([]);

    expect(outputs(await h.send(alice, NORTHWIND_PARTNER))).toEqual([
      `✅ <b>Connected to Plume</b> as partner <code>${NORTHWIND_PARTNER}</code>.\nNext, choose the location to watch: /locations`,
    ]);
    expect(outputs(await h.send(alice, "/start"))[0]).toContain("Next, choose a location: /locations");
    const audit = await h.services.audit.query({ module: "netmon", actor: String(alice.id) });
    expect(audit.map((r) => [r.action, r.result, r.target])).toEqual([
      ["setup", "ok", `partner:${NORTHWIND_PARTNER}`],
    ]);
    await h.close();
  });

  it("when Telegram refuses to delete the credentials message, the user is asked to delete it", async () => {
    const h = await netmonHarness(backend, {
      answers: { deleteMessage: () => new TelegramRefusal(400, "Bad Request: message can't be deleted") },
    });
    await h.send(alice, "/setup");
    const calls = await h.send(alice, NORTHWIND_HEADER);
    expect(outputs(calls)[0]).toMatch(
      /\n\n⚠️ I could not delete your message\. Please delete it yourself: it contains your client secret\.$/,
    );
    expect(calls.some((c) => JSON.stringify(c.payload).includes(NORTHWIND_HEADER.slice(6)))).toBe(false);
    await h.close();
  });

  it("a header the SSO refuses (invalid_client) is explained and asked again alone, the Partner ID kept", async () => {
    const h = await netmonHarness(backend);
    await h.send(alice, "/setup");
    await h.send(alice, basicAuthHeader(DEMO_CLIENTS.northwind.clientId, "wrong-secret"));
    expect(outputs(await h.send(alice, NORTHWIND_PARTNER))).toEqual([
      "❌ Plume's sign-in service refused this client (<code>invalid_client</code>): the Authorization header is wrong, or the client was revoked. Nothing was saved. Send the right header (the Partner ID is kept), or /cancel.",
    ]);
    const audit = await h.services.audit.query({ module: "netmon" });
    expect(audit[0]).toMatchObject({
      action: "setup",
      result: "failed",
      details: { reason: "invalid_client" },
    });
    // The right header completes the setup: the Partner ID is not asked again.
    const fixed = await h.send(alice, NORTHWIND_HEADER);
    expect(fixed.filter((c) => c.method === "deleteMessage")).toHaveLength(1);
    expect(outputs(fixed)[0]).toMatch(/^✅ <b>Connected to Plume<\/b>/);
    await h.close();
  });

  it("a partner the client may not act for (invalid_scope) asks for the Partner ID again", async () => {
    const h = await netmonHarness(backend);
    await h.send(alice, "/setup");
    await h.send(alice, NORTHWIND_HEADER);
    expect(outputs(await h.send(alice, DEMO_PARTNERS.bluebird.id))[0]).toBe(
      `❌ The client is valid, but it may not act for partner <code>${DEMO_PARTNERS.bluebird.id}</code> (<code>invalid_scope</code>). Send the right Partner ID, or /cancel.`,
    );
    expect(outputs(await h.send(alice, NORTHWIND_PARTNER))[0]).toMatch(/^✅ <b>Connected to Plume<\/b>/);
    await h.close();
  });

  it("an unreachable SSO is said as such, and the Partner ID can simply be sent again", async () => {
    const h = await netmonHarness(backend);
    await h.send(alice, "/setup");
    await h.send(alice, NORTHWIND_HEADER);
    backend.faults.set({ targets: ["sso"], errorRate: 1 });
    expect(outputs(await h.send(alice, NORTHWIND_PARTNER))[0]).toMatch(
      /^⚠️ Plume's sign-in service could not be reached/,
    );
    backend.faults.reset();
    expect(outputs(await h.send(alice, NORTHWIND_PARTNER))[0]).toMatch(/^✅ <b>Connected to Plume<\/b>/);
    await h.close();
  });

  it("an SSO that is down entirely (connection refused) is unreachable too", async () => {
    const h = await netmonHarness(backend, {
      config: { PLUME_SSO_URL: "http://127.0.0.1:9/oauth2/x/v1/token" },
    });
    await h.send(alice, "/setup");
    await h.send(alice, NORTHWIND_HEADER);
    expect(outputs(await h.send(alice, NORTHWIND_PARTNER))[0]).toMatch(
      /^⚠️ Plume's sign-in service could not be reached/,
    );
    await h.close();
  });

  it("/cancel works at each step, and another command ends the flow too", async () => {
    const h = await netmonHarness(backend);
    await h.send(alice, "/setup");
    expect(outputs(await h.send(alice, "/cancel"))).toEqual(["Cancelled. Nothing was changed."]);
    await h.send(alice, "/setup");
    await h.send(alice, NORTHWIND_HEADER);
    expect(outputs(await h.send(alice, "/cancel"))).toEqual(["Cancelled. Nothing was changed."]);
    expect(outputs(await h.send(alice, NORTHWIND_PARTNER))).toEqual([NOT_EXPECTED]);
    expect(outputs(await h.send(alice, "/cancel"))).toEqual(["There is nothing to cancel."]);
    await h.send(alice, "/setup");
    expect(outputs(await h.send(alice, "/status"))).toEqual([
      "First connect your Plume API client with /setup.",
    ]);
    // The flow is over: a header sent now is not taken as an answer (but still not left in the chat).
    expect(outputs(await h.send(alice, NORTHWIND_HEADER))[0]).toMatch(/^I deleted your message/);
    expect(outputs(await h.send(alice, "/status"))).toEqual([
      "First connect your Plume API client with /setup.",
    ]);
    await h.close();
  });

  it("Back at step 2 asks for the header again, which is deleted and sealed like the first", async () => {
    const h = await netmonHarness(backend);
    await h.send(alice, "/setup");
    const step2 = await h.send(alice, NORTHWIND_HEADER, undefined, 4801);
    expect(buttonsOf(step2).map((b) => b.text)).toEqual(["↩ Back"]);
    const back = await pressButton(h, alice, step2, "↩ Back");
    expect(back.map((c) => c.method)).toEqual(["editMessageText", "answerCallbackQuery"]);
    expect(outputs(back)[0]).toMatch(/^<b>Connect Plume — step 1 of 2<\/b>/);
    expect(deletions(await h.send(alice, NORTHWIND_HEADER, undefined, 4802))).toEqual([4802]);
    expect(outputs(await h.send(alice, NORTHWIND_PARTNER))[0]).toMatch(/^✅ <b>Connected to Plume<\/b>/);
    await h.close();
  });

  it("/logout forgets the credentials (sealed in storage until then) and is audited", async () => {
    const h = await netmonHarness(backend);
    await h.send(alice, "/setup");
    await h.send(alice, NORTHWIND_HEADER);
    await h.send(alice, NORTHWIND_PARTNER);
    expect(await h.services.storage.listKeys(`netmon:test:cred:${alice.id}`)).toHaveLength(1);
    expect(outputs(await h.send(alice, "/logout"))).toEqual([
      "👋 Your Plume credentials, token and location are forgotten.",
    ]);
    expect(await h.services.storage.listKeys("netmon:test:")).toEqual([]);
    expect(outputs(await h.send(alice, "/status"))).toEqual([
      "First connect your Plume API client with /setup.",
    ]);
    expect(outputs(await h.send(alice, "/logout"))).toEqual(["There were no Plume credentials to forget."]);
    const audit = await h.services.audit.query({ module: "netmon", actor: String(alice.id) });
    expect(audit.map((r) => r.action)).toEqual(["logout", "setup"]);
    await h.close();
  });

  it("a report button pressed after /logout points to /setup without sending the user elsewhere", async () => {
    const h = await netmonHarness(backend);
    await setUpAt(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    const status = await h.send(alice, "/status");
    await h.send(alice, "/logout");
    const pressed = await pressButton(h, alice, status, /Refresh/);
    expect(pressed.map((c) => [c.method, c.payload.text, c.payload.show_alert])).toEqual([
      ["answerCallbackQuery", "First connect your Plume API client with /setup.", true],
    ]);
    await h.close();
  });

  it("a header pasted outside /setup, or after it timed out, is deleted too", async () => {
    const clock = { now: Date.now() };
    const h = await netmonHarness(backend, { netmon: { now: () => clock.now } });
    const stray = await h.send(alice, NORTHWIND_HEADER, undefined, 5001);
    expect(deletions(stray)).toEqual([5001]);
    expect(outputs(stray)[0]).toMatch(/^I deleted your message: it looked like an Authorization header/);
    await h.send(alice, "/setup");
    clock.now += 20 * 60_000;
    const late = await h.send(alice, NORTHWIND_HEADER, undefined, 5002);
    expect(deletions(late)).toEqual([5002]);
    expect(outputs(late)).toEqual([
      "Your /setup timed out, so I deleted that message. Run /setup again to connect Plume.",
    ]);
    expect(outputs(await h.send(alice, "just a chat message"))).toEqual([NOT_EXPECTED]);
    await h.close();
  });

  it("in a group, /setup refuses and points to the private chat", async () => {
    const h = await netmonHarness(backend);
    const group = { id: -100123, type: "supergroup" as const, title: "NOC" };
    expect(outputs(await h.send(alice, "/setup", group))).toEqual([
      "For your security, run /setup in a private chat with me: credentials must never be posted in a group.",
    ]);
    await h.close();
  });

  it("repeated refused credentials lock the user out for a while", async () => {
    const h = await netmonHarness(backend);
    const bad = basicAuthHeader(DEMO_CLIENTS.northwind.clientId, "wrong");
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      await h.send(alice, "/setup");
      await h.send(alice, bad);
      answers.push(...outputs(await h.send(alice, NORTHWIND_PARTNER)));
    }
    expect(answers.at(-1)).toBe("Too many wrong attempts. Please try again in 15 minutes.");
    // Locked out: /setup says so at once, and asks for no header to paste.
    expect(outputs(await h.send(alice, "/setup"))).toEqual([
      "Too many wrong attempts. Please try again in 15 minutes.",
    ]);
    // A header sent anyway is not taken as step 1 (it is deleted as a stray one).
    expect(outputs(await h.send(alice, NORTHWIND_HEADER)).join("\n")).not.toMatch(/step 2 of 2/);
    // Another user is not affected.
    expect(outputs(await h.send(boris, "/setup"))[0]).toMatch(/шаг 1 из 2/);
    await h.close();
  });

  it("a restart in the middle of /setup continues at the same step, and after setup nothing is lost", async () => {
    const dir = mkdtempSync(join(tmpdir(), "netmon-restart-"));
    const make = () =>
      createServices({
        logger: pino({ level: "silent" }),
        storageUrl: `sqlite:${join(dir, "db.sqlite")}`,
        dataDir: dir,
        generalRateLimit: 1000,
        loginRateLimit: 5,
      });
    let services: Services = await make();
    let h = await netmonHarness(backend, { services });
    await h.send(boris, "/language en");
    await h.send(boris, "/setup");
    await h.send(boris, NORTHWIND_HEADER);
    await closeServices(services);

    services = await make();
    h = await netmonHarness(backend, { services });
    expect(outputs(await h.send(boris, NORTHWIND_PARTNER))[0]).toMatch(/^✅ <b>Connected to Plume<\/b>/);
    await closeServices(services);

    services = await make();
    h = await netmonHarness(backend, { services });
    expect(outputs(await h.send(boris, "/locations"))[0]).toMatch(/^<b>Choose a location<\/b>/);
    await closeServices(services);
  });
});

it("the pasted header never reaches storage in clear, during /setup or after", async () => {
  const h = await netmonHarness(backend);
  const base64 = NORTHWIND_HEADER.slice("Basic ".length);
  const clientSecret = DEMO_CLIENTS.northwind.clientSecret;
  const checkStorage = async () => {
    const keys = await h.services.storage.listKeys("");
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const value = JSON.stringify(await h.services.storage.get(key));
      expect(value).not.toContain(base64);
      expect(value).not.toContain(clientSecret);
    }
  };
  await h.send(alice, "/setup");
  await h.send(alice, NORTHWIND_HEADER);
  await checkStorage();
  await h.send(alice, NORTHWIND_PARTNER);
  await checkStorage();
  await h.close();
});
