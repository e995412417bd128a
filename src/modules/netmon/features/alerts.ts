/**
 * /alerts: which locations this chat (private or a team group) watches, with buttons to watch
 * the user's current location, stop watching, and turn the daily digest on or off
 * (`/alerts digest <hour|off>` sets another hour, UTC). Silence buttons under each alert pause
 * new alert messages for that location in that chat. In groups only administrators change
 * anything. Every change is audited.
 */
import { Composer } from "grammy";
import { onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { conditionsOf } from "../alerts/conditions.js";
import type { OpenCondition, Subscription } from "../alerts/subscriptionStore.js";
import {
  type SilenceChoice,
  setDigest,
  silenceAlerts,
  subscribeAlerts,
  unsilenceFromPanel,
  unsubscribeAlerts,
} from "../callbacks.js";
import { analyzeLocationHealth } from "../domain/locationHealth.js";
import { alertsKeyboard, silenceKeyboard, unsilenceKeyboard } from "../keyboards.js";
import type { Netmon } from "../runtime.js";
import { renderAlert, renderAlertsOverview } from "../views/alerts.js";
import { formatUtc } from "../views/format.js";
import { HTML, isNotModified, withPlumeAccess } from "./plumeAccess.js";
import { withProgress } from "./progress.js";

const SILENCE_MS: Record<Exclude<SilenceChoice, "off">, number> = {
  "1h": 3_600_000,
  "4h": 4 * 3_600_000,
  "24h": 24 * 3_600_000,
};

/** In a group, only its administrators manage alerts; in a private chat, the user does. */
async function mayManage(ctx: BotContext): Promise<boolean> {
  if (ctx.chat?.type === "private") return true;
  if (!ctx.from || !ctx.chat) return false;
  const member = await ctx.getChatMember(ctx.from.id);
  return member.status === "creator" || member.status === "administrator";
}

async function refuse(ctx: BotContext): Promise<void> {
  if (ctx.callbackQuery)
    await ctx.answerCallbackQuery({ text: ctx.t("netmon-alerts-admins-only"), show_alert: true });
  else await ctx.reply(ctx.t("netmon-alerts-admins-only"), HTML);
}

async function audit(ctx: BotContext, netmon: Netmon, action: string, target: string, details: object = {}) {
  await netmon.services.audit.record({
    bot: ctx.botIdentity.id,
    module: "netmon",
    actor: String(ctx.from?.id),
    action,
    target,
    details: { chatId: ctx.chat?.id, ...details },
    result: "ok",
  });
}

/** The /alerts text and buttons for this chat and user. */
async function overview(ctx: BotContext, netmon: Netmon) {
  const chatId = ctx.chat!.id;
  const userId = ctx.from!.id;
  const [subscriptions, digest, choice, hasCredentials] = await Promise.all([
    netmon.subscriptions.ofChat(chatId),
    netmon.subscriptions.getDigest(chatId),
    netmon.choices.get(userId),
    netmon.vault.has(userId),
  ]);
  const subscribable =
    choice && hasCredentials && !subscriptions.some((s) => s.locationId === choice.locationId)
      ? choice
      : undefined;
  return {
    text: renderAlertsOverview(subscriptions, digest?.hour, netmon.now(), ctx.t, subscribable),
    keyboard: alertsKeyboard(
      ctx.botIdentity,
      {
        ...(subscribable ? { subscribable } : {}),
        subscribed: subscriptions,
        digestHour: digest?.hour,
        now: netmon.now(),
      },
      ctx.t,
    ),
  };
}

/** Re-draws the /alerts message a button was pressed on. */
async function redraw(ctx: BotContext, netmon: Netmon) {
  const { text, keyboard } = await overview(ctx, netmon);
  await ctx.editMessageText(text, { ...HTML, reply_markup: keyboard }).catch((error: unknown) => {
    if (!isNotModified(error)) throw error;
  });
}

async function changeDigest(ctx: BotContext, netmon: Netmon, hour: number | undefined) {
  const chatId = ctx.chat!.id;
  if (hour === undefined) await netmon.subscriptions.removeDigest(chatId);
  else await netmon.subscriptions.setDigest({ chatId, hour, language: ctx.language });
  await audit(ctx, netmon, "alerts.digest", `chat:${chatId}`, { hour: hour ?? null });
}

export function alertsFeature(netmon: Netmon) {
  const feature = new Composer<BotContext>();

  feature.command("alerts", async (ctx) => {
    const [sub, value, ...rest] = ctx.match.trim().split(/\s+/);
    if (sub?.toLowerCase() === "digest") {
      const hour =
        value?.toLowerCase() === "off" ? -1 : /^\d{1,2}$/.test(value ?? "") ? Number(value) : Number.NaN;
      if (rest.length > 0 || !(hour === -1 || (hour >= 0 && hour <= 23))) {
        await ctx.reply(ctx.t("netmon-digest-usage"), HTML);
        return;
      }
      if (!(await mayManage(ctx))) return refuse(ctx);
      await changeDigest(ctx, netmon, hour === -1 ? undefined : hour);
      await ctx.reply(
        hour === -1
          ? ctx.t("netmon-digest-off")
          : ctx.t("netmon-digest-at", { time: `${String(hour).padStart(2, "0")}:00` }),
        HTML,
      );
      return;
    }
    if (sub) {
      await ctx.reply(ctx.t("netmon-alerts-usage"), HTML);
      return;
    }
    const { text, keyboard } = await overview(ctx, netmon);
    await ctx.reply(text, { ...HTML, reply_markup: keyboard });
  });

  onCallback(feature, subscribeAlerts, async (ctx, ref) => {
    if (!(await mayManage(ctx))) return refuse(ctx);
    const chatId = ctx.chat!.id;
    const userId = ctx.from!.id;
    if (await netmon.subscriptions.get(chatId, ref.locationId)) {
      await ctx.answerCallbackQuery({ text: ctx.t("netmon-alerts-already") });
      return;
    }
    await withPlumeAccess(ctx, async () => {
      const [location, nodes] = await withProgress(ctx, "typing", () =>
        Promise.all([netmon.plume.location(userId, ref), netmon.plume.nodes(userId, ref)]),
      );
      const health = analyzeLocationHealth(location, nodes);
      const now = netmon.now();
      // What is already wrong when the chat subscribes is posted at once, as alerts that then
      // resolve as usual: a chat that starts watching a location already offline must hear it.
      const conditions: Record<string, OpenCondition> = {};
      for (const c of conditionsOf(health).values()) {
        conditions[c.key] = { kind: c.kind, label: c.label, since: c.since ?? now, messageId: null };
      }
      const subscription: Subscription = {
        chatId,
        ...ref,
        locationName: location.name || location.id,
        ownerUserId: userId,
        language: ctx.language,
        createdAt: now,
        conditions,
      };
      await netmon.subscriptions.save(subscription);
      await audit(ctx, netmon, "alerts.subscribe", `location:${ref.locationId}`);
      await ctx.answerCallbackQuery({ text: ctx.t("netmon-alerts-subscribed-short") });
      await redraw(ctx, netmon);
      await ctx.reply(
        ctx.t("netmon-alerts-subscribed", {
          location: subscription.locationName,
          state: ctx.t(`netmon-state-${health.state}-plain`),
          minutes: Math.round(netmon.config.NETMON_ALERT_INTERVAL / 60) || 1,
        }),
        HTML,
      );
      const open = Object.values(conditions);
      for (const condition of open) {
        const sent = await ctx.reply(renderAlert(condition, subscription.locationName, ctx.t), {
          ...HTML,
          reply_markup: silenceKeyboard(netmon.bot, ref.locationId, ctx.t),
        });
        condition.messageId = sent.message_id;
      }
      if (open.length > 0) await netmon.subscriptions.update(subscription);
    });
  });

  onCallback(feature, unsubscribeAlerts, async (ctx, { locationId }) => {
    if (!(await mayManage(ctx))) return refuse(ctx);
    const chatId = ctx.chat!.id;
    const existing = await netmon.subscriptions.get(chatId, locationId);
    if (existing) {
      await netmon.subscriptions.remove(chatId, locationId);
      await audit(ctx, netmon, "alerts.unsubscribe", `location:${locationId}`);
    }
    await ctx.answerCallbackQuery({
      text: existing
        ? ctx.t("netmon-alerts-unsubscribed", { location: existing.locationName })
        : ctx.t("netmon-alerts-not-subscribed"),
    });
    await redraw(ctx, netmon);
  });

  onCallback(feature, silenceAlerts, async (ctx, { locationId, duration }) => {
    if (!(await mayManage(ctx))) return refuse(ctx);
    const chatId = ctx.chat!.id;
    const subscription = await netmon.subscriptions.get(chatId, locationId);
    if (!subscription) {
      await ctx.answerCallbackQuery({ text: ctx.t("netmon-alerts-not-subscribed"), show_alert: true });
      return;
    }
    if (duration === "off") delete subscription.silencedUntil;
    else subscription.silencedUntil = netmon.now() + SILENCE_MS[duration];
    await netmon.subscriptions.save(subscription);
    await audit(ctx, netmon, "alerts.silence", `location:${locationId}`, { duration });
    await ctx.answerCallbackQuery({
      text:
        subscription.silencedUntil === undefined
          ? ctx.t("netmon-alerts-unsilenced", { location: subscription.locationName })
          : ctx.t("netmon-alerts-silenced", {
              location: subscription.locationName,
              time: formatUtc(subscription.silencedUntil),
            }),
    });
    const keyboard =
      duration === "off"
        ? silenceKeyboard(ctx.botIdentity, locationId, ctx.t)
        : unsilenceKeyboard(ctx.botIdentity, locationId, ctx.t);
    await ctx.editMessageReplyMarkup({ reply_markup: keyboard }).catch((error: unknown) => {
      if (!isNotModified(error)) throw error;
    });
  });

  onCallback(feature, unsilenceFromPanel, async (ctx, { locationId }) => {
    if (!(await mayManage(ctx))) return refuse(ctx);
    const subscription = await netmon.subscriptions.get(ctx.chat!.id, locationId);
    if (subscription) {
      delete subscription.silencedUntil;
      await netmon.subscriptions.save(subscription);
      await audit(ctx, netmon, "alerts.silence", `location:${locationId}`, { duration: "off" });
    }
    await ctx.answerCallbackQuery({
      text: subscription
        ? ctx.t("netmon-alerts-unsilenced", { location: subscription.locationName })
        : ctx.t("netmon-alerts-not-subscribed"),
    });
    await redraw(ctx, netmon);
  });

  onCallback(feature, setDigest, async (ctx, { hour }) => {
    if (!(await mayManage(ctx))) return refuse(ctx);
    await changeDigest(ctx, netmon, hour === -1 ? undefined : hour);
    await ctx.answerCallbackQuery();
    await redraw(ctx, netmon);
  });

  return feature;
}
