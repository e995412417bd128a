/**
 * The floor of the /status benchmark: the same flow with no bot framework at all, so the figures
 * show what any implementation that makes both Plume reads must spend. A bare Fastify route
 * (secret token checked) → the user's token and location from memory → the same two undici reads
 * → the same HTML and buttons, answered in the webhook's HTTP response (no Bot API request).
 * No grammY, store, de-duplication, rate limit, i18n, session, signed callback data, validation,
 * error boundary, logging or metrics.
 */
import Fastify from "fastify";
import type { Update } from "grammy/types";
import { Agent } from "undici";
import type { PlumeAddresses } from "./netmonApp.js";
import {
  type HandWrittenUsers,
  jsonReader,
  keyboard,
  type Location,
  listenAsWebhook,
  type Node,
  render,
} from "./plainGrammy.js";

const SECRET = "bench-floor-secret";

export async function startNoFrameworkBot(plume: PlumeAddresses, state: HandWrittenUsers) {
  const agent = new Agent({ keepAliveTimeout: 60_000, connections: 128 });
  const getJson = jsonReader(agent);

  const http = Fastify({ logger: false });
  http.post("/webhook", async (request, reply) => {
    if (request.headers["x-telegram-bot-api-secret-token"] !== SECRET) return reply.code(401).send();
    const message = (request.body as Update).message;
    const user = message?.from && state.get(message.from.id);
    if (!message || !user || message.text !== "/status") return {};
    const base = `${plume.apiBase}Customers/${user.customerId}/locations/${user.locationId}`;
    const [location, nodes] = await Promise.all([
      getJson<Location>(base, user.token),
      getJson<{ nodes: Node[] }>(`${base}/nodes`, user.token),
    ]);
    return {
      method: "sendMessage",
      chat_id: message.chat.id,
      text: render(user, location, nodes.nodes),
      parse_mode: "HTML",
      reply_markup: keyboard(user),
    };
  });
  return listenAsWebhook(http, SECRET, agent);
}
