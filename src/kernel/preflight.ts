/**
 * What the kernel reads and writes around every update, in as few store round trips as the
 * update allows: one batch before the modules run (claim the update id, count the user against
 * the general rate limit, read the chosen language and, in a private chat, the session) and one
 * batch after (mark the update done, write the session back if it changed). The first batch also
 * reads the keys the update's module declared it will need (`prefetch`), which its stores then get
 * from memory for the rest of the update (platform/storage/prefetch.ts): a netmon /status costs
 * two store operations in all.
 *
 * Ordinary group messages take a fast path: no rate limit (a moderation module must see every
 * message, floods included), no language read (Telegram's language is used) and no session read
 * unless a handler asks for it with `ctx.loadSession()`.
 *
 * Written by hand rather than with grammY's session and i18n middleware because each of those
 * makes its own round trip; the batch is what keeps the kernel's cost flat.
 */
import type { MiddlewareFn } from "grammy";
import { runWithPrefetched } from "../platform/storage/prefetch.js";
import type { Storage, StorageOp } from "../platform/storage/storage.js";
import type { BotContext, SessionData } from "./context.js";
import type { DoneMarks } from "./doneMarks.js";
import {
  DEFAULT_LANGUAGE,
  escapeVariables,
  type Language,
  languageKey,
  normalizeLanguage,
  type Translate,
} from "./i18n.js";
import type { KernelMetrics } from "./metrics.js";
import { UpdateBusyError, type UpdateClaims } from "./updateClaims.js";
import { isGroupChatter } from "./updateKind.js";

/** How long a handled update id is remembered: Telegram stops re-delivering long before. */
export const HANDLED_TTL_MS = 24 * 60 * 60 * 1000;

export interface PreflightOptions {
  botId: string;
  storage: Storage;
  metrics: KernelMetrics;
  translate: Translate;
  /** Session lifetime (sliding: every update that loads the session renews it). */
  sessionTtlMs?: number;
  /** Where the "handled" marker of an update that writes nothing else goes (shared round trips). */
  doneMarks: DoneMarks;
  /** How an update id is claimed before it is handled (in the store, or in memory on SQLite). */
  claims: UpdateClaims;
  /** Keys the modules this update goes to will read (known before the session is). */
  prefetch?: (ctx: BotContext) => readonly string[];
  /** Told after the handlers of an update in which the user chose a language (the chat's menu). */
  languageChosen?: (ctx: BotContext, language: Language) => Promise<void>;
}

/** Per chat; updates without a chat (inline queries) are keyed by user. */
export function sessionKey(ctx: { chat?: { id: number }; from?: { id: number } }): string | undefined {
  if (ctx.chat) return String(ctx.chat.id);
  return ctx.from ? `user:${ctx.from.id}` : undefined;
}

const EMPTY_SESSION = JSON.stringify({ modules: {} });

const sessionProperty = (ctx: BotContext, get: () => SessionData, set: (value: SessionData) => void) =>
  Object.defineProperty(ctx, "session", { get, set, configurable: true, enumerable: true });

