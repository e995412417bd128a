/**
 * Creating an item: one form per type (`crm-n-<type>`), its steps generated from the type's
 * fields, then a preview of the item as it will read and Confirm / Edit / Cancel, then the POST.
 * An end before its start is caught before the backend is asked. Only a role that may create
 * sees the New button; the press and the submit are both guarded.
 */
import { Composer } from "grammy";
import { onCallback } from "../../../../kernel/callbacks.js";
import type { BotContext } from "../../../../kernel/context.js";
import { defineForm, type Form } from "../../../../kernel/forms/index.js";
import type { CrmModule } from "../../domain/rbac.js";
import { CRM } from "../../runtime.js";
import { moduleAt, startCreate } from "../callbacks.js";
import type { Content } from "../contentRuntime.js";
import { cutVisible } from "../domain/captionCut.js";
import { endBeforeStart } from "../domain/fieldInput.js";
import { CONTENT_TYPES, typeOf } from "../types/catalog.js";
import { allBackendFields, backendField, type TypeSpec } from "../types/typeSpec.js";
import { backendLabel } from "../views/fieldValues.js";
import { fullText } from "../views/itemViews.js";
import { addFieldSteps, backendValues, formSlug } from "./fieldSteps.js";
import { HTML } from "./present.js";
import { performWrite } from "./writeOutcome.js";

/** The preview is cut to this (the summary's other lines and the buttons need the rest). */
const PREVIEW_LIMIT = 3500;

// biome-ignore lint/suspicious/noExplicitAny: the form's answers, by field name
type Answers = Record<string, any>;

/** The confirmation: the item as it will read, and whether a photo is attached. */
function preview(ctx: BotContext, type: TypeSpec, answers: Answers): string {
  const values = backendValues(type, answers);
  const lines = [
    ctx.t("crm-content-preview"),
    "",
    cutVisible(fullText(ctx, type, { ...values, id: 0 }), PREVIEW_LIMIT),
  ];
  if (type.photo && values[type.photo]) lines.push("", ctx.t("crm-content-photo-attached"));
  return lines.join("\n");
}

function createForm(content: Content, type: TypeSpec) {
  const steps = allBackendFields(type).map((f) => f.key);
  const base = defineForm({ id: `crm-n-${formSlug(type)}`, module: CRM, prefix: "cr" });
  return addFieldSteps(base, content, type, "create")
    .confirm({ summary: (ctx: BotContext, answers: Answers) => preview(ctx, type, answers) })
    .submit(async (ctx: BotContext, answers: Answers) => {
      const values = backendValues(type, answers);
      const misordered = endBeforeStart(type.order, values);
      if (misordered) {
        const field = backendField(type, misordered)!;
        await ctx.reply(ctx.t("crm-content-end-before-start", { field: backendLabel(ctx, field) }), HTML);
        return { retry: misordered, prompt: true, only: true };
      }
      // A role that lost the right since the form started is refused (and audited) by the guard.
      let outcome: Awaited<ReturnType<typeof performWrite>> | undefined;
      await content.guarded(ctx, type.module, "create", async () => {
        outcome = await performWrite(content, ctx, type, {
          operation: "create",
          steps,
          lastStep: steps.at(-1)!,
          run: () => content.api.create(ctx, type, values),
          done: "crm-content-created",
        });
      });
      return outcome;
    });
}

export function createFeature(content: Content): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const forms = new Map<CrmModule, Form<Answers>>(
    CONTENT_TYPES.map((type) => [type.module, createForm(content, type)]),
  );

  onCallback(feature, startCreate, async (ctx, { m }) => {
    const type = typeOf(moduleAt(m));
    await content.guarded(ctx, type.module, "create", async () => {
      await ctx.answerCallbackQuery().catch(() => undefined);
      await forms.get(type.module)!.start(ctx);
    });
  });
  for (const form of forms.values()) feature.use(form.feature);
  return feature;
}
