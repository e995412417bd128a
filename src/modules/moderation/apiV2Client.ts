/**
 * API V2 as the bot uses it: record what was done on Telegram (enforcement, with an
 * `Idempotency-Key` so a retry records once), read a member's status and the group's warning
 * policy, and the health check. Every failure is a `BackendError` from the platform's client.
 */
import type { BackendClient } from "../../platform/http/backendClient.js";
import {
  type EnforcementResult,
  enforcementResultSchema,
  envelope,
  type GroupSettings,
  groupSettingsSchema,
  healthSchema,
  type UserStatus,
  userStatusSchema,
} from "./apiV2Schemas.js";

/** The member actions this slice records. */
export type EnforcementAction = "mute" | "unmute" | "ban" | "unban" | "kick" | "warn";

export interface Enforcement {
  groupId: number;
  action: EnforcementAction;
  userId: number;
  adminId: number | undefined;
  /** Seconds; undefined: until lifted (or not a timed action). */
  duration: number | undefined;
  reason: string | undefined;
  /** When it happened on Telegram (a late delivery keeps the real time). */
  at: Date;
  /** One key per Telegram update: a retry of the same update is recorded once. */
  idempotencyKey: string;
}

/** An enforcement exactly as sent: what the outbox keeps and delivers again. */
export interface RecordRequest {
  path: string;
  body: Record<string, unknown>;
  idempotencyKey: string;
}

/** The request that records `record`. */
export function enforcementRequest(record: Enforcement): RecordRequest {
  return {
    path: `/api/v2/groups/${record.groupId}/enforcement/${record.action}`,
    body: {
      user_id: record.userId,
      admin_id: record.adminId ?? null,
      duration: record.duration ?? null,
      reason: record.reason ?? null,
      timestamp: record.at.toISOString(),
    },
    idempotencyKey: record.idempotencyKey,
  };
}

export class ApiV2Client {
  constructor(readonly http: BackendClient) {}

  enforce(record: Enforcement): Promise<EnforcementResult> {
    return this.send(enforcementRequest(record));
  }

  /** Sends a recorded request as is: the same path, body and `Idempotency-Key` (the outbox's retry). */
  send(request: RecordRequest): Promise<EnforcementResult> {
    return this.http.request({
      method: "POST",
      path: request.path,
      headers: { "idempotency-key": request.idempotencyKey },
      json: request.body,
      // Safe to repeat: the key makes API V2 answer a retry from what it stored.
      idempotent: true,
      schema: envelope(enforcementResultSchema),
    });
  }

  /** Clears a member's warnings (logged as `clear_warnings`); the key makes a retry clear once. */
  clearWarnings(request: {
    groupId: number;
    userId: number;
    adminId: number;
    idempotencyKey: string;
  }): Promise<EnforcementResult> {
    return this.http.request({
      method: "DELETE",
      path: `/api/v2/groups/${request.groupId}/users/${request.userId}/warnings`,
      query: { admin_id: request.adminId },
      headers: { "idempotency-key": request.idempotencyKey },
      schema: envelope(enforcementResultSchema),
    });
  }

  status(groupId: number, userId: number): Promise<UserStatus> {
    return this.http.request({
      path: `/api/v2/groups/${groupId}/users/${userId}/status`,
      cache: false,
      schema: envelope(userStatusSchema),
    });
  }

  settings(groupId: number): Promise<GroupSettings> {
    return this.http.request({
      path: `/api/v2/groups/${groupId}/settings`,
      cache: false,
      schema: envelope(groupSettingsSchema),
    });
  }

  health(): Promise<{ status: string }> {
    return this.http.request({ path: "/health", cache: false, schema: envelope(healthSchema) });
  }
}
