/** Alert messages, their "resolved" form, the daily digest and the /alerts overview. */
import { bold } from "../../../kernel/html.js";
import type { OpenCondition, Subscription } from "../alerts/subscriptionStore.js";
import type { LocationHealth } from "../domain/locationHealth.js";
import { formatClock, formatDuration, formatUtc, type Translate } from "./format.js";

/** The alert announcing a condition. */
export function renderAlert(condition: OpenCondition, locationName: string, t: Translate): string {
  const time = formatUtc(condition.since);
  switch (condition.kind) {
    case "location_offline":
      return t("netmon-alert-location-offline", { location: locationName, time });
    case "pod_offline":
      return t("netmon-alert-pod-offline", { pod: condition.label, location: locationName, time });
    case "service_degraded":
      return t("netmon-alert-service", { level: condition.label, location: locationName, time });
  }
}

/** What the alert message becomes once the condition cleared. */
export function renderResolved(
  condition: OpenCondition,
  locationName: string,
  now: number,
  t: Translate,
): string {
  const header = t("netmon-alert-resolved", {
    time: formatClock(now),
    duration: formatDuration(now - condition.since, t),
  });
  return `${header}\n${renderAlert(condition, locationName, t)}`;
}

/** The short message telling the chat that the condition cleared. */
export function renderRecovery(
  condition: OpenCondition,
  locationName: string,
  now: number,
  t: Translate,
): string {
  const duration = formatDuration(now - condition.since, t);
  switch (condition.kind) {
    case "location_offline":
      return t("netmon-recovered-location", { location: locationName, duration });
    case "pod_offline":
      return t("netmon-recovered-pod", { pod: condition.label, location: locationName, duration });
    case "service_degraded":
      return t("netmon-recovered-service", { level: condition.label, location: locationName });
  }
}

export function renderPaused(
  reason: NonNullable<Subscription["paused"]>,
  locationName: string,
  t: Translate,
) {
  return t(`netmon-alerts-paused-${reason === "credentials" ? "credentials" : "not-found"}`, {
    location: locationName,
  });
}

/** One line per location for the daily digest. */
export function digestLine(health: LocationHealth | undefined, locationName: string, t: Translate): string {
  if (!health) return `⚪ ${bold(locationName)} — ${t("netmon-digest-unavailable")}`;
  const icon = { online: "🟢", offline: "🔴", degraded: "🟠" }[health.state];
  const facts = [t(`netmon-state-${health.state}-plain`)];
  if (health.counts.pods > 0) {
    facts.push(t("netmon-digest-pods", { connected: health.counts.connected, total: health.counts.pods }));
  }
  if (health.counts.withIssues > 0)
    facts.push(t("netmon-digest-issues", { count: health.counts.withIssues }));
  facts.push(t("netmon-pod-devices", { count: health.connectedDevices }));
  return `${icon} ${bold(health.locationName ?? locationName)} — ${facts.join(" · ")}`;
}

export function renderDigest(lines: readonly string[], day: string, t: Translate): string {
  return [t("netmon-digest-title", { day }), "", ...lines].join("\n");
}

/**
 * /alerts: what this chat watches. `subscribable` is the user's current location when the 🔔
 * below offers to watch it (so an empty list does not tell them to choose one first).
 */
export function renderAlertsOverview(
  subscriptions: readonly Subscription[],
  digestHour: number | undefined,
  now: number,
  t: Translate,
  subscribable?: { locationName: string },
): string {
  const lines = [t("netmon-alerts-title"), ""];
  if (subscriptions.length === 0) {
    lines.push(
      subscribable
        ? t("netmon-alerts-none-chosen", { location: subscribable.locationName })
        : t("netmon-alerts-none"),
    );
  }
  for (const s of subscriptions) {
    let state = t("netmon-alerts-active");
    if (s.paused) state = t("netmon-alerts-state-paused");
    else if (s.silencedUntil && s.silencedUntil > now) {
      state = t("netmon-alerts-silenced-until", { time: formatUtc(s.silencedUntil) });
    }
    const open = Object.keys(s.conditions ?? {}).length;
    const openText = open > 0 ? ` · ${t("netmon-alerts-open", { count: open })}` : "";
    lines.push(`• ${bold(s.locationName)} — ${state}${openText}`);
  }
  lines.push(
    "",
    digestHour === undefined
      ? t("netmon-digest-off")
      : t("netmon-digest-at", { time: `${String(digestHour).padStart(2, "0")}:00` }),
  );
  lines.push(t("netmon-alerts-help"));
  return lines.join("\n");
}
