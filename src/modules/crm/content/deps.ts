/**
 * The seam between the crm module's core (sign-in, session, menus, admin panel: `src/modules/crm`)
 * and its content screens (browse, create, edit, delete: `src/modules/crm/content`). The core
 * builds one `ContentDeps` per module instance and passes it to `contentFeatures`; the content
 * screens never read the session or the token themselves.
 */
import type { BotContext } from "../../../kernel/context.js";
import type { AuditLog } from "../../../platform/audit/auditLog.js";
import type { BackendClient } from "../../../platform/http/backendClient.js";
import type { ModuleRbac } from "../../../platform/rbac/rbac.js";
import type { Storage } from "../../../platform/storage/storage.js";

export interface ContentDeps {
  /** The Tabys backend (`TABYS_API_URL`), through the platform's client. */
  tabys: BackendClient;
  /** `TABYS_API_URL`, to resolve relative photo URLs and to tell the backend's own photos apart. */
  apiUrl: string;
  /**
   * Runs a backend call with the signed-in user's JWT. The core restores an expired JWT through
   * `restore-session` and retries once on a 401; when the backend no longer honours the session
   * it ends it and throws `SignedOutError` (the core's error boundary tells the user to /login).
   */
  authorized<T>(ctx: BotContext, call: (jwt: string) => Promise<T>): Promise<T>;
  /** This instance's RBAC (actions `<module>:<read|create|update|delete>`, see domain/rbac.ts). */
  rbac: ModuleRbac;
  audit: Pick<AuditLog, "record">;
  storage: Storage;
  /** Storage keys scoped to this (bot, module): `crm:<bot>:…`. */
  key: (...parts: (string | number)[]) => string;
  /** The bot id, for audit records. */
  bot: string;
}
