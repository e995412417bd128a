/**
 * The one mechanism behind /lockdown and night mode: closes a group's chat (every send right off,
 * by `setChatPermissions`) and opens it again with exactly the permissions it had before. The
 * record (reasons, previous permissions) lives in storage under `key("closure", chatId)`, written
 * before Telegram is asked, so a restart forgets nothing; the set `key("closures")` lists the
 * closed chats for the night scheduler. One change at a time per chat, across instances (a
 * storage lock): a lockdown typed as the night begins must not read the night's closed
 * permissions as the ones to restore. Admins keep writing: Telegram exempts them.
 *
 * Also the checks and answers /lockdown, /nightmode and the /settings panel share.
 */
import { setTimeout as delay } from "node:timers/promises";
import { type Api, GrammyError } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { tryLease } from "../../../platform/storage/lease.js";
import type { Storage } from "../../../platform/storage/storage.js";
import {
  type Closure,
  type ClosureReason,
  closedPermissions,
  closing,
  opening,
} from "../domain/chatClosure.js";
import type { Moderation } from "../runtime.js";
import { NEEDED_RIGHT } from "./actionSpecs.js";
import { freshRights } from "./memberActions.js";

/** What the mechanism works with: storage for the records, the bot's Telegram API. */
export interface ClosureDeps {
  mod: Moderation;
  storage: Storage;
  telegram: Api;
}

/** The deps of an update's handler. */
export const closureDeps = (mod: Moderation, ctx: BotContext): ClosureDeps => ({
  mod,
  storage: ctx.services.storage,
  telegram: ctx.api,
});

const LOCK_TTL_MS = 15_000;
const LOCK_WAIT_MS = 10_000;
const LOCK_POLL_MS = 25;

const recordKey = (mod: Moderation, chatId: number) => mod.key("closure", chatId);
const indexKey = (mod: Moderation) => mod.key("closures");

/** Runs `work` holding the chat's closure lock (it expires if its holder dies). */
async function exclusive<T>(deps: ClosureDeps, chatId: number, work: () => Promise<T>): Promise<T> {
  const key = deps.mod.key("closure-lock", chatId);
  const deadline = Date.now() + LOCK_WAIT_MS;
  let lease = await tryLease(deps.storage, key, LOCK_TTL_MS);
  while (!lease) {
    if (Date.now() > deadline) throw new Error(`moderation: chat ${chatId} closure is busy`);
    await delay(LOCK_POLL_MS);
    lease = await tryLease(deps.storage, key, LOCK_TTL_MS);
  }
  try {
    return await work();
  } finally {
    await lease.release();
  }
}

/** The chat's closure, or undefined when it is open. */
export function closureOf(deps: Pick<ClosureDeps, "mod" | "storage">, chatId: number) {
  return deps.storage.get<Closure>(recordKey(deps.mod, chatId));
}

/** Every closed chat with its closure. */
export async function closedChats(deps: Pick<ClosureDeps, "mod" | "storage">): Promise<Map<number, Closure>> {
  const chats = new Map<number, Closure>();
  for (const member of await deps.storage.members(indexKey(deps.mod))) {
    const closure = await closureOf(deps, Number(member));
    if (closure) chats.set(Number(member), closure);
    else await deps.storage.removeFromSet(indexKey(deps.mod), member);
  }
  return chats;
}

async function save(deps: ClosureDeps, chatId: number, closure: Closure): Promise<void> {
  await deps.storage.set(recordKey(deps.mod, chatId), closure);
  await deps.storage.addToSet(indexKey(deps.mod), String(chatId));
}

/** Forgets the chat's closure (it is open, or the bot can no longer reach it). */
export async function forgetClosure(deps: ClosureDeps, chatId: number): Promise<void> {
  await deps.storage.delete(recordKey(deps.mod, chatId));
  await deps.storage.removeFromSet(indexKey(deps.mod), String(chatId));
}

/** `closed`: Telegram closed it now; `joined`: it was closed already, for another reason too now. */
export type CloseOutcome = "closed" | "joined" | "already";

/**
 * Closes the chat for `reason`. The permissions to restore are read with getChat and saved before
 * `setChatPermissions`; throws grammY's GrammyError when Telegram refuses (nothing kept then).
 */
export function closeChat(
  deps: ClosureDeps,
  chatId: number,
  reason: ClosureReason,
  night: { until?: string | undefined } = {},
): Promise<CloseOutcome> {
  return exclusive(deps, chatId, async () => {
    const current = await closureOf(deps, chatId);
    let read: Pick<Closure, "previous" | "title"> | undefined;
    if (!current) {
      const chat = await deps.telegram.getChat(chatId);
      if (!chat.permissions) throw new Error(`moderation: getChat(${chatId}) gave no permissions`);
      read = { previous: chat.permissions, title: "title" in chat ? chat.title : undefined };
    }
    const step = closing(current, reason, () => read!, {
      nightSince: new Date(deps.mod.now()).toISOString(),
      nightUntil: night.until,
    });
    if (step.kind === "already") return "already";
    await save(deps, chatId, step.closure);
    if (step.kind === "join") return "joined";
    try {
      await deps.telegram.setChatPermissions(chatId, closedPermissions(step.closure.previous), {
        use_independent_chat_permissions: true,
      });
    } catch (error) {
      await forgetClosure(deps, chatId);
      throw error;
    }
    return "closed";
  });
}

/** `opened`: Telegram has the previous permissions back; `kept`: another reason keeps it closed. */
export type OpenOutcome = { kind: "opened" } | { kind: "kept"; closure: Closure } | { kind: "not-closed" };

/**
 * Lifts `reason`; the last one reopens the chat with the permissions it had before the first
 * closure. Throws GrammyError when Telegram refuses (the closure is kept, to try again).
 */
export function reopenChat(deps: ClosureDeps, chatId: number, reason: ClosureReason): Promise<OpenOutcome> {
  return exclusive(deps, chatId, async () => {
    const step = opening(await closureOf(deps, chatId), reason);
    switch (step.kind) {
      case "not-closed":
        return step;
      case "keep":
        await save(deps, chatId, step.closure);
        return { kind: "kept", closure: step.closure };
      case "open":
        await deps.telegram.setChatPermissions(chatId, step.previous, {
          use_independent_chat_permissions: true,
        });
        await forgetClosure(deps, chatId);
        return { kind: "opened" };
    }
  });
}

/** Why the bot cannot change the chat's permissions (the right it lacks), or undefined if it can. */
export async function botCannotClose(mod: Moderation, ctx: BotContext, chatId: number) {
  const bot = await freshRights(mod, chatId, ctx.me.id);
  if (bot?.[NEEDED_RIGHT]) return undefined;
  const right = ctx.t(`group-right-${NEEDED_RIGHT}`);
  return ctx.t(bot ? "mod-bot-lacks-right" : "mod-bot-not-admin", { right });
}

/** Telegram's refusal as the answer; anything else is not an answer and goes on up. */
export function telegramRefusal(ctx: BotContext, error: unknown): string {
  if (!(error instanceof GrammyError)) throw error;
  ctx.log.info({ err: error }, "moderation: Telegram refused to change the chat's permissions");
  return ctx.t("mod-telegram-refused", { reason: error.description });
}
