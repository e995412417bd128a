/**
 * /status: the health report of a location, from `analyzeLocationHealth`. Pure: data in, HTML
 * out. Names come from the API as plain text and go through the HTML builders (or `t`, which
 * escapes), so `Living_Room <2>` shows exactly as written.
 */
import { bold, cut } from "../../../kernel/html.js";
import type { HealthReason, LocationHealth, PodLine, SpeedTestSummary } from "../domain/locationHealth.js";
import { fixed, formatClock, formatUtc, sinceText, type Translate } from "./format.js";

export interface StatusHeader {
  locationName: string;
  customerName?: string;
}

const STATE_ICON = { online: "🟢", impaired: "🟠", offline: "🔴", degraded: "🟠" } as const;

/**
 * The state the headline shows: the worst of what is listed below it. A location that is online
 * but has pods down or reporting problems is not shown as plainly "online".
 */
export function shownState(health: LocationHealth): keyof typeof STATE_ICON {
  return health.state === "online" && health.reasons.length > 0 ? "impaired" : health.state;
}

/** The heading lines: name and customer, then the overall state and when it was read. */
function heading(health: LocationHealth, header: StatusHeader, t: Translate, now: number): string[] {
  const name = health.locationName ?? header.locationName;
  const title = header.customerName
    ? t("netmon-status-title-customer", { location: name, customer: header.customerName })
    : t("netmon-status-title", { location: name });
  const state = shownState(health);
  const asOf = t("netmon-status-as-of", { time: formatClock(now) });
  return [title, `${STATE_ICON[state]} ${t(`netmon-state-${state}`)} · ${asOf}`];
}

function reasonLine(reason: HealthReason, health: LocationHealth, t: Translate): string {
  const { counts } = health;
  switch (reason) {
    case "no_pods":
      return t("netmon-reason-no-pods");
    case "all_pods_disconnected":
      return t("netmon-reason-all-disconnected", { count: counts.pods });
    case "pods_disconnected":
      return t("netmon-reason-some-disconnected", { count: counts.disconnected, total: counts.pods });
    case "health_issues":
      return t("netmon-reason-health-issues", { count: counts.withIssues });
    case "degraded_service":
      return t("netmon-reason-degraded", { level: health.serviceLevel ?? "?" });
  }
}

function podIcon(pod: PodLine): string {
  if (pod.connection === "disconnected") return "🔴";
  if (pod.connection === "unknown") return "⚪";
  return pod.hasIssue ? "🟡" : "🟢";
}

/** Plume's alert codes netmon knows, with the message naming each in the user's language. */
const ALERT_TEXTS: Readonly<Record<string, string>> = {
  highInterference: "netmon-pod-alert-high-interference",
  weakBackhaul: "netmon-pod-alert-weak-backhaul",
  podOffline: "netmon-pod-alert-pod-offline",
};

/**
 * A pod alert as people read it: a known code in their language, an unknown one as words
 * (`someNewCondition` → "some new condition", at most 40 characters), never the raw API code.
 */
export function alertText(code: string, t: Translate): string {
  const key = Object.hasOwn(ALERT_TEXTS, code) ? ALERT_TEXTS[code] : undefined;
  if (key) return t(key);
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return cut(words, 40) || "?";
}

/** One pod: name, then connection/health/backhaul/devices, then its alerts. */
export function podLine(pod: PodLine, now: number, t: Translate): string {
  const facts: string[] = [];
  if (pod.connection === "connected") {
    facts.push(t(`netmon-health-${pod.health}`));
    if (pod.backhaul !== "unknown") facts.push(t(`netmon-backhaul-${pod.backhaul}`));
    facts.push(t("netmon-pod-devices", { count: pod.connectedDevices }));
  } else {
    const since = sinceText(pod.connectionChangedAt, now, t);
    facts.push(t(`netmon-connection-${pod.connection}`) + (since ? ` ${since}` : ""));
    if (pod.backhaul !== "unknown") facts.push(t(`netmon-backhaul-${pod.backhaul}`));
  }
  let line = `${podIcon(pod)} ${bold(pod.name)} — ${facts.join(" · ")}`;
  if (pod.alerts.length > 0) {
    const alerts = pod.alerts.map((code) => alertText(code, t)).join(", ");
    line += `\n    ⚠️ ${t("netmon-pod-alerts", { alerts })}`;
  }
  return line;
}

export function speedTestLines(speedTest: SpeedTestSummary, t: Translate): string[] {
  const title = bold(t("netmon-speedtest-title"));
  switch (speedTest.status) {
    case "none":
      return [title, t("netmon-speedtest-none")];
    case "failed":
      return [
        title,
        speedTest.endedAt
          ? t("netmon-speedtest-failed-at", { time: formatUtc(speedTest.endedAt) })
          : t("netmon-speedtest-failed"),
      ];
    case "incomplete":
      return [title, t("netmon-speedtest-incomplete")];
    case "available": {
      const parts = [`⬇️ ${t("netmon-mbps", { value: fixed(speedTest.downloadMbps) })}`];
      if (speedTest.uploadMbps !== null)
        parts.push(`⬆️ ${t("netmon-mbps", { value: fixed(speedTest.uploadMbps) })}`);
      if (speedTest.latencyMs !== null)
        parts.push(`⏱ ${t("netmon-ms", { value: fixed(speedTest.latencyMs, 0) })}`);
      const lines = [title, parts.join(" · ")];
      const about = [
        speedTest.endedAt ? formatUtc(speedTest.endedAt) : undefined,
        speedTest.isp ?? undefined,
      ].filter((x): x is string => Boolean(x));
      if (about.length > 0) lines.push(t("netmon-speedtest-when", { details: about.join(" · ") }));
      return lines;
    }
  }
}

/** The whole /status report. */
export function renderStatus(
  health: LocationHealth,
  header: StatusHeader,
  t: Translate,
  now: number,
): string {
  const lines = heading(health, header, t, now);
  if (health.reasons.length === 0) lines.push(t("netmon-reason-all-good"));
  else for (const reason of health.reasons) lines.push(`• ${reasonLine(reason, health, t)}`);

  if (health.pods.length > 0) {
    lines.push(
      "",
      t("netmon-pods-title", { connected: health.counts.connected, total: health.counts.pods }),
      ...health.pods.map((pod) => podLine(pod, now, t)),
    );
  }
  lines.push("", ...speedTestLines(health.speedTest, t));
  lines.push("", t("netmon-connected-devices", { count: health.connectedDevices }));
  return lines.join("\n");
}
