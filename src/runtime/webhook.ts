import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { webhookCallback } from "grammy";
import type { BuiltBot } from "../kernel/buildBot.js";

const SECRET_HEADER = "x-telegram-bot-api-secret-token";

export const webhookPath = (botId: string) => `/webhook/${botId}`;

function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

type WebhookHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/**
 * Serves every bot's webhook at `/webhook/<bot id>`. A request without the right
 * `X-Telegram-Bot-Api-Secret-Token` gets 403 before its body is looked at. Handling stays under
 * Telegram's timeout: grammY answers after 9 s and lets the handler finish (Telegram would
 * otherwise re-deliver; de-duplication would drop that copy anyway).
 *
 * The route exists before the server listens (Fastify allows no routes after that); bots are
 * added once built, so they can be built knowing the server's address.
 */
export function registerWebhookRoute(app: FastifyInstance, secret: string) {
  const handlers = new Map<string, WebhookHandler>();
  app.post<{ Params: { botId: string } }>("/webhook/:botId", async (request, reply) => {
    if (!sameSecret(request.headers[SECRET_HEADER], secret)) {
      return reply.code(403).send({ ok: false, description: "Forbidden: wrong secret token" });
    }
    const handle = handlers.get(request.params.botId);
    if (!handle) return reply.code(404).send({ ok: false, description: "Not Found: no such bot" });
    return handle(request, reply);
  });
  return {
    add(built: BuiltBot) {
      handlers.set(
        built.identity.id,
        webhookCallback(built.bot, "fastify", {
          onTimeout: "return",
          timeoutMilliseconds: 9000,
        }) as WebhookHandler,
      );
    },
  };
}

/** Points Telegram at our webhook with the update types the bot's modules need. */
export async function setWebhook(built: BuiltBot, publicUrl: string, secret: string) {
  const url = new URL(webhookPath(built.identity.id), publicUrl).toString();
  await built.bot.api.setWebhook(url, {
    secret_token: secret,
    // biome-ignore lint/suspicious/noExplicitAny: grammY types the list as literal update names
    allowed_updates: built.allowedUpdates as any,
    drop_pending_updates: false,
  });
}
