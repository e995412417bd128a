/**
 * erp's keyboards. Button texts are plain text (not HTML): names go in as they are, cut, never
 * through the escaping `t` with a variable. Buttons carry the company (and filter, page, invoice)
 * they act on; ids too long for a button are remembered by the features before drawing.
 */
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { callbackButton } from "../../kernel/callbacks.js";
import type { BotContext } from "../../kernel/context.js";
import { cut } from "../../kernel/html.js";
import {
  companyPage,
  digestHour,
  digestOff,
  digestZone,
  digestZones,
  exportInvoices,
  filterCode,
  invoiceDetail,
  invoicePage,
  type NextStep,
  openAgingChart,
  openDashboard,
  openTreasury,
  relinkAnswer,
  selectCompany,
  unlinkAnswer,
} from "./callbacks.js";
import type { Page } from "./domain/companies.js";
import { DIGEST_HOURS, hourText, TIME_ZONES } from "./domain/digestTimes.js";
import { type InvoiceFilter, invoiceName } from "./domain/invoices.js";
import type { Company, InvoicePage } from "./erpSchemas.js";

/** Buttons in rows of `width`. */
function rows<T>(items: readonly T[], width: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += width) out.push(items.slice(i, i + width));
  return out;
}

/** The picker: one company per row, then ‹ › when there are several pages. */
export function companyPickerKeyboard(
  ctx: BotContext,
  page: Page<Company>,
  query: string,
  next: NextStep,
): InlineKeyboard {
  const entries = page.items.map((c) => [
    callbackButton(
      ctx.botIdentity,
      `🏢 ${cut(c.name, 40)}${c.cui ? ` · ${cut(c.cui, 14)}` : ""}`,
      selectCompany,
      { c: c.id, next },
    ),
  ]);
  const nav: InlineKeyboardButton[] = [];
  const to = (text: string, p: number) =>
    callbackButton(ctx.botIdentity, text, companyPage, { q: query, page: p, next });
  if (page.page > 0) nav.push(to(ctx.t("erp-page-prev"), page.page - 1));
  if (page.page < page.pages - 1) nav.push(to(ctx.t("erp-page-next"), page.page + 1));
  return InlineKeyboard.from([...entries, ...(nav.length > 0 ? [nav] : [])]);
}

/** Under /companies: open the picker. */
export const chooseCompanyKeyboard = (ctx: BotContext): InlineKeyboard =>
  new InlineKeyboard().add(
    callbackButton(ctx.botIdentity, ctx.t("erp-btn-choose-company"), companyPage, {
      q: "",
      page: 0,
      next: "n",
    }),
  );

/** Under the dashboard: the chart, the unpaid invoices, the treasury, refresh. */
export function dashboardKeyboard(ctx: BotContext, c: string): InlineKeyboard {
  const { botIdentity: bot } = ctx;
  return InlineKeyboard.from([
    [
      callbackButton(bot, ctx.t("erp-btn-aging"), openAgingChart, { c }),
      callbackButton(bot, ctx.t("erp-btn-unpaid"), invoicePage, {
        c,
        f: filterCode("unpaid"),
        page: 0,
        edit: false,
      }),
    ],
    [
      callbackButton(bot, ctx.t("erp-btn-treasury"), openTreasury, { c, edit: false }),
      callbackButton(bot, ctx.t("erp-btn-refresh"), openDashboard, { c, edit: true }),
    ],
  ]);
}

/** Under the chart: back to the dashboard (a new message). */
export const toDashboardKeyboard = (ctx: BotContext, c: string): InlineKeyboard =>
  new InlineKeyboard().add(
    callbackButton(ctx.botIdentity, ctx.t("erp-btn-dashboard"), openDashboard, { c, edit: false }),
  );

/** Under the treasury: the dashboard, and Refresh. */
export const treasuryKeyboard = (ctx: BotContext, c: string): InlineKeyboard =>
  new InlineKeyboard()
    .add(callbackButton(ctx.botIdentity, ctx.t("erp-btn-dashboard"), openDashboard, { c, edit: false }))
    .add(callbackButton(ctx.botIdentity, ctx.t("erp-btn-refresh"), openTreasury, { c, edit: true }));

const FILTER_BUTTONS: readonly InvoiceFilter[] = ["all", "unpaid", "paid", "overdue"];

