/**
 * The baseline for the /status benchmark: the same flow written by hand in plain grammY, with no
 * Switchboard kernel. A Fastify webhook (grammY's `webhookCallback`, secret token checked) →
 * the user's token and chosen location (fetched at start-up, held in memory) → two reads from
 * the same Plume backend with undici (keep-alive) → an HTML reply with the same six buttons,
 * over HTTP to the same Bot API stand-in. No store, sessions, de-duplication, rate limit, i18n,
 * signed callback data or schema validation.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { Bot, InlineKeyboard, webhookCallback } from "grammy";
import { Agent, request } from "undici";
import { basicAuthHeader, DEMO_CLIENTS, DEMO_PARTNERS } from "../backends/plume/index.js";
import type { WebhookTarget } from "./load.js";
import { BOT_INFO, BOT_TOKEN, type PlumeAddresses } from "./netmonApp.js";
import type { BenchLocation } from "./support/benchWorld.js";

const SECRET = "bench-baseline-secret";

export interface UserState extends BenchLocation {
  token: string;
}

export interface Location {
  name?: string;
  serviceLevel?: { status?: string };
  speedTest?: { status?: string; download?: number | null; upload?: number | null };
}

export interface Node {
  nickname?: string | null;
  defaultName?: string;
  connectionState?: string;
  health?: { status?: string } | null;
  connectedDeviceCount?: number;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function render(user: UserState, location: Location, nodes: Node[]): string {
  const online = nodes.filter((n) => n.connectionState === "connected");
  const lines = [
    `📡 <b>${escapeHtml(location.name ?? user.locationName)}</b> · ${escapeHtml(user.customerName)}`,
    online.length === nodes.length ? "🟢 Online" : "🟠 Degraded",
    `Service: ${escapeHtml(location.serviceLevel?.status ?? "unknown")}`,
    "",
    `<b>Pods (${online.length}/${nodes.length} connected)</b>`,
    ...nodes.map((n) => {
      const name = escapeHtml(n.nickname || n.defaultName || "pod");
      const state = n.connectionState === "connected" ? (n.health?.status ?? "unknown") : "disconnected";
      return `• <b>${name}</b> — ${state} · ${n.connectedDeviceCount ?? 0} devices`;
    }),
  ];
  const test = location.speedTest;
  if (test?.status === "succeeded")
    lines.push("", `Speed test: ↓ ${test.download} Mbps ↑ ${test.upload} Mbps`);
  return lines.join("\n");
}

/** The same buttons as netmon's report: other reports, refresh, change location (plain data). */
export function keyboard(user: UserState): InlineKeyboard {
  const data = (view: string) => `${view}:${user.customerId}:${user.locationId}`;
  return new InlineKeyboard()
    .text("📈 WAN", data("wan"))
    .text("📊 Stats", data("stats"))
    .row()
    .text("🧩 Nodes", data("nodes"))
    .text("📶 WiFi", data("wifi"))
    .row()
    .text("🔄 Refresh", data("status"))
    .text("📍 Change location", "locations");
}

/** What the hand-written bots know of a user, by Telegram user id. */
export type HandWrittenUsers = ReadonlyMap<number, UserState>;

/**
 * What /setup and /locations would have left, for the hand-written bots: one token per user and
 * their location. Issued once, for the baseline and the floor alike.
 */
export async function issueTokens(
  plume: PlumeAddresses,
  users: ReadonlyArray<{ userId: number; location: BenchLocation }>,
): Promise<HandWrittenUsers> {
  const state = new Map<number, UserState>();
  const { clientId, clientSecret } = DEMO_CLIENTS.northwind;
  for (const { userId, location } of users) {
    const response = await request(plume.ssoTokenUrl, {
      method: "POST",
      headers: {
        authorization: basicAuthHeader(clientId, clientSecret),
        "content-type": "application/x-www-form-urlencoded",
      },
      body: `grant_type=client_credentials&scope=${encodeURIComponent(`partnerId:${DEMO_PARTNERS.northwind.id} role:partnerIdAdmin`)}`,
    });
    const { access_token } = (await response.body.json()) as { access_token: string };
    state.set(userId, { ...location, token: access_token });
  }
  return state;
}

/** GET with a Bearer token over undici (keep-alive), the JSON body parsed. */
export function jsonReader(agent: Agent) {
  return async <T>(url: string, token: string): Promise<T> => {
    const response = await request(url, { dispatcher: agent, headers: { authorization: `Bearer ${token}` } });
    if (response.statusCode !== 200) {
      await response.body.dump();
      throw new Error(`Plume answered ${response.statusCode}`);
    }
    return (await response.body.json()) as T;
  };
}

export async function startPlainGrammyBot(
  plume: PlumeAddresses,
  botApiRoot: string,
  state: HandWrittenUsers,
) {
  const agent = new Agent({ keepAliveTimeout: 60_000, connections: 128 });
  const getJson = jsonReader(agent);

  const bot = new Bot(BOT_TOKEN, { client: { apiRoot: botApiRoot }, botInfo: BOT_INFO });
  bot.command("status", async (ctx) => {
    const user = ctx.from && state.get(ctx.from.id);
    if (!user) {
      await ctx.reply("Run /setup first.");
      return;
    }
    const base = `${plume.apiBase}Customers/${user.customerId}/locations/${user.locationId}`;
    const [location, nodes] = await Promise.all([
      getJson<Location>(base, user.token),
      getJson<{ nodes: Node[] }>(`${base}/nodes`, user.token),
    ]);
    await ctx.reply(render(user, location, nodes.nodes), {
      parse_mode: "HTML",
      reply_markup: keyboard(user),
    });
  });
  bot.catch((error) => {
    console.error("baseline bot:", error.error);
  });

  const http = Fastify({ logger: false });
  http.post("/webhook", webhookCallback(bot, "fastify", { secretToken: SECRET }));
  return listenAsWebhook(http, SECRET, agent);
}

/** Starts a hand-written bot's server: its webhook target, and how to close it with its agent. */
export async function listenAsWebhook(http: FastifyInstance, secret: string, agent: Agent) {
  await http.listen({ port: 0, host: "127.0.0.1" });
  const address = http.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const target: WebhookTarget = { url: `http://127.0.0.1:${port}`, path: "/webhook", secret };
  return {
    target,
    close: async () => {
      await http.close();
      await agent.close();
    },
  };
}
