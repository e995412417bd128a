/** Admin panel: the last 20 crm actions of this bot (sign-ins, revocations, writes, denials), ten a page. */
import { Composer } from "grammy";
import { onCallback } from "../../../../kernel/callbacks.js";
import type { BotContext } from "../../../../kernel/context.js";
import { auditPage } from "../../callbacks.js";
import { pageOf } from "../../domain/paging.js";
import { listKeyboard } from "../../keyboards.js";
import { CRM, type Crm } from "../../runtime.js";
import { auditText } from "../../views/adminViews.js";
import { editOrReply } from "../screens.js";
import { adminOnly } from "./panel.js";

const SHOWN = 20;
const PAGE_SIZE = 10;
/** Read past other bots' crm records (one store may serve several bots) to find this bot's last 20. */
const READ = 500;

export function adminAuditFeature(crm: Crm) {
  const feature = new Composer<BotContext>();
  onCallback(
    feature,
    auditPage,
    async (ctx, { page }) => {
      const records = (await crm.services.audit.query({ module: CRM, limit: READ }))
        .filter((record) => record.bot === crm.bot)
        .slice(0, SHOWN);
      const shown = pageOf(records, page, PAGE_SIZE);
      await editOrReply(ctx, auditText(ctx.t, shown, records.length), listKeyboard(ctx, shown, auditPage));
    },
    adminOnly(crm),
  );
  return feature;
}
