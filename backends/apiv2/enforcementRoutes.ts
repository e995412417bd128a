/**
 * `POST /api/v2/groups/{group_id}/enforcement/{action_type}` (the seed's execute_action): the body
 * is checked against the path and the action (who it needs, whether it takes a duration), then
 * `enforce` records it. 201 with the recorded action, the member's status after it, and the
 * warning-limit action when a warn reached it. Takes an `Idempotency-Key`.
 */
import { defineRoute } from "./apiRoute.js";
import { effectiveAt, type FieldIssue } from "./commonSchemas.js";
import { type EnforcementInput, enforce, enforcementMessage } from "./enforcement.js";
import { invalid } from "./envelope.js";
import {
  type ActionType,
  type EnforcementBody,
  enforcementBody,
  enforcementParams,
  enforcementResult,
  GROUP_ACTIONS,
  TIMED_ACTIONS,
} from "./moderationSchemas.js";

const isGroupAction = (action: ActionType) => (GROUP_ACTIONS as readonly string[]).includes(action);

function enforcementInput(
  params: { group_id: number; action_type: ActionType },
  body: EnforcementBody,
  now: number,
): EnforcementInput {
  const action = params.action_type;
  const issues: FieldIssue[] = [];
  if (body.action_type !== undefined && body.action_type !== action) {
    issues.push({ field: "action_type", message: `must equal the path's (${action})` });
  }
  if (body.group_id !== undefined && body.group_id !== params.group_id) {
    issues.push({ field: "group_id", message: `must equal the path's (${params.group_id})` });
  }
  if (body.user_id == null && !isGroupAction(action)) {
    issues.push({ field: "user_id", message: `is required for ${action}` });
  }
  if (body.duration != null && !TIMED_ACTIONS.includes(action)) {
    issues.push({
      field: "duration",
      message: `${action} takes no duration (only ${TIMED_ACTIONS.join(", ")})`,
    });
  }
  if (body.warning_id !== undefined && action !== "unwarn") {
    issues.push({ field: "warning_id", message: "is for unwarn only" });
  }
  if (issues.length > 0) throw invalid(issues);
  return {
    groupId: params.group_id,
    action,
    userId: body.user_id ?? null,
    adminId: body.admin_id ?? null,
    duration: body.duration ?? null,
    reason: body.reason || null,
    warningId: body.warning_id,
    at: effectiveAt(body.timestamp, now),
  };
}

export const enforcementRoutes = [
  defineRoute({
    method: "POST",
    path: "/api/v2/groups/{group_id}/enforcement/{action_type}",
    tag: "enforcement",
    summary: "Record an action on a member or the group",
    description:
      "Member actions need `user_id`; ban, mute and restrict take `duration` (seconds, 30..31622400; " +
      "absent: until lifted). warn adds a warning and, at the group's limit, takes its action " +
      "(`escalation`, for the bot to apply) and resets the warnings. unwarn removes the newest " +
      "warning (or `warning_id`), clear_warnings all; free lifts mute and restrict. lockdown/unlock " +
      "and night_mode_on/night_mode_off act on the group. Every call is one log entry (`action`).",
    params: enforcementParams,
    body: enforcementBody,
    data: enforcementResult,
    status: 201,
    idempotent: true,
    errors: [404, 409, 422],
    handle: async ({ params, body }, { db, now }) => {
      const result = await enforce(db, enforcementInput(params, body, now), now);
      return { data: result, message: enforcementMessage(result) };
    },
  }),
];
