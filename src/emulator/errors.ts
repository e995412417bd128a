/**
 * Telegram-shaped failures. Every method handler throws a {@link BotApiError}; the HTTP layer turns
 * it into `{ ok: false, error_code, description, parameters? }` with the same HTTP status, exactly
 * as api.telegram.org does, so client libraries (grammY's `GrammyError`) see familiar errors.
 */

/** `parameters` of a failed answer (core.telegram.org/bots/api#responseparameters). */
export interface ResponseParameters {
  retry_after?: number;
  migrate_to_chat_id?: number;
}

/** The JSON body of a failed Bot API call. */
export interface ApiErrorBody {
  ok: false;
  error_code: number;
  description: string;
  parameters?: ResponseParameters;
}

/** An error a Bot API method answers with; `description` carries Telegram's wording. */
export class BotApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
    this.name = "BotApiError";
  }

  /** The answer body, as Telegram sends it. */
  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { ok: false, error_code: this.errorCode, description: this.description };
    if (this.parameters) body.parameters = this.parameters;
    return body;
  }
}

/** 400 `Bad Request: <reason>`. */
export const badRequest = (reason: string): BotApiError => new BotApiError(400, `Bad Request: ${reason}`);

/** 401, for a token no bot owns. */
export const unauthorized = (): BotApiError => new BotApiError(401, "Unauthorized");

/** 403 `Forbidden: <reason>` (blocked by the user, kicked from the group...). */
export const forbidden = (reason: string): BotApiError => new BotApiError(403, `Forbidden: ${reason}`);

/** 404, for a method name the Bot API does not have. */
export const notFound = (): BotApiError => new BotApiError(404, "Not Found");

/** 409 `Conflict: <reason>` (a second poller, getUpdates while a webhook is set). */
export const conflict = (reason: string): BotApiError => new BotApiError(409, `Conflict: ${reason}`);

/** 429 with `retry_after`, as flood control answers. */
export const tooManyRequests = (retryAfter: number): BotApiError =>
  new BotApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });

/** 501, for a method the spec has and the emulator does not (yet); not a Telegram code on purpose. */
export const notImplemented = (method: string): BotApiError =>
  new BotApiError(501, `Not Implemented: the emulator does not implement ${method}`);
