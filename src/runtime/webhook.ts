import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { BotError } from "grammy";
import type { Update } from "grammy/types";
import type { BuiltBot } from "../kernel/buildBot.js";
import { UpdateBusyError } from "../kernel/updateClaims.js";

const SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** An update still being handled after this gets 503 (Telegram's patience is not much longer). */
const HANDLING_TIMEOUT_MS = 9000;

export const webhookPath = (botId: string) => `/webhook/${botId}`;

function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Telegram always sends an object with a numeric `update_id`; grammY needs no more to start. */
const isUpdate = (body: unknown): body is Update =>
  typeof body === "object" && body !== null && Number.isInteger((body as Update).update_id);

/** What the route needs of a built bot. */
type WebhookBot = Pick<BuiltBot, "bot"> & { identity: Pick<BuiltBot["identity"], "id"> };

type WebhookHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/**
 * Serves every bot's webhook at `/webhook/<bot id>`. A request without the right
 * `X-Telegram-Bot-Api-Secret-Token` gets 403 before its body is looked at.
 *
 * The answer is 200 only once the update is handled: Telegram forgets an update it got a 200 for,
 * so answering earlier would lose it if the process died before handling it. An update still being
 * handled after 9 s (Telegram's patience is not much longer), one another instance holds (its
 * lease, see updateClaims.ts), or one whose handling failed outside the modules' error boundary
 * (the store unreachable) gets 503: Telegram delivers it again later, and the "handled" marker or
 * the lease decides then.
 *
 * The route exists before the server listens (Fastify allows no routes after that); bots are
 * added once built, so they can be built knowing the server's address.
 */
export function registerWebhookRoute(app: FastifyInstance, secret: string, timeoutMs = HANDLING_TIMEOUT_MS) {
  const handlers = new Map<string, WebhookHandler>();
  app.post<{ Params: { botId: string } }>("/webhook/:botId", async (request, reply) => {
    if (!sameSecret(request.headers[SECRET_HEADER], secret)) {
      return reply.code(403).send({ ok: false, description: "Forbidden: wrong secret token" });
    }
    const handle = handlers.get(request.params.botId);
    if (!handle) return reply.code(404).send({ ok: false, description: "Not Found: no such bot" });
    if (!isUpdate(request.body)) {
      return reply.code(400).send({ ok: false, description: "Bad Request: the body is not an update" });
    }
    return handle(request, reply);
  });
  return {
    add(built: WebhookBot) {
      handlers.set(built.identity.id, (request, reply) => handleUpdate(built, request, reply, timeoutMs));
    },
  };
}

/**
 * One update, handed to grammY directly rather than through its `webhookCallback`: that adapter
 * compares the secret again (checked above, once for every bot), and with its per-request
 * promise chain a bot with a no-op handler took 0.10–0.11 ms of the thread per update, against
 * 0.06–0.07 ms for the direct call (README, "Benchmarks").
 * The semantics are grammY's: a method the kernel allows as a webhook reply (`ctx.finalReply`) is
 * the HTTP response, sent as soon as it is made; otherwise the answer is an empty 200 once the
 * update is handled.
 */
async function handleUpdate(
  built: WebhookBot,
  request: FastifyRequest,
  reply: FastifyReply,
  timeoutMs: number,
): Promise<unknown> {
  // The app initializes every bot before setting its webhook; an update of an earlier webhook may
  // come first (grammY shares one getMe between concurrent callers).
  if (!built.bot.isInited()) await built.bot.init();
  let answered = false;
  let timer: NodeJS.Timeout | undefined;
  const envelope = {
    async send(json: string) {
      if (answered) return; // too late: the update already got its 503
      answered = true;
      await reply.header("content-type", "application/json").send(json);
    },
  };
  try {
    await Promise.race([
      built.bot.handleUpdate(request.body as Update, envelope),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`not handled within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    if (answered) return reply; // answered already; the error was the module's to report
    answered = true;
    const busy = error instanceof BotError && error.error instanceof UpdateBusyError;
    if (!busy) request.log.warn({ err: error }, "webhook update not handled; Telegram will deliver it again");
    return reply
      .code(503)
      .header("retry-after", "1")
      .send({ ok: false, description: "Service Unavailable: not handled yet, deliver it again" });
  } finally {
    clearTimeout(timer);
  }
  if (answered) return reply;
  answered = true;
  return reply.send("");
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
