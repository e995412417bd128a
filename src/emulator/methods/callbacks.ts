/**
 * answerCallbackQuery: the toast or alert a user sees after pressing an inline button.
 */
import { badRequest } from "../errors.js";
import type { Params } from "../validate.js";
import type { MethodContext, MethodTable } from "./methodContext.js";

/** Telegram shows at most 200 characters in a callback answer. */
export const CALLBACK_ANSWER_LIMIT = 200;

function answerCallbackQuery(ctx: MethodContext, params: Params): true {
  const text = params.text as string | undefined;
  if (text !== undefined && text.length > CALLBACK_ANSWER_LIMIT) throw badRequest("MESSAGE_TOO_LONG");
  const id = params.callback_query_id as string;
  const answer = {
    text,
    show_alert: params.show_alert === true,
    url: params.url as string | undefined,
    cache_time: params.cache_time as number | undefined,
  };
  ctx.core.callbacks.answer(ctx.bot.id, id, answer);
  ctx.core.events.emit({ type: "callback.answered", callback_query_id: id, ...answer });
  return true;
}

export const callbackMethods: MethodTable = { answerCallbackQuery };