/**
 * Under a page of invoices: the page's invoices (two per row), ‹ ›, the filters (the current one
 * marked), and the exports when there is something to export.
 */
export function invoiceListKeyboard(
  ctx: BotContext,
  companyId: string,
  filter: InvoiceFilter,
  page: InvoicePage,
): InlineKeyboard {
  const f = filterCode(filter);
  const current = page.page - 1;
  const entries = page.items.map((invoice) =>
    callbackButton(ctx.botIdentity, `🧾 ${cut(invoiceName(invoice), 24)}`, invoiceDetail, {
      c: companyId,
      f,
      page: current,
      i: invoice.id,
    }),
  );
  const nav: InlineKeyboardButton[] = [];
  const to = (text: string, p: number) =>
    callbackButton(ctx.botIdentity, text, invoicePage, { c: companyId, f, page: p, edit: true });
  if (current > 0) nav.push(to(ctx.t("erp-page-prev"), current - 1));
  if (page.page < page.pages) nav.push(to(ctx.t("erp-page-next"), current + 1));
  const filters = FILTER_BUTTONS.map((each) =>
    callbackButton(
      ctx.botIdentity,
      `${each === filter ? "• " : ""}${ctx.t(`erp-btn-filter-${each}`)}`,
      invoicePage,
      { c: companyId, f: filterCode(each), page: 0, edit: true },
    ),
  );
  const exports =
    page.total > 0
      ? [
          [
            callbackButton(ctx.botIdentity, ctx.t("erp-btn-csv"), exportInvoices, {
              c: companyId,
              f,
              as: "csv",
            }),
            callbackButton(ctx.botIdentity, ctx.t("erp-btn-pdf"), exportInvoices, {
              c: companyId,
              f,
              as: "pdf",
            }),
          ],
        ]
      : [];
  return InlineKeyboard.from([
    ...rows(entries, 2),
    ...(nav.length > 0 ? [nav] : []),
    ...rows(filters, 4),
    ...exports,
  ]);
}

/** Under an invoice: back to its page of the list. */
export const invoiceDetailKeyboard = (
  ctx: BotContext,
  companyId: string,
  filter: InvoiceFilter,
  page: number,
): InlineKeyboard =>
  new InlineKeyboard().add(
    callbackButton(ctx.botIdentity, ctx.t("erp-btn-back-list"), invoicePage, {
      c: companyId,
      f: filterCode(filter),
      page,
      edit: true,
    }),
  );

export const relinkKeyboard = (ctx: BotContext): InlineKeyboard =>
  new InlineKeyboard()
    .add(callbackButton(ctx.botIdentity, ctx.t("erp-relink-yes"), relinkAnswer, { yes: true }))
    .add(callbackButton(ctx.botIdentity, ctx.t("erp-relink-no"), relinkAnswer, { yes: false }));

export const unlinkKeyboard = (ctx: BotContext): InlineKeyboard =>
  new InlineKeyboard()
    .add(callbackButton(ctx.botIdentity, ctx.t("erp-unlink-yes"), unlinkAnswer, { yes: true }))
    .add(callbackButton(ctx.botIdentity, ctx.t("erp-unlink-no"), unlinkAnswer, { yes: false }));

/** The digest's settings: the hours (the current one marked), the zone, and off when it is on. */
export function digestKeyboard(ctx: BotContext, hour: number | undefined, timeZone: string): InlineKeyboard {
  const hours = DIGEST_HOURS.map((h) =>
    callbackButton(ctx.botIdentity, `${h === hour ? "• " : ""}${hourText(h)}`, digestHour, { h: String(h) }),
  );
  const last: InlineKeyboardButton[] = [callbackButton(ctx.botIdentity, `🌍 ${timeZone}`, digestZones, {})];
  if (hour !== undefined)
    last.push(callbackButton(ctx.botIdentity, ctx.t("erp-btn-digest-off"), digestOff, {}));
  return InlineKeyboard.from([...rows(hours, 4), last]);
}

/** The zones, two per row, the current one marked. */
export const zonesKeyboard = (ctx: BotContext, current: string): InlineKeyboard =>
  InlineKeyboard.from(
    rows(
      TIME_ZONES.map((zone, z) =>
        callbackButton(ctx.botIdentity, `${zone === current ? "• " : ""}${zone}`, digestZone, { z }),
      ),
      2,
    ),
  );
