/**
 * Sends one user's daily overdue digest (the cron job `/digest` scheduled in their zone): the
 * overdue invoices of the company they chose, read with their token, in their language, paced by
 * the bot's send scheduler (`sends.wait`). A link that ended, a company they may no longer see or
 * a chat that blocked the bot stops the digest (they are told when they can be).
 */
import { GrammyError } from "grammy";
import { z } from "zod";
import { callbackButton } from "../../../kernel/callbacks.js";
import { normalizeLanguage } from "../../../kernel/i18n.js";
import { rememberIds } from "../../../kernel/idRefs.js";
import { BackendError } from "../../../platform/http/backendError.js";
import { filterCode, invoicePage, packsWithoutRef } from "../callbacks.js";
import { digestScheduleId, type Erp, forgetAccount } from "../runtime.js";
import { NotLinkedError } from "../store/notLinkedError.js";
import type { DigestSetting } from "../store/userState.js";
import { digestText } from "../views/digestViews.js";
import { formatsFor, HTML } from "../views/format.js";

const jobData = z.object({ userId: z.number().int() });

/** Stops a user's digest and its schedule. */
async function stop(erp: Erp, userId: number): Promise<void> {
  await erp.state.clearDigest(userId);
  await erp.services.jobs.cancel(digestScheduleId(erp, userId));
}

async function send(erp: Erp, userId: number, text: string, setting?: DigestSetting): Promise<void> {
  const t = (key: string) => erp.bot.translate(setting?.language, key);
  const keyboard = setting && {
    inline_keyboard: [
      [
        callbackButton(erp.bot, t("erp-btn-overdue"), invoicePage, {
          c: setting.company.id,
          f: filterCode("overdue"),
          page: 0,
          edit: false,
        }),
      ],
    ],
  };
  if (setting && !packsWithoutRef(setting.company.id))
    await rememberIds(erp.services.storage, [setting.company.id]);
  await erp.sends.wait(userId);
  try {
    await erp.api.sendMessage(userId, text, { ...HTML, ...(keyboard ? { reply_markup: keyboard } : {}) });
  } catch (error) {
    // Blocked, or the chat is gone: nobody is left to read it.
    if (error instanceof GrammyError && error.error_code === 403) await stop(erp, userId);
    else throw error;
  }
}

export async function runDigest(erp: Erp, data: unknown): Promise<void> {
  const parsed = jobData.safeParse(data);
  if (!parsed.success) return;
  const { userId } = parsed.data;
  const setting = await erp.state.digest(userId);
  if (!setting) return stop(erp, userId);
  if (!erp.config.MODULE_TELEGRAM_ENABLED) return;
  const language = normalizeLanguage(setting.language) ?? "en";
  const translate = (key: string, variables?: Record<string, string | number | Date>) =>
    erp.bot.translate(language, key, variables);
  let overdue: Awaited<ReturnType<Erp["client"]["allInvoices"]>>;
  try {
    overdue = await erp.links.authorized(userId, (token) =>
      erp.client.allInvoices(token, setting.company.id, "overdue"),
    );
  } catch (error) {
    if (error instanceof NotLinkedError) {
      await forgetAccount(erp, userId);
      if (error.reason === "ended") await send(erp, userId, translate("erp-digest-stopped-link"));
      return;
    }
    if (error instanceof BackendError && error.kind === "forbidden") {
      await stop(erp, userId);
      await send(erp, userId, translate("erp-digest-stopped-company"));
      return;
    }
    throw error;
  }
  const f = formatsFor(language, setting.timeZone);
  await send(erp, userId, digestText(translate, f, setting.company, overdue.items, erp.now()), setting);
  erp.logger.debug({ userId, overdue: overdue.items.length }, "erp: digest sent");
}
