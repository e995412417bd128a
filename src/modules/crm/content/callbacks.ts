/**
 * Every button of the content screens (`cr.c…`; the core has `cr.m…`, `cr.a…`, `cr.o…`, and the
 * forms `cr.f`). A button carries what it acts on: the module (by its place in `CRM_MODULES`), an
 * item id, and the list it came from (page, filter, search), so Back finds the same page after a
 * restart. A search's text is too long and too free for a button: it is stored, and the button
 * carries its key (`searchRef`).
 */
import { defineCallback, id, int } from "../../../kernel/callbackData.js";
import { CRM_MODULES, type CrmModule } from "../domain/rbac.js";

const module = int(0, CRM_MODULES.length - 1);
const itemId = int(1, 2 ** 31 - 1);
/** 1-based; for a carousel, the item's place in the list. */
const page = int(1, 99_999);
/** 0: no filter; n: the filter field's n-th value. */
const filter = int(0, 35);
/** A stored search's key, or `NO_SEARCH`. */
const search = id(8);

export const NO_SEARCH = "-";

/** Where a list is: which page, filtered how, searched for what. */
export interface ListState {
  m: number;
  p: number;
  f: number;
  q: string;
}

export const moduleIndex = (name: CrmModule): number => CRM_MODULES.indexOf(name);
export const moduleAt = (index: number): CrmModule => CRM_MODULES[index]!;

/** The first page of a module's list, unfiltered. */
export const firstPage = (name: CrmModule): ListState => ({ m: moduleIndex(name), p: 1, f: 0, q: NO_SEARCH });

/** Shows a page of a list, or a carousel's item at that place (edits the pressed message when it can). */
export const openList = defineCallback("cr.cl", 1, { m: module, p: page, f: filter, q: search });

/** A list type's detail view of an item; Back returns to the list it was opened from. */
export const openItem = defineCallback("cr.ci", 1, { m: module, id: itemId, p: page, f: filter, q: search });

/** The whole text of an item, as new messages. */
export const showMore = defineCallback("cr.cm", 1, { m: module, id: itemId });

/** Swaps the buttons for the filter's values (each an `openList` with it set); Back restores the list. */
export const chooseFilter = defineCallback("cr.cf", 1, { m: module, p: page, f: filter, q: search });

/** Asks for a search (a title fragment). */
export const startSearch = defineCallback("cr.cs", 1, { m: module });

/** Starts the create form. */
export const startCreate = defineCallback("cr.cn", 1, { m: module });

/** Starts the edit form of an item (which field, then its new value). */
export const startEdit = defineCallback("cr.ce", 1, { m: module, id: itemId });

/** "Delete «…»?" with Yes / No. */
export const askDelete = defineCallback("cr.cd", 1, { m: module, id: itemId });

/** Yes: deletes the item. */
export const confirmDelete = defineCallback("cr.cy", 1, { m: module, id: itemId });

/** No: nothing is deleted. */
export const keepItem = defineCallback("cr.ck", 1, { m: module, id: itemId });
