/**
 * Everything crm's handlers share for one (bot, crm) instance: the Tabys client, the sign-ins,
 * the RBAC, the audit. Built once by the module's `create` and held only by that instance's
 * closure, so two bots carrying crm never share a client or a session. Per-user state lives in
 * storage, never here.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BotContext } from "../../kernel/context.js";
import type { ModuleSetup } from "../../kernel/defineModule.js";
import type { AuditRecord } from "../../platform/audit/auditLog.js";
import type { ModuleRbac } from "../../platform/rbac/rbac.js";
import type { Services } from "../../platform/services.js";
import type { CrmConfig } from "./config.js";
import type { ContentDeps } from "./content/deps.js";
import { SessionStore } from "./session/sessionStore.js";
import { SignedOutError } from "./session/signedOutError.js";
import { TabysClient } from "./tabysClient.js";

export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), "locales");

/** The module's name: in storage keys, audit records and RBAC. */
export const CRM = "crm";

/** The name the Tabys client reports under (metrics, logs, and the kernel's error messages). */
export const BACKEND_NAME = "Tabys CRM";

/** What an audit record of a crm action says; bot, module, actor and time are filled in. */
export type CrmAuditEntry = Pick<AuditRecord, "action" | "target" | "details" | "result">;

export interface Crm {
  config: CrmConfig;
  services: Services;
  bot: string;
  tabys: TabysClient;
  sessions: SessionStore;
  rbac: ModuleRbac;
  /** A storage key of this instance: `crm:<bot>:<parts…>`. */
  key: ModuleSetup<CrmConfig>["key"];
  /** The rate-limit key of a user's typed secrets (OTPs, link tokens). */
  loginKey(userId: number): string;
  /** Records a crm action by the user of `ctx`. Never put an OTP, a JWT or a link token in it. */
  audit(ctx: BotContext, entry: CrmAuditEntry): Promise<void>;
  now(): number;
}

export interface CrmOptions {
  /** The clock sessions are judged by (tests move it). */
  now?: () => number;
}

/** Builds one instance's client and stores. */
export function createCrm(setup: ModuleSetup<CrmConfig>, options: CrmOptions = {}): Crm {
  const { config, services, key, rbac } = setup;
  const now = options.now ?? Date.now;
  const timeoutMs = Math.round(config.TABYS_API_TIMEOUT * 1000);
  // People wait for these answers: one retry, and a long Retry-After is told, not waited out.
  const http = services.http({
    name: BACKEND_NAME,
    baseUrl: config.TABYS_API_URL,
    timeoutMs,
    retries: 1,
    maxRetryAfterMs: 5_000,
  });
  const tabys = new TabysClient(http, config.TABYS_BOT_SECRET);
  const sessions = new SessionStore({
    storage: services.storage,
    secrets: services.secrets,
    keyPrefix: key(""),
    restore: (telegramUserId) => tabys.restoreSession(telegramUserId),
    backend: BACKEND_NAME,
    ttlMs: config.REDIS_SESSION_TTL * 1000,
    // One restore (a retry included) must end before another instance may start its own.
    leaseMs: 2 * timeoutMs + 5_000,
    now,
  });
  return {
    config,
    services,
    bot: setup.bot.id,
    tabys,
    sessions,
    rbac,
    key,
    loginKey: (userId) => key("login", userId),
    audit: (ctx, entry) =>
      services.audit.record({ bot: setup.bot.id, module: CRM, actor: String(ctx.from?.id), ...entry }),
    now,
  };
}

/** The user of an update, or `SignedOutError` (channel posts and the like have none). */
export function userIdOf(ctx: BotContext): number {
  if (!ctx.from) throw new SignedOutError("signed_out");
  return ctx.from.id;
}

/** What the content screens get from the core (see content/deps.ts). */
export function contentDeps(crm: Crm): ContentDeps {
  return {
    tabys: crm.tabys.http,
    apiUrl: crm.config.TABYS_API_URL,
    authorized: (ctx, call) => crm.sessions.authorized(userIdOf(ctx), call),
    rbac: crm.rbac,
    audit: crm.services.audit,
    storage: crm.services.storage,
    key: crm.key,
    bot: crm.bot,
  };
}
