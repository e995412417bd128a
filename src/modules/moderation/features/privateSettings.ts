/**
 * Managing a group's settings from a private chat with the bot (Rose's "connections"): `/settings`
 * there, or the deep link `/start settings`, lists the groups where the user is an admin and the
 * bot is present (the group index, groupRegistry.ts); `/start settings_<chat id>` opens one group
 * at once (what a group's own `/settings` can link to). A group's menu shows every setting API V2
 * keeps, with a screen per section: toggles and choices are buttons, values are typed into forms
 * (settingsForms.ts). Every press checks again that the user is an admin of the group now, every
 * change is a PATCH through `mod.settings.update` (so this instance applies it at once, the others
 * within seconds), and the screen shows the settings as API V2 answered.
 */
import { Composer } from "grammy";
import { onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import type { GroupSettings } from "../apiV2Schemas.js";
import { parseSettingsPayload } from "../domain/settingsDeepLink.js";
import { EDITS, isAsk, isEdit, type Section } from "../domain/settingsEdits.js";
import type { Moderation } from "../runtime.js";
import { HTML, memberOf } from "../views.js";
import { adminAccess } from "./adminAccess.js";
import { setNightMode } from "./nightMode.js";
import { settingsForms } from "./settingsForms.js";
import { apiFailure, refusedByApi, settingsPress, showGroups, showSection } from "./settingsMenu.js";

/** The refusal of a user who may not manage `chatId` now, or undefined when they may. */
async function refusal(mod: Moderation, chatId: number, userId: number): Promise<string | undefined> {
  const access = await adminAccess(mod, chatId, userId);
  if (access === "admin") return undefined;
  return access === "gone" ? "mod-ps-bot-gone" : "mod-ps-not-admin";
}

export function privateSettingsFeature(mod: Moderation) {
  const feature = new Composer<BotContext>();
  const forms = settingsForms(mod);
  const inPrivate = feature.chatType("private");

  inPrivate.command("settings", (ctx) => showGroups(mod, ctx, 0, "reply"));

  // `/start settings…`: the router hands this module only the payloads its manifest claims.
  inPrivate.command("start", async (ctx, next) => {
    const payload = parseSettingsPayload(ctx.match.trim());
    if (!payload) return next();
    if (payload.chatId === undefined) return showGroups(mod, ctx, 0, "reply");
    const refused = await refusal(mod, payload.chatId, ctx.from.id);
    if (refused) return void (await ctx.reply(ctx.t(refused), HTML));
    try {
      await showSection(mod, ctx, payload.chatId, "main", "reply");
    } catch (error) {
      if (!apiFailure(error)) throw error;
      ctx.log.warn({ err: error }, "moderation: API V2 settings unavailable");
      await ctx.reply(ctx.t("mod-ps-api-down"), HTML);
    }
  });

  onCallback(feature, settingsPress, async (ctx, { chat, go, page }) => {
    // A press outside an open form ends it: what is typed next is no longer its answer.
    for (const form of Object.values(forms)) await form.end(ctx);
    const alert = (key: string) => ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: true });
    if (go === "groups" || chat === 0) {
      await showGroups(mod, ctx, page, "edit");
      return void (await ctx.answerCallbackQuery());
    }
    const refused = await refusal(mod, chat, ctx.callbackQuery?.from.id ?? 0);
    if (refused) return void (await alert(refused));
    if (isAsk(go)) {
      await ctx.answerCallbackQuery();
      return forms[go].start(ctx, { group: String(chat) }, { fixed: true, replace: true });
    }
    try {
      let settings: GroupSettings | undefined;
      let section = go as Section;
      let toast: string | undefined;
      if (go === "night-tog") {
        // As /nightmode does: recorded as `night_mode_on`/`off` in API V2, and the chat closed or
        // opened now when the window holds; the answer says which (or which right the bot lacks).
        const presser = ctx.callbackQuery!.from;
        const on = !(await mod.settings.fresh(chat)).night_mode.enabled;
        const answer = await setNightMode(mod, ctx, chat, memberOf(presser), on);
        section = "night";
        settings = await mod.settings.fresh(chat);
        if (settings.night_mode.enabled === on) toast = ctx.t("mod-ps-saved");
        await ctx.reply(answer, HTML);
      } else if (isEdit(go)) {
        const edit = EDITS[go];
        section = edit.section;
        const patch = edit.apply(await mod.settings.fresh(chat));
        if ("refused" in patch) return void (await alert(patch.refused));
        settings = await mod.settings.update(chat, patch);
        ctx.log.info({ chatId: chat, setting: go }, "moderation: a setting changed from the private menu");
        toast = ctx.t("mod-ps-saved");
      }
      await showSection(mod, ctx, chat, section, "edit", settings ? { settings } : {});
      await ctx.answerCallbackQuery(toast ? { text: toast } : undefined);
    } catch (error) {
      if (!apiFailure(error)) throw error;
      ctx.log.warn({ err: error, chatId: chat }, "moderation: API V2 settings unavailable");
      await alert(refusedByApi(error) ? "mod-ps-refused-press" : "mod-ps-api-down");
    }
  });

  for (const form of Object.values(forms)) feature.use(form.feature);
  return feature;
}
