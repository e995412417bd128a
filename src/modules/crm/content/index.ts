/**
 * crm's content screens: browse, search, filter, create, edit and delete for the twelve Tabys
 * content types. The core (sign-in, session, menu) builds the deps and installs the features;
 * its menu shows `moduleButton` for each module the user's role may read.
 *
 * Read on: types/ (the twelve types as data) → domain/ (pure: caption cutting, field input,
 * list shapes, language pick) → contentApi.ts (the backend) → views/ (HTML and buttons) →
 * features/ (handlers and forms) → ../locales/*.content.ftl.
 */
import type { Composer } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { callbackButton } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import type { CrmModule } from "../domain/rbac.js";
import { firstPage, openList } from "./callbacks.js";
import { createContent } from "./contentRuntime.js";
import type { ContentDeps } from "./deps.js";
import { browseFeature } from "./features/browse.js";
import { createFeature } from "./features/createForms.js";
import { deleteFeature } from "./features/deleteItem.js";
import { editFeature } from "./features/editForms.js";
import { searchFeature } from "./features/searchForm.js";
import { typeOf } from "./types/catalog.js";
import { typeName } from "./views/listView.js";

export type { ContentDeps } from "./deps.js";

/** The content screens' handlers and forms, for one crm instance. */
export function contentFeatures(deps: ContentDeps): Composer<BotContext>[] {
  const content = createContent(deps);
  return [
    browseFeature(content),
    searchFeature(content),
    createFeature(content),
    editFeature(content),
    deleteFeature(content),
  ];
}

/** The menu's button opening a module's list (or carousel): "📅 Events". */
export function moduleButton(ctx: BotContext, module: CrmModule): InlineKeyboardButton {
  return callbackButton(ctx.botIdentity, typeName(ctx, typeOf(module)), openList, firstPage(module));
}
