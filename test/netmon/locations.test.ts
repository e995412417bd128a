import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMERS, DEMO_LOCATIONS, type StartedPlumeBackend } from "../../backends/plume/index.js";
import { chooseLocation } from "../../src/modules/netmon/callbacks.js";
import { alice } from "../support/botHarness.js";
import {
  buttonsOf,
  choose,
  netmonHarness,
  outputs,
  pressButton,
  setUp,
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

const texts = (calls: Parameters<typeof buttonsOf>[0]) => buttonsOf(calls).map((b) => b.text);

describe("/locations", () => {
  it("before /setup, points to /setup", async () => {
    const h = await netmonHarness(backend);
    expect(outputs(await h.send(alice, "/locations"))).toEqual([
      "First connect your Plume API client with /setup.",
    ]);
    await h.close();
  });

  it("a name search finds the customer; twelve locations come as pages of buttons; the choice is remembered", async () => {
    const h = await netmonHarness(backend);
    await setUp(h, alice);
    expect(outputs(await h.send(alice, "/locations"))).toEqual([
      "<b>Choose a location</b>\nSend a <b>customer ID</b> (24 hexadecimal characters) or part of a customer's <b>name</b> or <b>e-mail</b>.\nSend /cancel to stop.",
    ]);
    const page1 = await h.send(alice, "pizzeria");
    expect(outputs(page1)).toEqual([
      "<b>Pizzeria Rapida SRL</b> has 12 locations. Choose one:\nPage 1 of 2.",
    ]);
    expect(texts(page1)).toEqual([
      "Branch 01 — Centru",
      "Branch 02 — Botanica",
      "Branch 03 — Buiucani",
      "Branch 04 — Ciocana",
      "Branch 05 — Rîșcani",
      "Branch 06 — Telecentru",
      "Branch 07 — Durlești",
      "Branch 08 — Codru",
      "▶",
      "↩ Back",
    ]);
    const page2 = await pressButton(h, alice, page1, "▶");
    expect(page2.map((c) => c.method)).toEqual(["editMessageText", "answerCallbackQuery"]);
    expect(outputs(page2)).toEqual([
      "<b>Pizzeria Rapida SRL</b> has 12 locations. Choose one:\nPage 2 of 2.",
    ]);
    expect(texts(page2)).toEqual([
      "Branch 09 — Sculeni",
      "Branch 10 — Poșta Veche",
      "Branch 11 — Malina Mică",
      "Branch 12 — Aeroport",
      "◀",
      "↩ Back",
    ]);
    const chosen = await pressButton(h, alice, page2, "Branch 10 — Poșta Veche");
    expect(outputs(chosen)).toEqual([
      "📍 Watching <b>Branch 10 — Poșta Veche</b> (Pizzeria Rapida SRL).\nNext: /status, /wan, /stats, /nodes, /wifi or /alerts.",
    ]);
    expect(chosen.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe("Location chosen.");
    // The flow is over: text is no longer a search.
    expect(outputs(await h.send(alice, "ana"))).toEqual([NOT_EXPECTED]);
    expect(outputs(await h.send(alice, "/status"))[0]).toMatch(
      /^📡 <b>Branch 10 — Poșta Veche<\/b> · Pizzeria Rapida SRL\n/,
    );

    // Next time the current choice is offered first, and marked in the list.
    const again = await h.send(alice, "/locations");
    expect(outputs(again)[0]).toContain(
      "You are watching <b>Branch 10 — Poșta Veche</b> (Pizzeria Rapida SRL).",
    );
    expect(texts(again)).toEqual(["📍 Branch 10 — Poșta Veche", "🔎 This customer's other locations"]);
    const others = await pressButton(h, alice, again, "🔎 This customer's other locations");
    expect(outputs(others)[0]).toBe("<b>Pizzeria Rapida SRL</b> has 12 locations. Choose one:\nPage 1 of 2.");
    await h.close();
  });

  it("a search matching several customers lists them; an e-mail search and a customer id work too", async () => {
    const h = await netmonHarness(backend);
    await setUp(h, alice);
    await h.send(alice, "/locations");
    const several = await h.send(alice, "an");
    expect(outputs(several)).toEqual(["2 customers match “an”. Choose one:"]);
    expect(texts(several)).toEqual([
      "Ana Popescu · ana.popescu@example.net",
      "Dmitri Ivanov · d.ivanov@example.org",
    ]);
    const dmitri = await pressButton(h, alice, several, /^Dmitri/);
    expect(outputs(dmitri)).toEqual(["<b>Dmitri Ivanov</b> has 2 locations. Choose one:"]);
    expect(texts(dmitri)).toEqual(["Apartment 12", "Workshop", "↩ Back"]);
    // Back returns to the search, in place of the list.
    const back = await pressButton(h, alice, dmitri, "↩ Back");
    expect(back.map((c) => c.method)).toEqual(["editMessageText", "answerCallbackQuery"]);
    expect(outputs(back)[0]).toMatch(/^<b>Choose a location<\/b>\nSend a <b>customer ID<\/b>/);

    expect(outputs(await h.send(alice, "ana.popescu@example"))).toEqual([
      "<b>Ana Popescu</b> has 2 locations. Choose one:",
    ]);
    expect(outputs(await h.send(alice, DEMO_CUSTOMERS.bistro))).toEqual([
      "<b>Bistro *Central* &amp; Co_</b> has 3 locations. Choose one:",
    ]);
    await h.close();
  });

  it("bad input, unknown ids, another partner's customer and empty searches get clear answers", async () => {
    const h = await netmonHarness(backend);
    await setUp(h, alice);
    await h.send(alice, "/locations");
    expect(outputs(await h.send(alice, "x"))).toEqual([
      "Send a customer ID, or 2 to 64 characters of a name or e-mail, or /cancel.",
    ]);
    expect(outputs(await h.send(alice, "ffffffffffffffffffffffff"))).toEqual([
      "No customer with ID <code>ffffffffffffffffffffffff</code> for your partner. Check it and send it again, or /cancel.",
    ]);
    // Elena is a Bluebird customer: for Northwind she does not exist.
    expect(outputs(await h.send(alice, DEMO_CUSTOMERS.elena))[0]).toMatch(/^No customer with ID/);
    expect(outputs(await h.send(alice, "<b>nobody</b>"))).toEqual([
      "No customer's name or e-mail contains “&lt;b&gt;nobody&lt;/b&gt;”. Try another search, or /cancel.",
    ]);
    await h.close();
  });

  it("'Change location' on a report starts the flow, and the next message is the search", async () => {
    const h = await netmonHarness(backend);
    await setUpAt(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    const status = await h.send(alice, "/status");
    const change = await pressButton(h, alice, status, "📍 Change location");
    expect(change.map((c) => c.method)).toEqual(["answerCallbackQuery", "sendMessage"]);
    expect(outputs(change)[0]).toMatch(
      /^<b>Choose a location<\/b>\nYou are watching <b>Home<\/b> \(Ana Popescu\)/,
    );
    const found = await h.send(alice, "dmitri");
    expect(outputs(found)).toEqual(["<b>Dmitri Ivanov</b> has 2 locations. Choose one:"]);
    await pressButton(h, alice, found, "Workshop");
    expect(outputs(await h.send(alice, "/wifi"))[0]).toBe(
      "📶 <b>WiFi networks</b> · Workshop\n\n✅ <b>Workshop</b> — WPA2-Personal (<code>psk2</code>)",
    );
    await h.close();
  });

  it("a report button pressed while choosing a location opens the report, and the search goes on (the seed took it for a location id)", async () => {
    const h = await netmonHarness(backend);
    await setUpAt(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    const status = await h.send(alice, "/status");
    await h.send(alice, "/locations");
    const stats = await pressButton(h, alice, status, "📊 Stats");
    expect(stats.map((c) => c.method)).toEqual(["answerCallbackQuery", "sendPhoto"]);
    expect(outputs(await h.send(alice, "pizzeria"))[0]).toMatch(
      /^<b>Pizzeria Rapida SRL<\/b> has 12 locations/,
    );
    await h.close();
  });

  it("location buttons keep working after a restart (the form they belong to lives in the session)", async () => {
    const first = await netmonHarness(backend);
    await setUp(first, alice);
    await first.send(alice, "/locations");
    const list = await first.send(alice, "pizzeria");
    const second = await netmonHarness(backend, { services: first.services });
    const chosen = await pressButton(second, alice, list, "Branch 03 — Buiucani");
    expect(outputs(chosen)[0]).toMatch(/^📍 Watching <b>Branch 03 — Buiucani<\/b>/);
    await first.close();
  });

  it("a group cannot run the flow; a location chosen in private applies there", async () => {
    const h = await netmonHarness(backend);
    await setUp(h, alice);
    await choose(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    const group = { id: -100200, type: "supergroup" as const, title: "NOC" };
    expect(outputs(await h.send(alice, "/locations", group))).toEqual([
      "Choose your location in a private chat with me (/locations); your choice then applies here too.",
    ]);
    expect(outputs(await h.send(alice, "/status", group))[0]).toMatch(/^📡 <b>Home<\/b>/);
    await h.close();
  });

  it("a button whose location id is a stored reference the store does not know is answered as out of date", async () => {
    const h = await netmonHarness(backend);
    await setUpAt(h, alice, DEMO_CUSTOMERS.ana, DEMO_LOCATIONS.home);
    const long = "a-location-id-far-too-long-to-fit-on-any-telegram-button";
    const data = chooseLocation.pack(
      { customerId: DEMO_CUSTOMERS.ana, locationId: long },
      h.built.identity.callbackKey,
    );
    const pressed = await h.press(alice, data);
    expect(pressed.map((c) => [c.method, c.payload.text, c.payload.show_alert])).toEqual([
      ["answerCallbackQuery", "This button is out of date. Please send the command again.", true],
    ]);
    await h.close();
  });
});
