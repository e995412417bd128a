/**
 * Callback queries a user's button press created and the bot has not answered yet. The control
 * API's pressButton waits here for the bot's answerCallbackQuery (its toast or alert text).
 */
import { randomBytes } from "node:crypto";
import { badRequest } from "./errors.js";

/** What the user saw after pressing: the bot's toast/alert, or nothing within the timeout. */
export interface CallbackAnswer {
  answered: boolean;
  text?: string;
  show_alert: boolean;
  url?: string;
  cache_time?: number;
}

interface PendingQuery {
  botId: number;
  settle(answer: CallbackAnswer): void;
}

export class CallbackQueries {
  private readonly pending = new Map<string, PendingQuery>();

  /**
   * Registers a new query for `botId`.
   * @param timeoutMs how long `answer` waits before resolving `{ answered: false }`
   */
  create(botId: number, timeoutMs: number): { id: string; answer: Promise<CallbackAnswer> } {
    // Telegram's ids are decimal strings of a 64-bit number.
    const id = BigInt(`0x${randomBytes(8).toString("hex")}`).toString();
    const answer = new Promise<CallbackAnswer>((resolve) => {
      const timer = setTimeout(() => resolve({ answered: false, show_alert: false }), timeoutMs);
      timer.unref();
      this.pending.set(id, {
        botId,
        settle: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      });
    });
    return { id, answer };
  }

  /**
   * Records the bot's answer; each query can be answered once, by the bot it went to.
   * @throws BotApiError 400 "query is too old…" for unknown or already answered ids
   */
  answer(botId: number, id: string, answer: Omit<CallbackAnswer, "answered">): void {
    const query = this.pending.get(id);
    if (!query || query.botId !== botId) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    this.pending.delete(id);
    query.settle({ answered: true, ...answer });
  }

  reset(): void {
    for (const query of this.pending.values()) query.settle({ answered: false, show_alert: false });
    this.pending.clear();
  }
}
