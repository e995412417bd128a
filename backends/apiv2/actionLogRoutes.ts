/**
 * The action log: `POST /api/v2/logs/actions` (the seed's log_action: what the bot did that no
 * enforcement call recorded — a deleted message, a lock or flood hit, a failed captcha) and
 * `GET /api/v2/logs/actions` (filtered, newest first, paged). Enforcement calls are logged by the
 * service itself: logging them again here would count them twice.
 */
import { z } from "zod";
import { queryLog, recordAction } from "./actionLogStore.js";
import { defineRoute } from "./apiRoute.js";
import {
  chatId,
  chatIdParam,
  durationSec,
  effectiveAt,
  instantOf,
  pagingQuery,
  timestamp,
  userId,
  userIdParam,
} from "./commonSchemas.js";
import { invalid } from "./envelope.js";
import { logEntrySchema } from "./moderationSchemas.js";

const actionName = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, "must be lower-case letters, digits and _ (at most 64)")
  .meta({ description: "e.g. `delete_message`, `lock_url`, `flood`, `captcha_failed`" });

const logBody = z.strictObject({
  group_id: chatId,
  user_id: userId.nullable().optional(),
  admin_id: userId.nullable().optional().meta({ description: "null/absent: the bot itself" }),
  action: actionName,
  details: z.string().trim().max(2000).nullable().optional(),
  duration: durationSec.nullable().optional(),
  timestamp: timestamp.optional().meta({ description: "When it happened; default: now" }),
});

const logQuery = z.strictObject({
  group_id: chatIdParam.optional(),
  user_id: userIdParam.optional(),
  admin_id: userIdParam.optional(),
  action: actionName.optional(),
  from: timestamp.optional().meta({ description: "Entries at or after this instant" }),
  to: timestamp.optional().meta({ description: "Entries before this instant" }),
  ...pagingQuery,
});

const logPage = z.object({
  items: z.array(logEntrySchema).meta({ description: "Newest first" }),
  page: z.number().int(),
  page_size: z.number().int(),
  total: z.number().int(),
  total_pages: z.number().int().meta({ description: "ceil(total / page_size); a page past it is empty" }),
});

export const actionLogRoutes = [
  defineRoute({
    method: "POST",
    path: "/api/v2/logs/actions",
    tag: "action log",
    summary: "Log something the bot did",
    body: logBody,
    data: logEntrySchema,
    status: 201,
    idempotent: true,
    errors: [409, 422],
    handle: async ({ body }, { db, now }) => {
      const at = effectiveAt(body.timestamp, now);
      const duration = body.duration ?? null;
      const entry = await recordAction(db, {
        groupId: body.group_id,
        userId: body.user_id ?? null,
        adminId: body.admin_id ?? null,
        action: body.action,
        details: body.details || null,
        duration,
        until: duration === null ? null : at + duration * 1000,
        source: "bot",
        at,
      });
      return { data: entry, message: "✅ Action logged" };
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/v2/logs/actions",
    tag: "action log",
    summary: "Query the action log",
    query: logQuery,
    data: logPage,
    handle: async ({ query }, { db }) => {
      const { page, page_size: pageSize, from, to, ...filter } = query;
      const instant = (text: string | undefined) => (text === undefined ? undefined : instantOf(text));
      const range = { from: instant(from), to: instant(to) };
      if (range.from !== undefined && range.to !== undefined && range.to <= range.from) {
        throw invalid([{ field: "to", message: "must be after from" }]);
      }
      const { items, total } = await queryLog(db, { ...filter, ...range }, page, pageSize);
      return {
        data: { items, page, page_size: pageSize, total, total_pages: Math.ceil(total / pageSize) },
        message: "✅ Action log loaded",
      };
    },
  }),
];
