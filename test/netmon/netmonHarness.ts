/**
 * netmon tests: a real bot (BotHarness) talking to a real reference Plume backend on loopback,
 * plus helpers to press the buttons the bot sent and to set a user up quickly.
 */

import type { InlineKeyboardButton } from "grammy/types";
import type { pino } from "pino";
import {
  basicAuthHeader,
  DEMO_CLIENTS,
  DEMO_PARTNERS,
  type PlumeBackendOptions,
  type StartedPlumeBackend,
  startPlumeBackend,
} from "../../backends/plume/index.js";
import { callbackButton } from "../../src/kernel/callbacks.js";
import { chooseLocation } from "../../src/modules/netmon/callbacks.js";
import {
  createNetmonModule,
  type NetmonConfig,
  type NetmonOptions,
  netmonConfigSchema,
} from "../../src/modules/netmon/index.js";
import type { Services } from "../../src/platform/services.js";
import { type ApiCall, BotHarness, type HarnessOptions, type TelegramUser } from "../support/botHarness.js";

export const NORTHWIND_HEADER = basicAuthHeader(
  DEMO_CLIENTS.northwind.clientId,
  DEMO_CLIENTS.northwind.clientSecret,
);
export const NORTHWIND_PARTNER = DEMO_PARTNERS.northwind.id;

export function startBackend(options: PlumeBackendOptions = {}): Promise<StartedPlumeBackend> {
  return startPlumeBackend({ flapping: false, ...options });
}

/** netmon settings pointing at `backend`, through the real schema (defaults and checks apply). */
export function configFor(
  backend: StartedPlumeBackend,
  overrides: Record<string, unknown> = {},
): NetmonConfig {
  return netmonConfigSchema.parse({
    PLUME_SSO_URL: backend.ssoTokenUrl,
    PLUME_API_BASE: backend.apiBase,
    PLUME_REPORTS_BASE: backend.reportsBase,
    PLUME_TIMEOUT_MS: 2_000,
    ...overrides,
  });
}

export interface NetmonHarnessOptions extends Omit<HarnessOptions, "modules"> {
  config?: Record<string, unknown>;
  netmon?: NetmonOptions;
  services?: Services;
  logger?: pino.Logger;
}

export type NetmonHarness = BotHarness & {
  /** The message id the bot got for each sent message, by its payload. */
  messageIds: WeakMap<object, number>;
};

/** Sent messages get ids from here, so tests can press buttons on them. */
let nextMessageId = 10_000;

export async function netmonHarness(
  backend: StartedPlumeBackend,
  options: NetmonHarnessOptions = {},
): Promise<NetmonHarness> {
  const module = createNetmonModule(options.netmon ?? {});
  const { config, netmon, answers, ...rest } = options;
  const messageIds = new WeakMap<object, number>();
  // biome-ignore lint/suspicious/noExplicitAny: payloads differ per method
  const sent = (payload: Record<string, any>, extra: object) => {
    const id = nextMessageId++;
    messageIds.set(payload, id);
    const chat = { id: payload.chat_id, type: payload.chat_id > 0 ? "private" : "supergroup" };
    return { message_id: id, date: Math.floor(Date.now() / 1000), chat, ...extra };
  };
  const harness = (await BotHarness.create({
    ...rest,
    answers: {
      sendMessage: (payload) => sent(payload, { text: payload.text, reply_markup: payload.reply_markup }),
      sendPhoto: (payload) =>
        sent(payload, {
          caption: payload.caption,
          photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }],
        }),
      ...answers,
    },
    modules: [{ module, config: configFor(backend, config) }],
  })) as NetmonHarness;
  harness.messageIds = messageIds;
  return harness;
}

/** Every button of the last message-with-keyboard among `calls`. */
export function buttonsOf(calls: readonly ApiCall[]): InlineKeyboardButton.CallbackButton[] {
  const withKeyboard = [...calls].reverse().find((c) => c.payload.reply_markup?.inline_keyboard);
  return (withKeyboard?.payload.reply_markup.inline_keyboard ?? []).flat();
}

/** The message id the bot got for the last message among `calls` that carried a keyboard. */
export function keyboardMessage(calls: readonly ApiCall[]): ApiCall {
  const call = [...calls].reverse().find((c) => c.payload.reply_markup?.inline_keyboard);
  if (!call) throw new Error("no message with a keyboard");
  return call;
}

/**
 * Presses the button whose text matches `label` on the last message with a keyboard among
 * `calls`. The callback query carries that message as Telegram would (a photo stays a photo).
 */
export async function pressButton(
  harness: NetmonHarness,
  user: TelegramUser,
  calls: readonly ApiCall[],
  label: string | RegExp,
  chat: { id: number; type: "private" | "group" | "supergroup" } = { id: user.id, type: "private" },
) {
  const button = buttonsOf(calls).find((b) =>
    typeof label === "string" ? b.text === label : label.test(b.text),
  );
  if (!button)
    throw new Error(
      `no button ${label} in ${buttonsOf(calls)
        .map((b) => b.text)
        .join(" | ")}`,
    );
  const call = keyboardMessage(calls);
  const messageId = call.payload.message_id ?? harness.messageIds.get(call.payload) ?? 1;
  const isPhoto = call.method === "sendPhoto" || call.method === "editMessageMedia";
  const before = harness.calls.length;
  await harness.feed({
    callback_query: {
      id: `cq${Math.random().toString(36).slice(2)}`,
      from: { is_bot: false, ...user },
      chat_instance: "ci",
      data: button.callback_data,
      message: {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000),
        chat: { ...chat, ...(chat.type === "private" ? { first_name: user.first_name } : { title: "Team" }) },
        ...(isPhoto
          ? { photo: [{ file_id: "f", file_unique_id: "u", width: 1, height: 1 }], caption: "…" }
          : { text: "…" }),
      },
      // biome-ignore lint/suspicious/noExplicitAny: a callback query literal
    } as any,
  });
  return harness.calls.slice(before);
}

/** Runs /setup with the Northwind demo client. */
export async function setUp(harness: BotHarness, user: TelegramUser) {
  await harness.send(user, "/setup");
  await harness.send(user, NORTHWIND_HEADER);
  return harness.send(user, NORTHWIND_PARTNER);
}

/** Makes `locationId` the user's location by pressing a (freshly packed) location button. */
export async function choose(
  harness: BotHarness,
  user: TelegramUser,
  customerId: string,
  locationId: string,
) {
  const button = callbackButton(harness.built.identity, "x", chooseLocation, { customerId, locationId });
  return harness.press(user, button.callback_data, 1);
}

/** /setup, then the given location. */
export async function setUpAt(
  harness: NetmonHarness,
  user: TelegramUser,
  customerId: string,
  locationId: string,
) {
  await setUp(harness, user);
  await choose(harness, user, customerId, locationId);
}

/** Texts and captions the bot sent or edited. */
export function outputs(calls: readonly ApiCall[]): string[] {
  return calls
    .filter((c) => ["sendMessage", "editMessageText", "sendPhoto", "editMessageMedia"].includes(c.method))
    .map((c) => String(c.payload.text ?? c.payload.caption ?? c.payload.media?.caption ?? ""));
}
