import { Composer, type MiddlewareFn } from "grammy";
import type { Message, User } from "grammy/types";
import type { z } from "zod";
import { defineCallback, id as idField } from "../../kernel/callbackData.js";
import { callbackButton, onCallback } from "../../kernel/callbacks.js";
import type { BotContext } from "../../kernel/context.js";
import type { Storage } from "../storage/storage.js";
import type { AdminCache } from "./adminCache.js";
import { type AdminRight, type AdminRights, rightsOf } from "./adminRights.js";
import { PENDING_ID_LENGTH, pendingActions } from "./pendingActions.js";

export const DEFAULT_CONFIRM_TTL_MS = 10 * 60_000;
const USED_TTL_MS = 24 * 60 * 60_000;
/**
 * A press the cached list refuses refetches the list once (the presser may have been promoted
 * while the bot missed the update), unless it was fetched within this window: a crowd of
 * non-admins pressing cannot make the bot call getChatAdministrators on every press.
 */
const REFRESH_WINDOW_MS = 10_000;
const HTML = { parse_mode: "HTML" } as const;

export interface AnonymousAdminOptions {
  storage: Storage;
  /** The bot's configured id. */
  bot: string;
  /**
   * The module's callback prefix (1-4 of a-z0-9, as in its other buttons); the button's id is
   * `<prefix>.anc`, so it must not be used by the module for anything else.
   */
  callbackPrefix: string;
  /** The same module's admin cache: who may confirm, with which rights. */
  adminCache: AdminCache;
  /** How long a confirmation can be given; default 10 minutes. */
  ttlMs?: number;
  now?: () => number;
}

/** What a confirmed action's handler learns. */
export interface ConfirmedAction<P> {
  /** The group the action was asked in. */
  chatId: number;
  payload: P;
  /** The admin who pressed the button: the acting admin, for checks, logs and the audit. */
  admin: User;
  /** That admin's rights in the group, as just checked. */
  rights: AdminRights;
}

export interface ActionDefinition<P> {
  /** The right an admin needs to confirm (and so to do) this; omitted: any admin. */
  right?: AdminRight;
  /** Validates the payload when asked and again when confirmed (stored data outlives code). */
  payload: z.ZodType<P>;
  /**
   * Does the action as `confirmed.admin`. `ctx` is the button press: `ctx.chat` is the group,
   * `ctx.from` the admin. The callback query is already answered. Runs at most once per
   * confirmation: if it throws, the confirmation is still used up (a moderation action must
   * not run twice), and the kernel's error boundary reports the error.
   */
  run(ctx: BotContext, confirmed: ConfirmedAction<P>): Promise<unknown>;
}

/** A registered action: ask an anonymous admin to confirm it. */
export interface ConfirmableAction<P> {
  readonly name: string;
  /**
   * Replies to the current message with "An anonymous admin ran <label>. Tap to confirm who you
   * are." and a button, after storing the action. Call it when `actingUser(ctx)` is an
   * anonymous admin of this chat. Throws when the payload does not validate.
   */
  ask(ctx: BotContext, payload: P, label: string): Promise<Message.TextMessage>;
}

export interface AnonymousAdmin {
  /** Registers an action by name; do it at start-up so a press after a restart finds it. */
  register<P>(name: string, definition: ActionDefinition<P>): ConfirmableAction<P>;
  /** Handles the confirmation buttons; install it in the module's composer. */
  middleware(): MiddlewareFn<BotContext>;
}

/**
 * Anonymous group admins post as the group (from = GroupAnonymousBot), so nobody knows who they
 * are or what rights they hold. The action they ran is parked in the storage under a random id
 * carried by a button; the admin who presses it is identified by Telegram (a button press
 * always carries the real user), checked against the admin list for the action's right, and
 * then the action runs once, as them. Buttons survive restarts and work on any instance.
 *
 * Sharp edges: the prompt is in English (or the bot's default language) since an anonymous
 * sender has no language; any admin with the right may confirm, not necessarily the one who
 * typed the command (Telegram cannot tell them apart, and either could have run it).
 */
