/**
 * Recording what the bot did on Telegram: in API V2 (now, or through the outbox when API V2
 * cannot take it now) and in the group's log channel. Every action goes through `recordAction`
 * (in an update) or `sendRecord` (a job), every action-log line through `recordEvent`, so none
 * is missing from either; the answer in the group adds `recordLine` when the record is pending
 * or failed.
 */
import type { Logger } from "pino";
import type { BotContext } from "../../kernel/context.js";
import {
  type Enforcement,
  enforcementRequest,
  type LogEvent,
  logRequest,
  type RecordRequest,
} from "./apiV2Client.js";
import type { EnforcementResult } from "./apiV2Schemas.js";
import { worthRetrying } from "./outbox.js";
import type { Moderation } from "./runtime.js";
import type { Member } from "./views.js";

export type Recorded = { result: EnforcementResult } | { queued: true } | { error: unknown };

export interface ActionToRecord {
  action: Enforcement["action"];
  /** Undefined for the group's own actions (lockdown, night mode). */
  target: Member | undefined;
  /** Undefined when the bot acted on its own. */
  admin: Member | undefined;
  seconds: number | undefined;
  reason: string | undefined;
  /** Whether the action is timed (a timed action without `seconds` is forever). */
  timed: boolean;
}

/** The `Idempotency-Key` of an update's record: a retry of the same update records once. */
export const updateKey = (mod: Moderation, ctx: BotContext, suffix = ""): string =>
  `${mod.bot.id}-${ctx.update.update_id}${suffix}`;

/**
 * Records `action` in API V2 under the update's key and posts it to the log channel. With
 * `queue`, a record API V2 cannot take now waits in the outbox (`{queued}`); the failure otherwise.
 */
export async function recordAction(
  mod: Moderation,
  ctx: BotContext,
  chatId: number,
  action: ActionToRecord,
  { queue, keySuffix = "" }: { queue: boolean; keySuffix?: string },
): Promise<Recorded> {
  const sent = enforcementRequest({
    groupId: chatId,
    action: action.action,
    userId: action.target?.id,
    adminId: action.admin?.id,
    duration: action.seconds,
    reason: action.reason,
    at: new Date(mod.now()),
    idempotencyKey: updateKey(mod, ctx, keySuffix),
  });
  const recorded = await sendRecord(mod, sent, (request) => mod.api.send(request), {
    queue,
    log: ctx.log,
  });
  // What a panel drawn next shows: API V2's status after the action, or a fresh read.
  if ("result" in recorded && recorded.result.status) mod.statuses.remember(recorded.result.status);
  else if (action.target) mod.statuses.forget(chatId, action.target.id);
  if (!action.target) mod.statuses.forgetGroup(chatId);
  // Done on Telegram (queue), or done once API V2 took it (a warning): the channel hears of it.
  if (queue || "result" in recorded) {
    const title = ctx.chat && "title" in ctx.chat ? ctx.chat.title : undefined;
    void mod.logChannel.post({ groupId: chatId, groupTitle: title, ...action }, ctx.t);
  }
  return recorded;
}

/**
 * Sends `request` with `deliver`; with `queue`, one API V2 cannot take now waits in the outbox
 * (`{queued}`), which delivers it later as is. Needs no update: jobs record through it too.
 */
export async function sendRecord<T>(
  mod: Moderation,
  request: RecordRequest,
  deliver: (request: RecordRequest) => Promise<T>,
  { queue, log }: { queue: boolean; log: Logger },
): Promise<{ result: T } | { queued: true } | { error: unknown }> {
  try {
    return { result: await deliver(request) };
  } catch (error) {
    log.warn({ err: error, path: request.path }, "moderation: API V2 record failed");
    if (!queue || !worthRetrying(error)) return { error };
    try {
      await mod.outbox.add(request);
      return { queued: true };
    } catch (storageError) {
      log.error({ err: storageError, path: request.path }, "moderation: outbox failed");
      return { error };
    }
  }
}

/** Writes `event` to API V2's action log, through the outbox when API V2 cannot take it now. */
export async function recordEvent(mod: Moderation, event: LogEvent, log: Logger = mod.logger): Promise<void> {
  await sendRecord(mod, logRequest(event), (request) => mod.api.deliver(request), { queue: true, log });
}

/** The line that says how the record went; none when it was written. */
export function recordLine(ctx: BotContext, recorded: Recorded): string | undefined {
  if ("queued" in recorded) return ctx.t("mod-record-pending");
  if ("error" in recorded) return ctx.t("mod-record-failed");
  return undefined;
}

/** What the bot did on its own, outside an update (night mode's scheduler). */
export interface BotEvent {
  groupId: number;
  groupTitle: string | undefined;
  /** API V2's action log name (`[a-z][a-z0-9_]*`), also the log channel's tag. */
  action: string;
  details: string | undefined;
  /** One key per event: a run retried after a lost answer records once. */
  idempotencyKey: string;
}

/**
 * Records a bot event in API V2's action log (through the outbox when API V2 is down) and posts
 * its tag to the log channel (in `t`'s language).
 */
export async function recordBotEvent(mod: Moderation, event: BotEvent, t: BotContext["t"]): Promise<void> {
  await recordEvent(mod, {
    groupId: event.groupId,
    action: event.action,
    details: event.details,
    at: new Date(mod.now()),
    idempotencyKey: event.idempotencyKey,
  });
  await mod.logChannel.post(
    {
      groupId: event.groupId,
      groupTitle: event.groupTitle,
      action: event.action,
      admin: undefined,
      target: undefined,
      // The tag says what happened; `details` (API V2's, in English) stays in the action log.
      reason: undefined,
      seconds: undefined,
      timed: false,
    },
    t,
  );
}
