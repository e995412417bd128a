/**
 * One member of one group: the status (the seed's get_user_status), the user-action-state update
 * (the seed's update_user_action_state: the bot reports a restriction it saw change), and the
 * warnings — listed, removed one by one (unwarn) or all (clear).
 */
import { z } from "zod";
import { recordAction } from "./actionLogStore.js";
import { defineRoute } from "./apiRoute.js";
import { effectiveAt, memberParams, userIdParam } from "./commonSchemas.js";
import { type EnforcementInput, enforce, enforcementMessage } from "./enforcement.js";
import { invalid } from "./envelope.js";
import { readGroup, settingsOf } from "./groupStore.js";
import {
  actionStateBody,
  actionStateResult,
  enforcementResult,
  userStatusSchema,
  warningsList,
} from "./moderationSchemas.js";
import { impose, lift } from "./restrictionStore.js";
import { userStatus } from "./userStatus.js";
import { countingWarnings, warningView } from "./warningStore.js";

const MEMBER = "/api/v2/groups/{group_id}/users/{user_id}";

const removalQuery = z.strictObject({
  admin_id: userIdParam.optional().meta({ description: "Who removed them (for the log)" }),
  reason: z.string().trim().max(1000).optional(),
});

type RemovalQuery = z.output<typeof removalQuery>;

/** DELETE on warnings is unwarn (one named warning) or clear_warnings (all), recorded now. */
function removal(
  params: { group_id: number; user_id: number },
  query: RemovalQuery,
  now: number,
  warningId?: number,
): EnforcementInput {
  return {
    groupId: params.group_id,
    action: warningId === undefined ? "clear_warnings" : "unwarn",
    userId: params.user_id,
    adminId: query.admin_id ?? null,
    duration: null,
    reason: query.reason || null,
    warningId,
    at: now,
  };
}

export const memberRoutes = [
  defineRoute({
    method: "GET",
    path: `${MEMBER}/status`,
    tag: "members",
    summary: "A member's restrictions, warnings and the group's state",
    params: memberParams,
    data: userStatusSchema,
    handle: async ({ params }, { db, now }) => ({
      data: await userStatus(db, params.group_id, params.user_id, now),
      message: "✅ Status loaded",
    }),
  }),
  defineRoute({
    method: "POST",
    path: `${MEMBER}/actions`,
    tag: "members",
    summary: "Set the state of a member's ban, mute or restriction",
    description:
      "For changes the bot saw happen (another admin, Telegram's own expiry): active imposes " +
      "(with `duration` seconds, or until lifted), inactive lifts. Logged with source `state`.",
    params: memberParams,
    body: actionStateBody,
    data: actionStateResult,
    idempotent: true,
    errors: [409, 422],
    handle: async ({ params, body }, { db, now }) => {
      const { group_id: groupId, user_id: userId } = params;
      if (body.user_id !== undefined && body.user_id !== userId) {
        throw invalid([{ field: "user_id", message: `must equal the path's (${userId})` }]);
      }
      if (body.state === "inactive" && body.duration != null) {
        throw invalid([{ field: "duration", message: "is for state active only" }]);
      }
      const at = effectiveAt(body.timestamp, now);
      const adminId = body.admin_id ?? null;
      const duration = body.duration ?? null;
      const until = duration === null ? null : at + duration * 1000;
      const changed =
        body.state === "active"
          ? await impose(
              db,
              { groupId, userId, kind: body.action, since: at, until, adminId, reason: null },
              now,
            )
          : (await lift(db, groupId, userId, [body.action], now)).length > 0;
      const entry = await recordAction(db, {
        groupId,
        userId,
        adminId,
        action: body.state === "active" ? body.action : `un${body.action}`,
        details: null,
        duration,
        until,
        source: "state",
        at,
      });
      return {
        data: { changed, entry, status: await userStatus(db, groupId, userId, now) },
        message: `✅ ${body.action} is ${body.state}`,
      };
    },
  }),
  defineRoute({
    method: "GET",
    path: `${MEMBER}/warnings`,
    tag: "members",
    summary: "The warnings that count now",
    params: memberParams,
    data: warningsList,
    handle: async ({ params }, { db, now }) => {
      const { limit, expiry } = settingsOf(await readGroup(db, params.group_id)).warnings;
      const rows = await countingWarnings(db, params.group_id, params.user_id, now, expiry);
      return {
        data: {
          ...params,
          count: rows.length,
          limit,
          expiry,
          items: rows.map((row) => warningView(row, expiry)),
        },
        message: "✅ Warnings loaded",
      };
    },
  }),
  defineRoute({
    method: "DELETE",
    path: `${MEMBER}/warnings`,
    tag: "members",
    summary: "Clear the member's warnings (as the clear_warnings action)",
    params: memberParams,
    query: removalQuery,
    data: enforcementResult,
    idempotent: true,
    errors: [409, 422],
    handle: async ({ params, query }, { db, now }) => {
      const result = await enforce(db, removal(params, query, now), now);
      return { data: result, message: enforcementMessage(result) };
    },
  }),
  defineRoute({
    method: "DELETE",
    path: `${MEMBER}/warnings/{warning_id}`,
    tag: "members",
    summary: "Remove one warning (as the unwarn action); 404 unless it counts now",
    params: memberParams.extend({ warning_id: z.coerce.number().int().positive() }),
    query: removalQuery,
    data: enforcementResult,
    idempotent: true,
    errors: [404, 409, 422],
    handle: async ({ params, query }, { db, now }) => {
      const result = await enforce(db, removal(params, query, now, params.warning_id), now);
      return { data: result, message: enforcementMessage(result) };
    },
  }),
];
