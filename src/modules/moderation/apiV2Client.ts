/**
 * API V2 as the bot uses it: record what was done on Telegram (enforcement, with an
 * `Idempotency-Key` so a retry records once), read a member's status and the group's warning
 * policy, and the health check. Every failure is a `BackendError` from the platform's client.
 */
import { z } from "zod";
import type { BackendClient } from "../../platform/http/backendClient.js";
import {
  type ActionLogPage,
  actionLogPageSchema,
  type EnforcementResult,
  enforcementResultSchema,
  envelope,
  type GroupSettings,
  groupSettingsSchema,
  healthSchema,
  type NightModeState,
  nightModeListSchema,
  type SettingsPatch,
  type UserStatus,
  userStatusSchema,
} from "./apiV2Schemas.js";

/** The actions the bot records through `POST …/enforcement/{action}`. */
export type EnforcementAction =
  | "mute"
  | "unmute"
  | "ban"
  | "unban"
  | "kick"
  | "warn"
  | "restrict"
  | "unrestrict"
  | "lockdown"
  | "unlock"
  | "night_mode_on"
  | "night_mode_off";

export interface Enforcement {
  groupId: number;
  action: EnforcementAction;
  /** Undefined for the group's own actions (lockdown, night mode). */
  userId: number | undefined;
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
      user_id: record.userId ?? null,
      admin_id: record.adminId ?? null,
      duration: record.duration ?? null,
      reason: record.reason ?? null,
      timestamp: record.at.toISOString(),
    },
    idempotencyKey: record.idempotencyKey,
  };
}

/** An event for the action log (`delete_message`, `lock_url`, `night_close`…), as sent. */
export interface LogEvent {
  groupId: number;
  userId?: number | undefined;
  /** The admin who made it happen; absent when the bot acted on its own. */
  adminId?: number | undefined;
  action: string;
  details?: string | undefined;
  at: Date;
  idempotencyKey: string;
}

/** The request that writes `event` to the action log. */
export function logRequest(event: LogEvent): RecordRequest {
  return {
    path: "/api/v2/logs/actions",
    body: {
      group_id: event.groupId,
      user_id: event.userId ?? null,
      admin_id: event.adminId ?? null,
      action: event.action,
      details: event.details ?? null,
      timestamp: event.at.toISOString(),
    },
    idempotencyKey: event.idempotencyKey,
  };
}

export class ApiV2Client {
  constructor(readonly http: BackendClient) {}

  /** Sends an enforcement as recorded; the answer says what changed (warnings, escalation, status). */
  send(request: RecordRequest): Promise<EnforcementResult> {
    return this.post(request, enforcementResultSchema);
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

  /** Changes some settings (each block partial); answers the whole settings after. */
  patchSettings(groupId: number, patch: SettingsPatch): Promise<GroupSettings> {
    return this.http.request({
      method: "PATCH",
      path: `/api/v2/groups/${groupId}/settings`,
      json: patch,
      // A PATCH sets values: sending it twice leaves the same settings.
      idempotent: true,
      schema: envelope(groupSettingsSchema),
    });
  }

  /** Every group with night mode on, with whether its window is in force now. */
  async nightModes(): Promise<NightModeState[]> {
    const list = await this.http.request({
      path: "/api/v2/night-mode",
      cache: false,
      schema: envelope(nightModeListSchema),
    });
    return list.items;
  }

  /** A page of the action log, newest first. */
  actionLog(query: {
    groupId: number;
    userId?: number;
    action?: string;
    page?: number;
    pageSize?: number;
  }): Promise<ActionLogPage> {
    return this.http.request({
      path: "/api/v2/logs/actions",
      query: {
        group_id: query.groupId,
        ...(query.userId !== undefined ? { user_id: query.userId } : {}),
        ...(query.action !== undefined ? { action: query.action } : {}),
        page: query.page ?? 1,
        page_size: query.pageSize ?? 10,
      },
      cache: false,
      schema: envelope(actionLogPageSchema),
    });
  }

  /** Sends any kept record (an enforcement or an action-log line) as is: the outbox's delivery. */
  deliver(request: RecordRequest): Promise<unknown> {
    return this.post(request, z.unknown());
  }

  /** POSTs a record as is: its path, body and `Idempotency-Key`, so a retry records once. */
  private post<T extends z.ZodType>(request: RecordRequest, schema: T): Promise<z.output<T>> {
    return this.http.request({
      method: "POST",
      path: request.path,
      headers: { "idempotency-key": request.idempotencyKey },
      json: request.body,
      // Safe to repeat: the key makes API V2 answer a retry from what it stored.
      idempotent: true,
      schema: envelope(schema),
    });
  }

  health(): Promise<{ status: string }> {
    return this.http.request({ path: "/health", cache: false, schema: envelope(healthSchema) });
  }
}
