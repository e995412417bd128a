/**
 * The alert job: polls every subscribed location with its subscriber's credentials, tells each
 * chat what changed since the last poll (never the same thing twice), edits an alert to
 * "resolved" when its condition clears, and sends the daily digests that are due.
 *
 * Everything it remembers is in storage, written after each subscription, so a restart
 * between two polls neither repeats an alert nor loses track of one.
 */
import { type Api, GrammyError } from "grammy";
import { BackendError } from "../../../platform/http/backendError.js";
import type { SendScheduler } from "../../../platform/sendScheduler/sendScheduler.js";
import { TokenVaultError } from "../../../platform/tokens/tokenVault.js";
import { analyzeLocationHealth, type LocationHealth } from "../domain/locationHealth.js";
import { silenceKeyboard } from "../keyboards.js";
import type { Netmon } from "../runtime.js";
import {
  digestLine,
  renderAlert,
  renderDigest,
  renderPaused,
  renderRecovery,
  renderResolved,
} from "../views/alerts.js";
import { conditionsOf, diffConditions } from "./conditions.js";
import type { OpenCondition, Subscription } from "./subscriptionStore.js";

export interface PollOptions {
  /** The poll's "now" (default the runtime's clock). */
  now?: number;
  throttle: SendScheduler;
}

export interface PollResult {
  polled: number;
  failed: number;
  sent: number;
  edited: number;
  digests: number;
}

const HTML = { parse_mode: "HTML" } as const;

/** Why polling cannot go on for a subscription (told to the chat once), or undefined if transient. */
function pauseReason(error: unknown): Subscription["paused"] | undefined {
  // No credentials, or the SSO refuses them: only the subscriber's /setup can fix that.
  if (error instanceof TokenVaultError && error.needsLogin) return "credentials";
  if (error instanceof BackendError && (error.kind === "not_found" || error.kind === "forbidden")) {
    return "not_found";
  }
  return undefined;
}

/** The chat is gone for us (bot blocked, kicked, chat deleted): stop writing to it. */
function chatGone(error: unknown): boolean {
  return (
    error instanceof GrammyError &&
    (error.error_code === 403 || (error.error_code === 400 && /chat not found/i.test(error.description)))
  );
}