export function preflight(options: PreflightOptions): MiddlewareFn<BotContext> {
  const { botId, storage, metrics, translate, sessionTtlMs, prefetch, doneMarks, claims, languageChosen } =
    options;
  const sessionPrefix = `session:${botId}:`;

  return async (ctx, next) => {
    const claimKey = `update:${botId}:${ctx.update.update_id}`;
    const user = ctx.from && !ctx.from.is_bot ? ctx.from : undefined;
    const chatter = isGroupChatter(ctx);
    const key = sessionKey(ctx);
    const sessionStoreKey = key === undefined ? undefined : `${sessionPrefix}${key}`;

    const claimOps = claims.ops(claimKey);
    const ops: StorageOp[] = [...claimOps];
    const limit = user && !chatter ? ctx.services.rateLimits.generalOp(`${botId}:${user.id}`) : undefined;
    if (limit) ops.push(limit.op);
    const readLanguage = user !== undefined && !chatter;
    if (readLanguage) ops.push({ op: "get", key: languageKey(botId, user.id) });
    const readSession = ctx.chat?.type === "private" && sessionStoreKey !== undefined;
    if (readSession) ops.push({ op: "get", key: sessionStoreKey });
    const ahead = chatter ? [] : (prefetch?.(ctx) ?? []);
    for (const key of ahead) ops.push({ op: "get", key });

    const results = await storage.batch(ops);
    const verdict = claims.take(claimKey, results.slice(0, claimOps.length));
    if (verdict === "done") {
      metrics.duplicates.inc({ bot: botId });
      ctx.log.info("duplicate update ignored");
      return;
    }
    // Held by a live handler (another instance, or this one still at work): not ours to confirm.
    if (verdict === "busy") throw new UpdateBusyError(ctx.update.update_id);
    let index = claimOps.length;
    const count = limit ? (results[index++] as number) : undefined;
    const chosen = readLanguage ? (results[index++] as Language | undefined) : undefined;
    const stored = readSession ? (results[index++] as SessionData | undefined) : undefined;
    const prefetched = new Map(ahead.map((key) => [key, results[index++]]));

    // Language: the choice, else Telegram's, else English; `t` escapes string variables.
    ctx.language =
      normalizeLanguage(chosen) ?? normalizeLanguage(ctx.from?.language_code) ?? DEFAULT_LANGUAGE;
    ctx.t = (messageKey, variables) => translate(ctx.language, messageKey, escapeVariables(variables));
    // A language chosen in this update is told after the handlers, so their answers go first.
    let chosenLanguage: Language | undefined;
    ctx.setLanguage = async (language) => {
      if (user) await storage.set(languageKey(botId, user.id), language);
      ctx.language = language;
      chosenLanguage = language;
    };

    // Session: as read (or fresh), remembered as text to write back only what changed.
    let session: SessionData | undefined;
    let asRead: string | undefined;
    const adopt = (value: SessionData | undefined) => {
      session = value ?? { modules: {} };
      session.modules ??= {};
      asRead = value === undefined ? undefined : JSON.stringify(value);
    };
    if (readSession) adopt(stored);
    sessionProperty(
      ctx,
      () => {
        if (!session) throw new Error("ctx.session is not loaded here: call `await ctx.loadSession()` first");
        return session;
      },
      (value) => {
        session = value;
      },
    );
    ctx.loadSession = async () => {
      if (!session && sessionStoreKey !== undefined) adopt(await storage.get<SessionData>(sessionStoreKey));
      if (!session) throw new Error("this update has no chat or user to keep a session for");
      return session;
    };

    if (count !== undefined && limit && !limit.decide(count).allowed) {
      await refuse(ctx, botId, limit.decide(count).retryAfterMs);
    } else {
      try {
        await runWithPrefetched(storage, prefetched, next);
        if (chosenLanguage && languageChosen) await languageChosen(ctx, chosenLanguage);
      } finally {
        claims.finish(claimKey);
        // A chat that never had a session and still has an empty one needs no write either.
        const changed = session !== undefined && JSON.stringify(session) !== (asRead ?? EMPTY_SESSION);
        // A sliding TTL is renewed by writing; without one, an unchanged session costs nothing.
        if (sessionStoreKey !== undefined && session && (changed || sessionTtlMs !== undefined)) {
          try {
            await storage.batch([
              { op: "set", key: claimKey, value: "done", ttlMs: HANDLED_TTL_MS },
              {
                op: "set",
                key: sessionStoreKey,
                value: session,
                ...(sessionTtlMs ? { ttlMs: sessionTtlMs } : {}),
              },
            ]);
          } finally {
            claims.release(claimKey);
          }
        } else doneMarks.add(claimKey, () => claims.release(claimKey));
      }
      return;
    }
    claims.finish(claimKey);
    doneMarks.add(claimKey, () => claims.release(claimKey));
  };
}

/**
 * Over the general limit: the user is told once per window when to come back; further updates in
 * that window are dropped silently so the bot is not made to spam.
 */
async function refuse(ctx: BotContext, botId: string, retryAfterMs: number) {
  ctx.log.warn({ retryAfterMs }, "user rate limited");
  const warned = await ctx.services.storage.setIfAbsent(
    `ratelimit-warned:${botId}:${ctx.from?.id}`,
    1,
    Math.max(retryAfterMs, 1000),
  );
  if (!warned) {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    return;
  }
  const text = ctx.t("rate-limited", { seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
  else if (ctx.chat?.type === "private") await ctx.reply(text, { parse_mode: "HTML" });
}