export function anonymousAdmin(options: AnonymousAdminOptions): AnonymousAdmin {
  const { adminCache: cache, callbackPrefix } = options;
  const now = options.now ?? Date.now;
  const confirm = defineCallback(`${callbackPrefix}.anc`, 1, { id: idField(PENDING_ID_LENGTH) });
  const store = pendingActions({
    storage: options.storage,
    scope: `${options.bot}:${callbackPrefix}`,
    ttlMs: options.ttlMs ?? DEFAULT_CONFIRM_TTL_MS,
    usedTtlMs: USED_TTL_MS,
    now,
  });
  // biome-ignore lint/suspicious/noExplicitAny: each action has its own payload type
  const actions = new Map<string, ActionDefinition<any>>();

  /** The presser's rights when they may confirm; one refetch (see REFRESH_WINDOW_MS) when the cache says no. */
  async function authorize(chatId: number, userId: number, right: AdminRight | undefined) {
    const allowed = (admin: Awaited<ReturnType<AdminCache["admin"]>>) => {
      if (!admin) return undefined;
      const rights = rightsOf(admin);
      return right && !rights[right] ? undefined : rights;
    };
    return (
      allowed(await cache.admin(chatId, userId)) ??
      allowed(await cache.admin(chatId, userId, { maxAgeMs: REFRESH_WINDOW_MS }))
    );
  }

  const alert = (ctx: BotContext, text: string) => ctx.answerCallbackQuery({ text, show_alert: true });

  const composer = new Composer<BotContext>();
  onCallback(composer, confirm, async (ctx, { id }) => {
    const found = await store.read(id);
    if (found.state === "used") return alert(ctx, ctx.t("group-anon-used"));
    if (found.state === "expired") return alert(ctx, ctx.t("group-anon-expired"));
    const { action, chatId, label } = found.pending;
    const definition = actions.get(action);
    const payload = definition?.payload.safeParse(found.pending.payload);
    if (!definition || !payload?.success) {
      // The action was renamed or its payload changed shape since the button was sent.
      ctx.log.warn({ action, known: Boolean(definition) }, "anonymous admin: pending action no longer valid");
      return alert(ctx, ctx.t("group-anon-expired"));
    }
    // onCallback only calls this for a callback query.
    const presser = ctx.callbackQuery!.from;
    const rights = await authorize(chatId, presser.id, definition.right);
    if (!rights) {
      ctx.log.info({ action, chatId, right: definition.right }, "anonymous admin: confirmation refused");
      return alert(
        ctx,
        definition.right
          ? ctx.t("group-anon-denied", { right: ctx.t(`group-right-${definition.right}`) })
          : ctx.t("group-anon-denied-any"),
      );
    }
    if (!(await store.claim(id, presser.id))) return alert(ctx, ctx.t("group-anon-used"));
    await ctx.answerCallbackQuery();
    // Says who confirmed and removes the button; the prompt may be gone, which changes nothing.
    await ctx
      .editMessageText(ctx.t("group-anon-confirmed", { command: label, name: presser.first_name }), HTML)
      .catch((error: unknown) => ctx.log.debug({ err: error }, "anonymous admin: prompt not edited"));
    await definition.run(ctx, { chatId, payload: payload.data, admin: presser, rights });
  });

  return {
    register<P>(name: string, definition: ActionDefinition<P>): ConfirmableAction<P> {
      if (actions.has(name))
        throw new Error(`anonymousAdmin(${callbackPrefix}): action "${name}" registered twice`);
      actions.set(name, definition);
      return {
        name,
        async ask(ctx, payload, label) {
          const chat = ctx.chat;
          if (!chat || chat.type === "private" || chat.type === "channel") {
            throw new Error(`anonymousAdmin: "${name}" can only be confirmed in a group`);
          }
          const pendingId = await store.create({
            action: name,
            payload: definition.payload.parse(payload),
            chatId: chat.id,
            label,
          });
          const button = callbackButton(ctx.botIdentity, ctx.t("group-anon-button"), confirm, {
            id: pendingId,
          });
          const replyTo = ctx.msg?.message_id;
          return ctx.reply(ctx.t("group-anon-prompt", { command: label }), {
            ...HTML,
            reply_markup: { inline_keyboard: [[button]] },
            ...(replyTo
              ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
              : {}),
          });
        },
      };
    },
    middleware: () => composer.middleware(),
  };
}
