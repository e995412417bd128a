/**
 * Browsing: a list type's numbered pages and detail views, a carousel type's one item at a time
 * (photo and caption, ‹ › editing the same message), "More" for an item's whole text, and the
 * filter's values. One backend request per screen: a list page is `page` of 10, a carousel step
 * is `page` of 1 (the item and the count in one answer). Every button is guarded by the module's
 * read permission.
 */
import { Composer } from "grammy";
import { onCallback } from "../../../../kernel/callbacks.js";
import type { BotContext } from "../../../../kernel/context.js";
import {
  chooseFilter,
  type ListState,
  moduleAt,
  NO_SEARCH,
  openItem,
  openList,
  showMore,
} from "../callbacks.js";
import type { Content } from "../contentRuntime.js";
import type { ContentItem } from "../domain/listShape.js";
import { typeOf } from "../types/catalog.js";
import { fieldOf, type TypeSpec } from "../types/typeSpec.js";
import { enumLabel, fieldLabel } from "../views/fieldValues.js";
import { captionOf, detailOf, fullText } from "../views/itemViews.js";
import {
  carouselKeyboard,
  detailKeyboard,
  filterKeyboard,
  itemKeyboard,
  listKeyboard,
  toolRows,
} from "../views/keyboards.js";
import { emptyText, type ListLens, lensLines, listText } from "../views/listView.js";
import { orTell } from "./backendRefusals.js";
import { answerPress, isNotModified, sendLong, showText } from "./present.js";
import { recallSearch } from "./searches.js";

/** Items on a list page. */
const PAGE_SIZE = 10;

interface Lens {
  /** The state with a forgotten search or an unknown filter dropped. */
  state: ListState;
  lens: ListLens;
  search?: string;
  filter?: string;
  /** The search the buttons named is forgotten (the list is shown without it). */
  expired: boolean;
}

async function lensOf(content: Content, ctx: BotContext, type: TypeSpec, asked: ListState): Promise<Lens> {
  let state = asked;
  const lens: ListLens = {};
  const out: Lens = { state, lens, expired: false };
  if (asked.q !== NO_SEARCH) {
    const search = await recallSearch(content.deps, asked.q);
    if (search === undefined) {
      state = { ...state, q: NO_SEARCH, p: 1 };
      out.expired = true;
    } else {
      out.search = search;
      lens.query = search;
    }
  }
  const field = type.filter ? fieldOf(type, type.filter) : undefined;
  const value = asked.f > 0 ? field?.values?.[asked.f - 1] : undefined;
  if (field && value !== undefined) {
    out.filter = value;
    lens.filter = { label: fieldLabel(ctx, field.name), value: enumLabel(ctx, field, value) };
  } else if (asked.f !== 0) state = { ...state, f: 0 };
  out.state = state;
  return out;
}

/** A carousel at its item `state.p`; past the end (items were deleted) its last item. */
async function showCarousel(content: Content, ctx: BotContext, type: TypeSpec, view: Lens): Promise<void> {
  const query = { pageSize: 1, search: view.search, filter: view.filter };
  let state = view.state;
  let page = await content.api.list(ctx, type, { ...query, page: state.p });
  if (page.items.length === 0 && page.total && state.p > page.total) {
    state = { ...state, p: page.total };
    page = await content.api.list(ctx, type, { ...query, page: state.p });
  }
  const item = page.items[0];
  if (!item) {
    const text = [...lensLines(ctx, type, view.lens), "", emptyText(ctx, view.lens, 1)].join("\n");
    await showText(ctx, text, toolRows(ctx, type, state));
    return;
  }
  const notice = lensLines(ctx, type, view.lens).slice(1).join("\n") || undefined;
  const caption = captionOf(ctx, type, item, notice);
  const keyboard = carouselKeyboard(ctx, type, item.id, state, page.total, caption.cut);
  await content.photos.show(ctx, type.photo ? item[type.photo] : undefined, caption.html, keyboard);
}

/** The list (or the carousel's item) a button names; the press is answered. */
export async function showList(content: Content, ctx: BotContext, asked: ListState): Promise<void> {
  const type = typeOf(moduleAt(asked.m));
  const view = await lensOf(content, ctx, type, asked);
  if (type.carousel) await showCarousel(content, ctx, type, view);
  else {
    const { state, search, filter } = view;
    const page = await content.api.list(ctx, type, { page: state.p, pageSize: PAGE_SIZE, search, filter });
    await showText(ctx, listText(ctx, type, page, view.lens), listKeyboard(ctx, type, page, state));
  }
  await answerPress(ctx, view.expired ? ctx.t("crm-content-search-expired") : undefined, view.expired);
}

/** One item on its own, as a new message, after it was created or changed; `notice` (HTML) above it. */
export async function showItem(
  content: Content,
  ctx: BotContext,
  type: TypeSpec,
  item: ContentItem,
  notice?: string,
): Promise<void> {
  if (type.carousel) {
    const caption = captionOf(ctx, type, item, notice);
    const photo = type.photo ? item[type.photo] : undefined;
    await content.photos.show(ctx, photo, caption.html, itemKeyboard(ctx, type, item.id, caption.cut), {
      fresh: true,
    });
    return;
  }
  const detail = detailOf(ctx, type, item, notice);
  await showText(ctx, detail.html, itemKeyboard(ctx, type, item.id, detail.cut), { fresh: true });
}

export function browseFeature(content: Content): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const read = (ctx: BotContext, m: number, run: (type: TypeSpec) => Promise<void>) => {
    const type = typeOf(moduleAt(m));
    return content.guarded(ctx, type.module, "read", () => run(type));
  };

  onCallback(feature, openList, (ctx, state) => read(ctx, state.m, () => showList(content, ctx, state)));

  onCallback(feature, openItem, (ctx, { id, ...state }) =>
    read(ctx, state.m, async (type) => {
      const item = await orTell(ctx, () => content.api.get(ctx, type, id));
      if (!item) return;
      const detail = detailOf(ctx, type, item);
      await showText(ctx, detail.html, detailKeyboard(ctx, type, item.id, state, detail.cut));
      await answerPress(ctx);
    }),
  );

  onCallback(feature, showMore, (ctx, { m, id }) =>
    read(ctx, m, async (type) => {
      const item = await orTell(ctx, () => content.api.get(ctx, type, id));
      if (!item) return;
      await answerPress(ctx);
      await sendLong(ctx, fullText(ctx, type, item));
    }),
  );

  onCallback(feature, chooseFilter, (ctx, state) =>
    read(ctx, state.m, async (type) => {
      await ctx
        .editMessageReplyMarkup({ reply_markup: { inline_keyboard: filterKeyboard(ctx, type, state) } })
        .catch((error: unknown) => {
          if (!isNotModified(error)) throw error;
        });
      await answerPress(ctx);
    }),
  );

  return feature;
}
