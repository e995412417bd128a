/**
 * crm's core keyboards: the main menu (the role's modules, two per row), the admin panel and its
 * lists. Button texts are plain text (not HTML): names go in as they are, cut, never through the
 * escaping `t`.
 */
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { callbackButton } from "../../kernel/callbacks.js";
import type { BotContext } from "../../kernel/context.js";
import { cut } from "../../kernel/html.js";
import { auditPage, openAdminPanel, openDashboard, openMenu, otpsPage, sessionsPage } from "./callbacks.js";
import { moduleButton } from "./content/index.js";
import type { Page } from "./domain/paging.js";
import { ADMIN_PANEL, CRM_ROLES, type Role, readableModules } from "./domain/rbac.js";

/** Buttons in rows of `width`. */
function rows<T>(items: readonly T[], width: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += width) out.push(items.slice(i, i + width));
  return out;
}

/** The role's readable modules two per row, then the dashboard (and the admin panel for super_admin). */
export function menuKeyboard(ctx: BotContext, role: Role): InlineKeyboard {
  const modules = readableModules(role).map((module) => moduleButton(ctx, module));
  const last: InlineKeyboardButton[] = [
    callbackButton(ctx.botIdentity, ctx.t("crm-menu-dashboard"), openDashboard, {}),
  ];
  if (CRM_ROLES[role].includes(ADMIN_PANEL)) {
    last.push(callbackButton(ctx.botIdentity, ctx.t("crm-menu-admin"), openAdminPanel, {}));
  }
  return InlineKeyboard.from([...rows(modules, 2), last]);
}

/** The lists' codecs: the same fields, `{ page }`. */
type PageCodec = typeof sessionsPage | typeof otpsPage | typeof auditPage;

export function backToMenu(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard().add(callbackButton(ctx.botIdentity, ctx.t("crm-back-menu"), openMenu, {}));
}

export function adminPanelKeyboard(ctx: BotContext): InlineKeyboard {
  const b = (key: string, codec: PageCodec) =>
    callbackButton(ctx.botIdentity, ctx.t(key), codec, { page: 0 });
  return InlineKeyboard.from([
    [b("crm-admin-sessions", sessionsPage), b("crm-admin-otps", otpsPage)],
    [b("crm-admin-audit", auditPage)],
    [callbackButton(ctx.botIdentity, ctx.t("crm-back-menu"), openMenu, {})],
  ]);
}

/**
 * A list page's keyboard: `entries` (one button per row), then ‹ › when there are several
 * pages, then back to the admin panel.
 */
export function listKeyboard(
  ctx: BotContext,
  page: Page<unknown>,
  codec: PageCodec,
  entries: InlineKeyboardButton[] = [],
): InlineKeyboard {
  const pageButton = (text: string, to: number) => callbackButton(ctx.botIdentity, text, codec, { page: to });
  const nav: InlineKeyboardButton[] = [];
  if (page.page > 0) nav.push(pageButton(ctx.t("crm-page-prev"), page.page - 1));
  if (page.page < page.pages - 1) nav.push(pageButton(ctx.t("crm-page-next"), page.page + 1));
  return InlineKeyboard.from([
    ...entries.map((button) => [button]),
    ...(nav.length > 0 ? [nav] : []),
    [callbackButton(ctx.botIdentity, ctx.t("crm-admin-back"), openAdminPanel, {})],
  ]);
}

/** An entry's button label: its number on the list and a name, cut (plain text). */
export const entryLabel = (symbol: string, n: number, name: string) => `${symbol} ${n}. ${cut(name, 28)}`;