export async function pollAlerts(netmon: Netmon, api: Api, options: PollOptions): Promise<PollResult> {
  const now = options.now ?? netmon.now();
  const { throttle } = options;
  const log = netmon.services.logger.child({ bot: netmon.bot.id, module: "netmon", job: "alerts" });
  const result: PollResult = { polled: 0, failed: 0, sent: 0, edited: 0, digests: 0 };
  const goneChats = new Set<number>();
  // One fetch per (subscriber, location) per poll, however many chats watch it.
  const fetched = new Map<string, Promise<LocationHealth>>();
  const healthByChatLocation = new Map<string, LocationHealth>();

  const send = async (chatId: number, text: string, extra: object = {}) => {
    await throttle.wait(chatId);
    const message = await api.sendMessage(chatId, text, { ...HTML, ...extra });
    result.sent++;
    return message.message_id;
  };

  const pollOne = async (sub: Subscription) => {
    const t = netmon.translator(sub.language);
    const ref = { customerId: sub.customerId, locationId: sub.locationId };
    const fetchKey = `${sub.ownerUserId}:${sub.customerId}:${sub.locationId}`;
    let pending = fetched.get(fetchKey);
    if (!pending) {
      pending = Promise.all([
        netmon.plume.location(sub.ownerUserId, ref),
        netmon.plume.nodes(sub.ownerUserId, ref),
      ]).then(([location, nodes]) => analyzeLocationHealth(location, nodes));
      fetched.set(fetchKey, pending);
    }
    let health: LocationHealth;
    try {
      health = await pending;
    } catch (error) {
      result.failed++;
      const reason = pauseReason(error);
      if (reason && sub.paused !== reason) {
        sub.paused = reason;
        await send(sub.chatId, renderPaused(reason, sub.locationName, t));
        await netmon.subscriptions.update(sub);
      } else if (!reason) {
        log.warn({ err: error, chatId: sub.chatId, locationId: sub.locationId }, "alerts: poll failed");
      }
      return;
    }
    result.polled++;
    healthByChatLocation.set(`${sub.chatId}:${sub.locationId}`, health);
    const locationName = health.locationName ?? sub.locationName;
    sub.locationName = locationName;
    if (sub.paused) {
      delete sub.paused;
      await send(sub.chatId, t("netmon-alerts-resumed", { location: locationName }));
    }

    const previous = sub.conditions;
    const current = conditionsOf(health, Object.keys(previous ?? {}));
    if (!previous) {
      // The first poll records what is already true: alerts are about changes.
      sub.conditions = Object.fromEntries(
        [...current.values()].map((c) => [
          c.key,
          { kind: c.kind, label: c.label, since: c.since ?? now, messageId: null },
        ]),
      );
      await netmon.subscriptions.update(sub);
      return;
    }

    const silenced = (sub.silencedUntil ?? 0) > now;
    const { raised, cleared } = diffConditions<OpenCondition>(previous, current);
    const next: Record<string, OpenCondition> = { ...previous };
    for (const condition of raised) {
      const open: OpenCondition = {
        kind: condition.kind,
        label: condition.label,
        since: condition.since ?? now,
        messageId: null,
      };
      if (!silenced) {
        open.messageId = await send(sub.chatId, renderAlert(open, locationName, t), {
          reply_markup: silenceKeyboard(netmon.bot, sub.locationId, t),
        });
      }
      next[condition.key] = open;
    }
    for (const { key, open } of cleared) {
      delete next[key];
      if (open.messageId !== null) {
        await throttle.wait(sub.chatId);
        // Without reply_markup the Silence buttons go away: there is nothing left to silence.
        await api
          .editMessageText(sub.chatId, open.messageId, renderResolved(open, locationName, now, t), HTML)
          .then(() => result.edited++)
          .catch((error: unknown) => {
            if (chatGone(error)) throw error;
            // Deleted by someone, or too old to edit: the recovery message below still tells the chat.
            log.info({ err: error, chatId: sub.chatId }, "alerts: could not mark an alert resolved");
          });
      }
      if (!silenced) await send(sub.chatId, renderRecovery(open, locationName, now, t));
    }
    sub.conditions = next;
    if (sub.silencedUntil !== undefined && !silenced) delete sub.silencedUntil;
    await netmon.subscriptions.update(sub);
  };

  const subscriptions = await netmon.subscriptions.all();
  for (const sub of subscriptions) {
    if (goneChats.has(sub.chatId)) continue;
    try {
      await pollOne(sub);
    } catch (error) {
      if (chatGone(error)) {
        goneChats.add(sub.chatId);
        log.info({ chatId: sub.chatId }, "alerts: chat unreachable, removing its subscriptions");
        for (const s of subscriptions.filter((x) => x.chatId === sub.chatId)) {
          await netmon.subscriptions.remove(s.chatId, s.locationId);
        }
        await netmon.subscriptions.removeDigest(sub.chatId);
      } else {
        result.failed++;
        log.error(
          { err: error, chatId: sub.chatId, locationId: sub.locationId },
          "alerts: subscription failed",
        );
      }
    }
  }

  result.digests = await sendDigests(netmon, now, subscriptions, healthByChatLocation, goneChats, send, log);
  return result;
}

async function sendDigests(
  netmon: Netmon,
  now: number,
  subscriptions: readonly Subscription[],
  health: ReadonlyMap<string, LocationHealth>,
  goneChats: ReadonlySet<number>,
  send: (chatId: number, text: string) => Promise<number>,
  log: { error: (obj: object, msg: string) => void },
): Promise<number> {
  const date = new Date(now);
  const day = date.toISOString().slice(0, 10);
  let sent = 0;
  for (const digest of await netmon.subscriptions.allDigests()) {
    if (digest.hour !== date.getUTCHours() || digest.lastSentDay === day || goneChats.has(digest.chatId))
      continue;
    const t = netmon.translator(digest.language);
    const watched = subscriptions.filter((s) => s.chatId === digest.chatId);
    try {
      if (watched.length > 0) {
        const lines = watched.map((s) =>
          digestLine(health.get(`${s.chatId}:${s.locationId}`), s.locationName, t),
        );
        await send(digest.chatId, renderDigest(lines, day, t));
        sent++;
      }
      await netmon.subscriptions.setDigest({ ...digest, lastSentDay: day });
    } catch (error) {
      log.error({ err: error, chatId: digest.chatId }, "alerts: digest failed");
    }
  }
  return sent;
}
