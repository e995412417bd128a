/**
 * The content screens' buttons. Write buttons (New, Edit, Delete) appear only for a role that may
 * use them; their handlers check again. Labels are plain text, so item numbers and the like go in
 * as they are, never through the HTML-escaping `t`.
 */
import type { InlineKeyboardButton } from "grammy/types";
import { callbackButton } from "../../../../kernel/callbacks.js";
import type { BotContext } from "../../../../kernel/context.js";
import { openMenu } from "../../callbacks.js";
import { action, type CrmModule } from "../../domain/rbac.js";
import {
  askDelete,
  chooseFilter,
  confirmDelete,
  firstPage,
  keepItem,
  type ListState,
  moduleIndex,
  NO_SEARCH,
  openItem,
  openList,
  showMore,
  startCreate,
  startEdit,
  startSearch,
} from "../callbacks.js";
import type { ContentPage } from "../domain/listShape.js";
import { fieldOf, publicUrl, type TypeSpec } from "../types/typeSpec.js";
import { enumLabel } from "./fieldValues.js";

type Rows = InlineKeyboardButton[][];
type Button = InlineKeyboardButton;

const ITEMS_PER_ROW = 5;
const FILTERS_PER_ROW = 2;

const may = (ctx: BotContext, module: CrmModule, operation: "create" | "update" | "delete") =>
  ctx.can("crm", action(module, operation));

/** Back to the core's main menu. */
export const menuButton = (ctx: BotContext): Button =>
  callbackButton(ctx.botIdentity, ctx.t("crm-content-btn-menu"), openMenu, {});

/** The first page of a module's list (or its carousel's first item). */
export const listButton = (ctx: BotContext, type: TypeSpec, label = ctx.t("crm-content-btn-list")): Button =>
  callbackButton(ctx.botIdentity, label, openList, firstPage(type.module));

/** Search, Filter (or Clear search), New, Menu: under every list and carousel (and an empty one). */
export function toolRows(ctx: BotContext, type: TypeSpec, state: ListState): Rows {
  const m = state.m;
  const tools: Button[] = [
    callbackButton(ctx.botIdentity, ctx.t("crm-content-btn-search"), startSearch, { m }),
  ];
  if (type.filter)
    tools.push(callbackButton(ctx.botIdentity, ctx.t("crm-content-btn-filter"), chooseFilter, state));
  const rows: Rows = [tools];
  if (state.q !== NO_SEARCH) {
    rows.push([
      callbackButton(ctx.botIdentity, ctx.t("crm-content-btn-clear-search"), openList, {
        ...state,
        p: 1,
        q: NO_SEARCH,
      }),
    ]);
  }
  if (may(ctx, type.module, "create"))
    rows.push([callbackButton(ctx.botIdentity, ctx.t("crm-content-btn-new"), startCreate, { m })]);
  rows.push([menuButton(ctx)]);
  return rows;
}

/** A list page: one button per item (its number), paging, tools. */
export function listKeyboard(ctx: BotContext, type: TypeSpec, page: ContentPage, state: ListState): Rows {
  const first = (page.page - 1) * page.pageSize;
  const numbers = page.items.map((item, i) =>
    callbackButton(ctx.botIdentity, String(first + i + 1), openItem, { ...state, id: item.id }),
  );
  const rows: Rows = [];
  for (let i = 0; i < numbers.length; i += ITEMS_PER_ROW) rows.push(numbers.slice(i, i + ITEMS_PER_ROW));
  const paging: Button[] = [];
  if (page.page > 1)
    paging.push(callbackButton(ctx.botIdentity, "‹", openList, { ...state, p: page.page - 1 }));
  if (page.hasMore)
    paging.push(callbackButton(ctx.botIdentity, "›", openList, { ...state, p: page.page + 1 }));
  if (paging.length > 0) rows.push(paging);
  return [...rows, ...toolRows(ctx, type, state)];
}

