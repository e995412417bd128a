/**
 * Changing one field of an item: Edit on its view opens the type's edit form (`crm-e-<type>`)
 * for that item (fixed: not asked, not offered by Back): which field, then its new value with
 * the same checks as when creating, then the PATCH and the item as it now reads. The press and
 * the submit are guarded by the module's update permission.
 */
import { Composer } from "grammy";
import { z } from "zod";
import { onCallback } from "../../../../kernel/callbacks.js";
import type { BotContext } from "../../../../kernel/context.js";
import { defineForm, type Form } from "../../../../kernel/forms/index.js";
import type { CrmModule } from "../../domain/rbac.js";
import { CRM } from "../../runtime.js";
import { moduleAt, startEdit } from "../callbacks.js";
import type { Content } from "../contentRuntime.js";
import { CONTENT_TYPES, typeOf } from "../types/catalog.js";
import { allBackendFields, backendField, type TypeSpec } from "../types/typeSpec.js";
import { backendLabel } from "../views/fieldValues.js";
import { orTell } from "./backendRefusals.js";
import { addFieldSteps, backendValue, formSlug } from "./fieldSteps.js";
import { answerPress } from "./present.js";
import { performWrite } from "./writeOutcome.js";

// biome-ignore lint/suspicious/noExplicitAny: the form's answers, by field name
type Answers = Record<string, any>;

function editForm(content: Content, type: TypeSpec) {
  const fields = allBackendFields(type);
  const base = defineForm({ id: `crm-e-${formSlug(type)}`, module: CRM, prefix: "cr" })
    // Given when the form starts, never asked.
    .text("editItem", { schema: z.coerce.number().int().positive(), prompt: "crm-content-edit-field" })
    .choice("editField", {
      label: "crm-content-edit-field-label",
      columns: 2,
      perPage: fields.length,
      prompt: (ctx: BotContext) => ctx.t("crm-content-edit-field"),
      choices: (ctx: BotContext) => fields.map((bf) => ({ value: bf.key, label: backendLabel(ctx, bf) })),
    });
  return addFieldSteps(base, content, type, "edit").submit(async (ctx: BotContext, answers: Answers) => {
    const id = Number(answers.editItem);
    const key = String(answers.editField);
    const field = backendField(type, key);
    if (!field) return undefined;
    let outcome: Awaited<ReturnType<typeof performWrite>> | undefined;
    await content.guarded(ctx, type.module, "update", async () => {
      outcome = await performWrite(content, ctx, type, {
        operation: "update",
        id,
        steps: [key],
        lastStep: key,
        details: { field: key },
        run: () => content.api.update(ctx, type, id, { [key]: backendValue(field, answers[key]) }),
        done: "crm-content-saved",
      });
    });
    return outcome;
  });
}

export function editFeature(content: Content): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const forms = new Map<CrmModule, Form<Answers>>(
    CONTENT_TYPES.map((type) => [type.module, editForm(content, type)]),
  );

  onCallback(feature, startEdit, async (ctx, { m, id }) => {
    const type = typeOf(moduleAt(m));
    await content.guarded(ctx, type.module, "update", async () => {
      // The item must still be there before its fields are asked for.
      if (!(await orTell(ctx, () => content.api.get(ctx, type, id)))) return;
      await answerPress(ctx);
      await forms.get(type.module)!.start(ctx, { editItem: String(id) }, { fixed: true });
    });
  });
  for (const form of forms.values()) feature.use(form.feature);
  return feature;
}
