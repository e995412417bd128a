/**
 * The bot's own connection to the API: getMe, getUpdates, webhooks, logOut and close.
 */
import type { ApiUpdate, ApiUser } from "../apiTypes.js";
import { badRequest } from "../errors.js";
import type { GetUpdatesParams } from "../updates.js";
import type { Params } from "../validate.js";
import type { MethodContext, MethodTable } from "./methodContext.js";

/** setWebhook's `secret_token`: 1–256 characters of A-Z, a-z, 0-9, _ and -. */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{1,256}$/;

function getMe(ctx: MethodContext): ApiUser {
  return { ...ctx.bot.user };
}

function getUpdates(ctx: MethodContext, params: Params): Promise<ApiUpdate[]> {
  return ctx.core.updates.getUpdates(ctx.bot.id, params as GetUpdatesParams, ctx.signal);
}

function setWebhook(ctx: MethodContext, params: Params): true {
  const url = params.url as string;
  const drop = params.drop_pending_updates === true;
  const allowed = params.allowed_updates as string[] | undefined;
  if (url === "" || url === undefined) {
    ctx.core.updates.deleteWebhook(ctx.bot.id, drop);
    return true;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badRequest("bad webhook: invalid URL");
  }
  // Telegram demands HTTPS; the emulator also takes http:// because its bots listen on localhost.
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
  }
  const secretToken = params.secret_token as string | undefined;
  if (secretToken !== undefined && !SECRET_PATTERN.test(secretToken)) {
    throw badRequest("secret token contains unallowed characters");
  }
  const maxConnections = Math.min(100, Math.max(1, (params.max_connections as number | undefined) ?? 40));
  ctx.core.updates.setWebhook(ctx.bot.id, { url, secretToken, maxConnections }, allowed, drop);
  return true;
}

function deleteWebhook(ctx: MethodContext, params: Params): true {
  ctx.core.updates.deleteWebhook(ctx.bot.id, params.drop_pending_updates === true);
  return true;
}

function getWebhookInfo(ctx: MethodContext): Record<string, unknown> {
  return ctx.core.updates.webhookInfo(ctx.bot.id);
}

/** Nothing to log out of or close in an emulator; answering true keeps shutdown code paths working. */
const acknowledge = (): true => true;

export const connectionMethods: MethodTable = {
  getMe,
  getUpdates,
  setWebhook,
  deleteWebhook,
  getWebhookInfo,
  logOut: acknowledge,
  close: acknowledge,
};
