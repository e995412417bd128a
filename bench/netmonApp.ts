/**
 * The /status benchmark's netmon side: a whole Switchboard process with the netmon module on the
 * reference Plume backend (started by bench/support/benchApp.ts, as `npm start` would run it), and
 * its users set up the way a person does it, through the webhook: /setup (header, Partner ID),
 * then /locations (customer id, then the location's button).
 */
import type { UserFromGetMe } from "grammy/types";
import { request } from "undici";
import { basicAuthHeader, DEMO_CLIENTS, DEMO_PARTNERS } from "../backends/plume/index.js";
import type { StandIn } from "./fixtures.js";
import type { WebhookTarget } from "./load.js";
import { startBenchApp } from "./support/benchApp.js";
import type { BenchLocation } from "./support/benchWorld.js";

export const BOT_TOKEN = "700800900:BENCH-netmon-secret-part-abcdefghij";
/** The getMe answer, so no bot asks the stand-in (whose answers are all messages). */
export const BOT_INFO = {
  id: 700800900,
  is_bot: true,
  first_name: "Netmon Bench",
  username: "netmon_bench_bot",
  can_join_groups: true,
  can_read_all_group_messages: true,
  supports_inline_queries: false,
} as UserFromGetMe;
const SECRET = "bench-webhook-secret";

/** Addresses the Plume worker reports (PLUME_SSO_URL, PLUME_API_BASE, PLUME_REPORTS_BASE). */
export interface PlumeAddresses {
  ssoTokenUrl: string;
  apiBase: string;
  reportsBase: string;
}

export function startSwitchboard(plume: PlumeAddresses, botApiRoot: string) {
  return startBenchApp({
    token: BOT_TOKEN,
    modules: "netmon",
    botInfo: BOT_INFO,
    webhookSecret: SECRET,
    botApiRoot,
    env: {
      PLUME_SSO_URL: plume.ssoTokenUrl,
      PLUME_API_BASE: plume.apiBase,
      PLUME_REPORTS_BASE: plume.reportsBase,
      NETMON_ALERT_INTERVAL: "86400",
    },
  });
}

/** POSTs one update to a webhook; rejects unless it answers 200. */
export async function postUpdate(target: WebhookTarget, update: object): Promise<void> {
  const response = await request(new URL(target.path, target.url), {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": target.secret },
    body: JSON.stringify(update),
  });
  await response.body.dump();
  if (response.statusCode !== 200) throw new Error(`webhook answered ${response.statusCode}`);
}

interface Button {
  text: string;
  callback_data?: string;
}

/**
 * Sets `userId` up through the webhook: credentials with /setup, then `location` with
 * /locations. `standIn` must be recording (its last message to the chat holds the buttons).
 */
export async function setUpUser(
  target: WebhookTarget,
  standIn: StandIn,
  userId: number,
  location: BenchLocation,
  nextUpdateId: () => number,
): Promise<void> {
  const from = { id: userId, is_bot: false, first_name: `U${userId}`, language_code: "en" };
  const chat = { id: userId, type: "private", first_name: from.first_name };
  const message = (text: string) => {
    const id = nextUpdateId();
    const command = text.startsWith("/")
      ? [{ type: "bot_command", offset: 0, length: text.length }]
      : undefined;
    return { update_id: id, message: { message_id: id, date: 0, chat, from, text, entities: command } };
  };
  const { clientId, clientSecret } = DEMO_CLIENTS.northwind;
  for (const text of [
    "/setup",
    basicAuthHeader(clientId, clientSecret),
    DEMO_PARTNERS.northwind.id,
    "/locations",
    location.customerId,
  ]) {
    await postUpdate(target, message(text));
  }
  const list = await standIn.last<{ reply_markup?: { inline_keyboard: Button[][] } }>(userId);
  const button = list?.reply_markup?.inline_keyboard
    .flat()
    .find((b) => b.text.endsWith(location.locationName));
  if (!button?.callback_data) {
    throw new Error(`set-up of user ${userId}: no button for ${location.locationName} in the location list`);
  }
  const id = nextUpdateId();
  await postUpdate(target, {
    update_id: id,
    callback_query: {
      id: String(id),
      from,
      chat_instance: `bench-${userId}`,
      data: button.callback_data,
      message: { message_id: id, date: 0, chat, from: BOT_INFO, text: "locations" },
    },
  });
}
