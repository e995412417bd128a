/**
 * What the private settings menu's handlers and forms share: its signed callback data (the group,
 * what the press does, a page), the groups where a user is an admin, and showing a screen, fresh
 * from API V2, in place of the pressed message or as a new one. Each press names its group, so the
 * menu holds nothing in memory and works after a restart.
 */
import { GrammyError } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { defineCallback, int, oneOf } from "../../../kernel/callbackData.js";
import { callbackButton } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { BackendError } from "../../../platform/http/backendError.js";
import type { GroupSettings } from "../apiV2Schemas.js";
import { PRESSES, type Section } from "../domain/settingsEdits.js";
import type { GroupInfo } from "../groupRegistry.js";
import type { Moderation } from "../runtime.js";
import {
  type GroupRef,
  groupListScreen,
  type MenuButton,
  type MenuScreen,
  settingsScreen,
} from "../settingsViews.js";
import { HTML } from "../views.js";

/** A menu button: the group (0 for none: the list), what to do, the list's page. */
export const settingsPress = defineCallback("md.pset", 1, {
  chat: int(-(2 ** 52), 0),
  go: oneOf(PRESSES),
  page: int(0, 999),
});

/** Groups whose admin lists are read at once while listing. */
const LIST_CONCURRENCY = 16;

export function keyboard(
  mod: Moderation,
  rows: readonly MenuButton[][],
  chatId: number,
): InlineKeyboardMarkup {
  return {
    inline_keyboard: rows.map((row) =>
      row.map((b) =>
        callbackButton(mod.bot, b.label, settingsPress, {
          chat: b.chat ?? chatId,
          go: b.go,
          page: b.page ?? 0,
        }),
      ),
    ),
  };
}

/**
 * The groups of the index where `userId` is an admin, by title. Reads the cached admin lists (a
 * press checks again, fresh); a group the bot turns out to have left is dropped from the index.
 */
export async function adminGroups(mod: Moderation, userId: number): Promise<GroupInfo[]> {
  const ids = await mod.groups.ids();
  const found: GroupInfo[] = [];
  for (let i = 0; i < ids.length; i += LIST_CONCURRENCY) {
    const batch = await Promise.all(
      ids.slice(i, i + LIST_CONCURRENCY).map(async (id) => {
        try {
          if (!(await mod.admins.isAdmin(id, userId))) return undefined;
        } catch (error) {
          // Telegram refuses the admin list of a chat the bot is not in any more.
          if (!(error instanceof GrammyError) || (error.error_code !== 400 && error.error_code !== 403))
            throw error;
          mod.logger.info({ chatId: id }, "moderation: a listed group is gone, dropped");
          await mod.groups.forget(id);
          return undefined;
        }
        return (await mod.groups.info(id)) ?? { id, title: String(id), type: "supergroup" as const };
      }),
    );
    for (const info of batch) if (info) found.push(info);
  }
  return found.sort((a, b) => a.title.localeCompare(b.title) || a.id - b.id);
}

/** The group as the menu names it: its title from the index, else API V2's name, else its id. */
export async function groupRef(mod: Moderation, chatId: number, settings?: GroupSettings): Promise<GroupRef> {
  const info = await mod.groups.info(chatId);
  return { id: chatId, title: info?.title ?? settings?.group_name ?? String(chatId) };
}

/** Puts `screen` in place of the pressed message (`edit`) or sends it (`reply`). */
export async function present(
  mod: Moderation,
  ctx: BotContext,
  screen: MenuScreen,
  chatId: number,
  mode: "edit" | "reply",
  note?: string,
): Promise<void> {
  const text = note ? `${note}\n\n${screen.text}` : screen.text;
  const extra = {
    ...HTML,
    link_preview_options: { is_disabled: true },
    reply_markup: keyboard(mod, screen.rows, chatId),
  };
  if (mode === "edit" && ctx.callbackQuery?.message) {
    try {
      await ctx.editMessageText(text, extra);
      return;
    } catch (error) {
      if (/message is not modified/i.test((error as Error).message)) return;
      ctx.log.debug({ err: error }, "moderation: settings menu not edited, sending it");
    }
  }
  await ctx.reply(text, extra);
}

/** The admin's groups (page `page`). */
export async function showGroups(mod: Moderation, ctx: BotContext, page: number, mode: "edit" | "reply") {
  const userId = ctx.from?.id;
  if (userId === undefined) return;
  const groups = await adminGroups(mod, userId);
  await present(mod, ctx, groupListScreen(ctx.t, groups, page), 0, mode);
}

/** A section of the group's settings, from `settings` (fresh from API V2 unless given). */
export async function showSection(
  mod: Moderation,
  ctx: BotContext,
  chatId: number,
  section: Section,
  mode: "edit" | "reply",
  options: { settings?: GroupSettings; note?: string } = {},
): Promise<void> {
  const settings = options.settings ?? (await mod.settings.fresh(chatId));
  const screen = settingsScreen(ctx.t, section, await groupRef(mod, chatId, settings), settings);
  await present(mod, ctx, screen, chatId, mode, options.note);
}

/** An API V2 failure as the menu tells it: a value refused (400), or API V2 unreachable. */
export const refusedByApi = (error: unknown): boolean =>
  error instanceof BackendError && error.status === 400;

/** Whether `error` is API V2 failing (to be told, not thrown to the kernel's boundary). */
export const apiFailure = (error: unknown): error is BackendError => error instanceof BackendError;
