/**
 * How reports reach the chat when the summary is too long for a photo caption, and how an edit
 * Telegram refuses as "not modified" is handled: a tiny module drives `sendReport`/`editReport`.
 */
import { Composer } from "grammy";
import { expect, it } from "vitest";
import { onCallback } from "../../src/kernel/callbacks.js";
import type { BotContext } from "../../src/kernel/context.js";
import { defineModule } from "../../src/kernel/defineModule.js";
import { openView } from "../../src/modules/netmon/callbacks.js";
import { editReport, sendReport } from "../../src/modules/netmon/features/reportDelivery.js";
import { LOCALES_DIR } from "../../src/modules/netmon/runtime.js";
import { alice, BotHarness, TelegramRefusal } from "../support/botHarness.js";
import { buttonsOf, type NetmonHarness, pressButton } from "./netmonHarness.js";

const ref = { customerId: "64b0c1a2f3e4d5c6b7a80001", locationId: "65c0d1e2f3a4b5c6d7e80001" };
const png = Buffer.from("89504e470d0a1a0a", "hex");
let version = 1;
const longText = () => `${"A line of the summary.\n".repeat(60)}version ${version}`;

const reports = defineModule({
  name: "reports",
  locales: LOCALES_DIR,
  commands: [{ command: "long", description: "x" }],
  callbackPrefix: "nm",
  create() {
    const composer = new Composer<BotContext>();
    composer.command("long", (ctx) =>
      sendReport(ctx, "w1", ref, { text: longText(), chart: async () => png }),
    );
    onCallback(composer, openView, (ctx, value) =>
      editReport(ctx, value.view, ref, { text: longText(), chart: async () => png }, value.hash),
    );
    return { features: [composer] };
  },
});

const methods = (calls: { method: string }[]) => calls.map((c) => c.method);

it("a summary longer than a caption: the chart first, then the text with the buttons; an edit updates the text and adds a chart", async () => {
  let refuseEdits = false;
  const h = (await BotHarness.create({
    modules: [{ module: reports }],
    answers: {
      editMessageText: (p) =>
        refuseEdits
          ? new TelegramRefusal(
              400,
              "Bad Request: message is not modified: specified new message content is the same",
            )
          : { message_id: p.message_id, date: 0, chat: { id: p.chat_id, type: "private" }, text: p.text },
    },
  })) as NetmonHarness;
  h.messageIds = new WeakMap();
  const sent = await h.send(alice, "/long");
  expect(methods(sent)).toEqual(["sendPhoto", "sendMessage"]);
  expect(sent[0]?.payload.caption).toBeUndefined();
  expect(sent[1]?.payload.text).toBe(longText());
  expect(buttonsOf(sent).map((b) => b.text)).toEqual(["✓ 24 h", "7 d", "📡 Status", "📍 Change location"]);

  expect(methods(await pressButton(h, alice, sent, "✓ 24 h"))).toEqual(["answerCallbackQuery"]);
  version = 2;
  const edited = await pressButton(h, alice, sent, "✓ 24 h");
  expect(methods(edited)).toEqual(["editMessageText", "sendPhoto", "answerCallbackQuery"]);
  expect(edited[0]?.payload.text).toBe(longText());

  // Telegram says "not modified" (another client edited it already): not an error for the user.
  version = 3;
  refuseEdits = true;
  expect(methods(await pressButton(h, alice, sent, "✓ 24 h"))).toEqual([
    "editMessageText",
    "answerCallbackQuery",
  ]);
  await h.close();
});