/** More (when the text was cut), the public page, Edit and Delete (as the role allows). */
function itemRows(ctx: BotContext, type: TypeSpec, id: number, cut: boolean): Rows {
  const m = moduleIndex(type.module);
  const rows: Rows = [];
  const read: Button[] = [];
  if (cut) read.push(callbackButton(ctx.botIdentity, ctx.t("crm-content-btn-more"), showMore, { m, id }));
  const url = publicUrl(type, id);
  if (url) read.push({ text: ctx.t("crm-content-btn-site"), url });
  if (read.length > 0) rows.push(read);
  const write: Button[] = [];
  if (may(ctx, type.module, "update"))
    write.push(callbackButton(ctx.botIdentity, ctx.t("crm-content-btn-edit"), startEdit, { m, id }));
  if (may(ctx, type.module, "delete"))
    write.push(callbackButton(ctx.botIdentity, ctx.t("crm-content-btn-delete"), askDelete, { m, id }));
  if (write.length > 0) rows.push(write);
  return rows;
}

/**
 * A carousel's item at `place` of `total` (unknown for a list without a count): ‹ place/total ›
 * (wrapping around; the middle one shows the item again, fresh), then the item's and the list's
 * buttons.
 */
export function carouselKeyboard(
  ctx: BotContext,
  type: TypeSpec,
  id: number,
  state: ListState,
  total: number | undefined,
  cut: boolean,
): Rows {
  const bot = ctx.botIdentity;
  const place = state.p;
  const last = total ?? place + 1;
  const nav: Button[] = [];
  if (last > 1) nav.push(callbackButton(bot, "‹", openList, { ...state, p: place > 1 ? place - 1 : last }));
  nav.push(callbackButton(bot, total === undefined ? String(place) : `${place}/${total}`, openList, state));
  if (last > 1) nav.push(callbackButton(bot, "›", openList, { ...state, p: place < last ? place + 1 : 1 }));
  return [nav, ...itemRows(ctx, type, id, cut), ...toolRows(ctx, type, state)];
}

/** A list type's detail view: the item's buttons, Back to the list it came from, the menu. */
export function detailKeyboard(
  ctx: BotContext,
  type: TypeSpec,
  id: number,
  state: ListState,
  cut: boolean,
): Rows {
  return [
    ...itemRows(ctx, type, id, cut),
    [callbackButton(ctx.botIdentity, ctx.t("crm-content-btn-back"), openList, state), menuButton(ctx)],
  ];
}

/** One item shown on its own (after it was created or changed): its buttons, its list, the menu. */
export function itemKeyboard(ctx: BotContext, type: TypeSpec, id: number, cut: boolean): Rows {
  return [...itemRows(ctx, type, id, cut), [listButton(ctx, type), menuButton(ctx)]];
}

/** The filter's values (the current one ticked), All, and Back to the list as it was. */
export function filterKeyboard(ctx: BotContext, type: TypeSpec, state: ListState): Rows {
  const field = type.filter ? fieldOf(type, type.filter) : undefined;
  const values = field?.values ?? [];
  const tick = (label: string, f: number) => (state.f === f ? `✓ ${label}` : label);
  const options = values.map((value, i) =>
    callbackButton(ctx.botIdentity, tick(enumLabel(ctx, field!, value), i + 1), openList, {
      ...state,
      p: 1,
      f: i + 1,
    }),
  );
  const rows: Rows = [
    [
      callbackButton(ctx.botIdentity, tick(ctx.t("crm-content-filter-all"), 0), openList, {
        ...state,
        p: 1,
        f: 0,
      }),
    ],
  ];
  for (let i = 0; i < options.length; i += FILTERS_PER_ROW) rows.push(options.slice(i, i + FILTERS_PER_ROW));
  rows.push([callbackButton(ctx.botIdentity, ctx.t("crm-content-btn-back"), openList, state)]);
  return rows;
}

/** "Delete «…»?": Yes, delete / No, keep it. */
export function deleteKeyboard(ctx: BotContext, type: TypeSpec, id: number): Rows {
  const m = moduleIndex(type.module);
  return [
    [
      callbackButton(ctx.botIdentity, ctx.t("crm-content-btn-delete-yes"), confirmDelete, { m, id }),
      callbackButton(ctx.botIdentity, ctx.t("crm-content-btn-delete-no"), keepItem, { m, id }),
    ],
  ];
}
