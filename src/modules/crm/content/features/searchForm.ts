/**
 * Searching a list: Search asks for a fragment of a title (or a name) through a small form, then
 * shows the list (or the carousel) of what matches, the search kept on its buttons; nothing found
 * is said so, with the search in quotes. The press and the answer are guarded by read.
 */
import { Composer } from "grammy";
import { z } from "zod";
import { onCallback } from "../../../../kernel/callbacks.js";
import type { BotContext } from "../../../../kernel/context.js";
import { defineForm } from "../../../../kernel/forms/index.js";
import { CRM_MODULES } from "../../domain/rbac.js";
import { CRM } from "../../runtime.js";
import { moduleAt, moduleIndex, startSearch } from "../callbacks.js";
import type { Content } from "../contentRuntime.js";
import { typeOf } from "../types/catalog.js";
import { typeKey } from "../views/fieldValues.js";
import { showList } from "./browse.js";
import { answerPress } from "./present.js";
import { rememberSearch } from "./searches.js";

/** A search is 2 to 100 characters (the backend matches a substring of the title). */
const SEARCH_MIN = 2;
const SEARCH_MAX = 100;

export function searchFeature(content: Content): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const form = defineForm({ id: "crm-search", module: CRM, prefix: "cr" })
    // Given when the form starts, never asked.
    .text("module", { schema: z.enum(CRM_MODULES), prompt: "crm-content-search-ask" })
    .text("query", {
      schema: z.string().trim().min(SEARCH_MIN).max(SEARCH_MAX),
      invalid: () => ({ key: "crm-content-search-invalid", args: { min: SEARCH_MIN, max: SEARCH_MAX } }),
      prompt: (ctx, { module }) => ctx.t("crm-content-search-ask", { type: ctx.t(typeKey(module)) }),
    })
    .submit(async (ctx, { module, query }) => {
      const m = moduleIndex(module);
      await content.guarded(ctx, module, "read", async () => {
        const q = await rememberSearch(content.deps, query);
        ctx.log.info({ module, length: query.length }, "crm content: search");
        await showList(content, ctx, { m, p: 1, f: 0, q });
      });
      return undefined;
    });

  onCallback(feature, startSearch, (ctx, { m }) => {
    const type = typeOf(moduleAt(m));
    return content.guarded(ctx, type.module, "read", async () => {
      await answerPress(ctx);
      await form.start(ctx, { module: type.module }, { fixed: true });
    });
  });
  feature.use(form.feature);
  return feature;
}
