/**
 * netmon's inline keyboards. Button texts are plain text (not HTML), so names go in as they
 * are, never through the escaping `t`.
 */
import { InlineKeyboard } from "grammy";
import { callbackButton } from "../../kernel/callbacks.js";
import type { BotIdentity } from "../../kernel/context.js";
import {
  changeLocation,
  chooseLocation,
  locationPage,
  NO_HASH,
  openView,
  setDigest,
  silenceAlerts,
  subscribeAlerts,
  unsilenceFromPanel,
  unsubscribeAlerts,
  type ViewCode,
} from "./callbacks.js";
import type { LocationRef } from "./plumeClient.js";
import type { Translate } from "./views/format.js";

type Bot = Pick<BotIdentity, "callbackKey">;

function view(bot: Bot, text: string, code: ViewCode, ref: LocationRef, edit: boolean, hash: string) {
  return callbackButton(bot, text, openView, { view: code, edit, hash: edit ? hash : NO_HASH, ...ref });
}

/** A range choice: the current one is ticked; all of them refresh the message they are on. */
function ranges(
  bot: Bot,
  current: ViewCode,
  choices: Array<[ViewCode, string]>,
  ref: LocationRef,
  hash: string,
) {
  return choices.map(([code, label]) =>
    view(bot, code === current ? `✓ ${label}` : label, code, ref, true, hash),
  );
}

/** The buttons under a report: its own refresh or ranges, then the way to other reports. */
export function reportKeyboard(bot: Bot, current: ViewCode, ref: LocationRef, hash: string, t: Translate) {
  const kb = new InlineKeyboard();
  const status = view(bot, t("netmon-btn-status"), "st", ref, false, hash);
  const change = callbackButton(bot, t("netmon-btn-change-location"), changeLocation, {});
  switch (current) {
    case "st":
      kb.add(
        view(bot, t("netmon-btn-wan"), "w1", ref, false, hash),
        view(bot, t("netmon-btn-stats"), "o24", ref, false, hash),
      )
        .row()
        .add(
          view(bot, t("netmon-btn-nodes"), "nd", ref, false, hash),
          view(bot, t("netmon-btn-wifi"), "wf", ref, false, hash),
        )
        .row()
        .add(view(bot, t("netmon-btn-refresh"), "st", ref, true, hash), change);
      return kb;
    case "w1":
    case "w7":
      kb.add(
        ...ranges(
          bot,
          current,
          [
            ["w1", t("netmon-btn-24h")],
            ["w7", t("netmon-btn-7d")],
          ],
          ref,
          hash,
        ),
      );
      break;
    case "o3":
    case "o24":
    case "o7":
      kb.add(
        ...ranges(
          bot,
          current,
          [
            ["o3", t("netmon-btn-3h")],
            ["o24", t("netmon-btn-24h")],
            ["o7", t("netmon-btn-7d")],
          ],
          ref,
          hash,
        ),
      );
      break;
    case "nd":
    case "wf":
      kb.add(view(bot, t("netmon-btn-refresh"), current, ref, true, hash));
      break;
  }
  return kb.row().add(status, change);
}

/** Right after choosing a location: straight to its status. */
export function chosenKeyboard(bot: Bot, ref: LocationRef, t: Translate) {
  return new InlineKeyboard().add(view(bot, t("netmon-btn-status"), "st", ref, false, NO_HASH));
}

export const LOCATIONS_PER_PAGE = 8;

/** /locations with a remembered choice: keep it, or browse that customer's other locations. */
export function rememberedKeyboard(bot: Bot, choice: LocationRef & { locationName: string }, t: Translate) {
  return new InlineKeyboard()
    .add(callbackButton(bot, `📍 ${choice.locationName}`, chooseLocation, choice))
    .row()
    .add(
      callbackButton(bot, t("netmon-btn-other-locations"), locationPage, {
        customerId: choice.customerId,
        page: 0,
      }),
    );
}

/** Under an alert: silence this location's alerts in this chat. */
export function silenceKeyboard(bot: Bot, locationId: string, t: Translate) {
  return new InlineKeyboard().add(
    callbackButton(bot, t("netmon-btn-silence-1h"), silenceAlerts, { locationId, duration: "1h" }),
    callbackButton(bot, t("netmon-btn-silence-4h"), silenceAlerts, { locationId, duration: "4h" }),
    callbackButton(bot, t("netmon-btn-silence-24h"), silenceAlerts, { locationId, duration: "24h" }),
  );
}

export function unsilenceKeyboard(bot: Bot, locationId: string, t: Translate) {
  return new InlineKeyboard().add(
    callbackButton(bot, t("netmon-btn-unsilence"), silenceAlerts, { locationId, duration: "off" }),
  );
}

/** /alerts: watch the current location, stop watching others, and the digest. */
export function alertsKeyboard(
  bot: Bot,
  options: {
    subscribable?: LocationRef & { locationName: string };
    subscribed: ReadonlyArray<{ locationId: string; locationName: string; silencedUntil?: number }>;
    digestHour: number | undefined;
    now: number;
  },
  t: Translate,
) {
  const kb = new InlineKeyboard();
  if (options.subscribable) {
    const { customerId, locationId, locationName } = options.subscribable;
    kb.add(callbackButton(bot, `🔔 ${locationName}`, subscribeAlerts, { customerId, locationId })).row();
  }
  for (const s of options.subscribed) {
    kb.add(callbackButton(bot, `🗑 ${s.locationName}`, unsubscribeAlerts, { locationId: s.locationId }));
    if (s.silencedUntil !== undefined && s.silencedUntil > options.now) {
      // Button labels are plain text: the name goes in as is, not through the HTML-escaping t().
      const label = `${t("netmon-btn-unsilence")} · ${s.locationName}`;
      kb.add(callbackButton(bot, label, unsilenceFromPanel, { locationId: s.locationId }));
    }
    kb.row();
  }
  kb.add(
    options.digestHour === undefined
      ? callbackButton(bot, t("netmon-btn-digest-on"), setDigest, { hour: 8 })
      : callbackButton(bot, t("netmon-btn-digest-off"), setDigest, { hour: -1 }),
  );
  return kb;
}
