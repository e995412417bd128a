import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
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

/**
 * Serves one bot's webhook. A request without the right `X-Telegram-Bot-Api-Secret-Token` gets
 * 403 before its body is looked at. Handling stays under Telegram's timeout: grammY answers
 * after 9 s and lets the handler finish (Telegram would otherwise re-deliver; de-duplication
 * would drop that copy anyway).
 */
export function registerWebhook(app: FastifyInstance, built: BuiltBot, secret: string) {
  const handle = webhookCallback(built.bot, "fastify", { onTimeout: "return", timeoutMilliseconds: 9000 });
  app.post(webhookPath(built.identity.id), async (request, reply) => {
    if (!sameSecret(request.headers[SECRET_HEADER], secret)) {
      return reply.code(403).send({ ok: false, description: "Forbidden: wrong secret token" });
    }
    return handle(request, reply);
  });
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
