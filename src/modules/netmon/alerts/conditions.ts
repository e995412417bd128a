/**
 * What alerts watch, as pure functions: the conditions a location is in (offline, degraded
 * service, a pod disconnected) and how two polls differ. Alerts are about changes only: a
 * condition that appears is "raised", one that disappears is "cleared".
 *
 * While the whole location is offline, its pods' conditions are folded into the location's:
 * pods that were already down stay open (they are not "back"), and pods that drop with the
 * location raise nothing of their own.
 */
import type { LocationHealth } from "../domain/locationHealth.js";

export type ConditionKind = "location_offline" | "service_degraded" | "pod_offline";

export interface Condition {
  key: string;
  kind: ConditionKind;
  /** Pod name or service level. */
  label: string;
  /** When it began, when the data says (a pod's last connection change); else unknown. */
  since?: number;
}

function parseTime(at: string | null): number | undefined {
  const ms = at ? Date.parse(at) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

/** The conditions `health` shows; `previous` keys are carried over for pods while offline. */
export function conditionsOf(
  health: LocationHealth,
  previous: readonly string[] = [],
): Map<string, Condition> {
  const out = new Map<string, Condition>();
  const name = health.locationName ?? health.locationId;
  if (health.state === "offline") {
    // The location went down when its last pod did.
    const changes = health.pods.map((p) => parseTime(p.connectionChangedAt)).filter((ms) => ms !== undefined);
    const since = changes.length > 0 ? Math.max(...changes) : undefined;
    out.set("location", {
      key: "location",
      kind: "location_offline",
      label: name,
      ...(since ? { since } : {}),
    });
    for (const key of previous) {
      if (!key.startsWith("pod:")) continue;
      const pod = health.pods.find((p) => `pod:${p.id}` === key);
      out.set(key, { key, kind: "pod_offline", label: pod?.name ?? key.slice(4) });
    }
  } else {
    for (const pod of health.pods) {
      if (pod.connection !== "disconnected") continue;
      const since = parseTime(pod.connectionChangedAt);
      out.set(`pod:${pod.id}`, {
        key: `pod:${pod.id}`,
        kind: "pod_offline",
        label: pod.name,
        ...(since ? { since } : {}),
      });
    }
  }
  if (health.reasons.includes("degraded_service") && health.serviceLevel) {
    const key = `service:${health.serviceLevel}`;
    out.set(key, { key, kind: "service_degraded", label: health.serviceLevel });
  }
  return out;
}

export interface ConditionChanges<Open> {
  raised: Condition[];
  cleared: Array<{ key: string; open: Open }>;
}

/** Conditions that appeared since `previous`, and open ones that are gone. */
export function diffConditions<Open>(
  previous: Readonly<Record<string, Open>>,
  current: ReadonlyMap<string, Condition>,
): ConditionChanges<Open> {
  const raised = [...current.values()].filter((c) => !(c.key in previous));
  const cleared = Object.entries(previous)
    .filter(([key]) => !current.has(key))
    .map(([key, open]) => ({ key, open }));
  return { raised, cleared };
}
