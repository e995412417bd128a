/**
 * What an enforcement action does to the records: restrictions imposed or lifted, warnings added
 * or removed (and, at the group's limit, its action taken and the warnings reset, as Rose does),
 * lockdown and night mode switched — and always one log entry. The bot performs the Telegram side;
 * this service keeps the state and the audit trail. Runs inside the request's transaction.
 */
import type { Kysely } from "kysely";
import { recordAction } from "./actionLogStore.js";
import type { ApiV2Database } from "./db/schema.js";
import { notFound } from "./envelope.js";
import { readGroup, setLockdown, setNightMode, settingsOf } from "./groupStore.js";
import type { ActionType, EnforcementResult, LogEntry, RestrictionKind } from "./moderationSchemas.js";
import { impose, lift } from "./restrictionStore.js";
import { userStatus } from "./userStatus.js";
import {
  addWarning,
  countingWarnings,
  lockMemberWarnings,
  removeWarnings,
  type WarningRow,
} from "./warningStore.js";

type Db = Kysely<ApiV2Database>;

export interface EnforcementInput {
  groupId: number;
  action: ActionType;
  /** Null only for group actions. */
  userId: number | null;
  adminId: number | null;
  /** Seconds, timed actions only. */
  duration: number | null;
  reason: string | null;
  /** unwarn only: the warning to remove (default: the newest that counts). */
  warningId?: number | undefined;
  /** When it happened (epoch ms): the body's timestamp, or now. */
  at: number;
}

const IMPOSES: Partial<Record<ActionType, RestrictionKind>> = {
  ban: "ban",
  mute: "mute",
  restrict: "restrict",
};
const LIFTS: Partial<Record<ActionType, RestrictionKind[]>> = {
  unban: ["ban"],
  unmute: ["mute"],
  unrestrict: ["restrict"],
  free: ["mute", "restrict"],
};

/** The envelope's message: "✅ Clear warnings executed", or "✅ Unmute: nothing to change". */
export function enforcementMessage(result: EnforcementResult): string {
  const words = result.action.action.replace(/_/g, " ");
  const label = words.charAt(0).toUpperCase() + words.slice(1);
  return result.changed ? `✅ ${label} executed` : `✅ ${label}: nothing to change`;
}

interface Effect {
  changed: boolean;
  warnings?: { count: number; limit: number };
  /** Taken after the action's own log entry, so it is recorded after it. */
  escalate?: () => Promise<LogEntry>;
}

export async function enforce(db: Db, input: EnforcementInput, now: number): Promise<EnforcementResult> {
  const until = input.duration === null ? null : input.at + input.duration * 1000;
  const effect = await apply(db, input, until, now);
  const action = await recordAction(db, {
    groupId: input.groupId,
    userId: input.userId,
    adminId: input.adminId,
    action: input.action,
    details: input.reason,
    duration: input.duration,
    until,
    source: "enforcement",
    at: input.at,
  });
  const escalation = effect.escalate ? await effect.escalate() : null;
  return {
    action,
    changed: effect.changed,
    warnings: effect.warnings ?? null,
    escalation,
    status: input.userId === null ? null : await userStatus(db, input.groupId, input.userId, now),
  };
}

async function apply(db: Db, input: EnforcementInput, until: number | null, now: number): Promise<Effect> {
  const { groupId, action, adminId } = input;
  if (action === "lockdown" || action === "unlock") {
    return { changed: await setLockdown(db, groupId, action === "lockdown", now) };
  }
  if (action === "night_mode_on" || action === "night_mode_off") {
    return { changed: await setNightMode(db, groupId, action === "night_mode_on", now) };
  }
  if (action === "kick") return { changed: true };
  const userId = input.userId!;
  const imposes = IMPOSES[action];
  if (imposes) {
    const imposed = { groupId, userId, kind: imposes, since: input.at, until, adminId, reason: input.reason };
    return { changed: await impose(db, imposed, now) };
  }
  const lifts = LIFTS[action];
  if (lifts) return { changed: (await lift(db, groupId, userId, lifts, now)).length > 0 };
  return changeWarnings(db, input, now);
}

/** warn (and the limit), unwarn (the newest that counts), clear_warnings (all that count). */
async function changeWarnings(db: Db, input: EnforcementInput, now: number): Promise<Effect> {
  const { groupId, adminId } = input;
  const userId = input.userId!;
  await lockMemberWarnings(db, groupId, userId);
  const rule = settingsOf(await readGroup(db, groupId)).warnings;
  if (input.action === "warn") {
    await addWarning(db, { groupId, userId, adminId, reason: input.reason, at: input.at });
  }
  const counting = await countingWarnings(db, groupId, userId, now, rule.expiry);
  if (input.action === "warn" && counting.length < rule.limit) {
    return { changed: true, warnings: { count: counting.length, limit: rule.limit } };
  }
  // At the limit every warning goes, as after clear_warnings; unwarn takes one.
  const removed = input.action === "unwarn" ? unwarned(counting, input.warningId) : counting;
  await removeWarnings(
    db,
    removed.map((w) => w.id),
    adminId,
    now,
  );
  const warnings = { count: counting.length - removed.length, limit: rule.limit };
  if (input.action !== "warn") return { changed: removed.length > 0, warnings };
  return { changed: true, warnings, escalate: () => takeLimitAction(db, input, rule, counting.length, now) };
}

/** The warning unwarn removes: the one named (404 unless it counts), or the newest. */
function unwarned(counting: WarningRow[], warningId: number | undefined): WarningRow[] {
  if (warningId === undefined) return counting.slice(-1);
  const named = counting.find((warning) => warning.id === warningId);
  if (!named) throw notFound(`Warning ${warningId}`);
  return [named];
}

/** The group's action at the warning limit: imposed here, applied on Telegram by the bot. */
async function takeLimitAction(
  db: Db,
  input: EnforcementInput,
  rule: { limit: number; action: "ban" | "kick" | "mute"; action_duration: number | null },
  reached: number,
  now: number,
): Promise<LogEntry> {
  // The settings' own check keeps a kick's duration null.
  const duration = rule.action_duration;
  const until = duration === null ? null : input.at + duration * 1000;
  const reason = `Warning limit reached (${reached}/${rule.limit})`;
  if (rule.action !== "kick") {
    await impose(
      db,
      {
        groupId: input.groupId,
        userId: input.userId!,
        kind: rule.action,
        since: input.at,
        until,
        adminId: input.adminId,
        reason,
      },
      now,
    );
  }
  return recordAction(db, {
    groupId: input.groupId,
    userId: input.userId,
    adminId: input.adminId,
    action: rule.action,
    details: reason,
    duration,
    until,
    source: "warn_limit",
    at: input.at,
  });
}
