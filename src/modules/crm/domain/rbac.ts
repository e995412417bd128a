/**
 * The Tabys RBAC table, as the backend's `app/rbac/permissions.py` has it (research note
 * `tabys-crm-api.md`): seven roles, twelve modules, four operations. The bot mirrors it to show
 * only what a role may do and to guard every command and button; the backend enforces it too.
 * Pure data and functions: no Telegram, no HTTP.
 */

/** The twelve content modules, in the order the main menu shows them. */
export const CRM_MODULES = [
  "events",
  "news",
  "vacancies",
  "courses",
  "projects",
  "leisure",
  "volunteers",
  "users",
  "certificates",
  "experts",
  "resumes",
  "tech_tasks",
] as const;
export type CrmModule = (typeof CRM_MODULES)[number];

export const OPERATIONS = ["read", "create", "update", "delete"] as const;
export type Operation = (typeof OPERATIONS)[number];

export const ROLES = [
  "client",
  "volunteer_admin",
  "msb",
  "npo",
  "government",
  "administrator",
  "super_admin",
] as const;
export type Role = (typeof ROLES)[number];

/** The action the platform's RBAC checks for an operation on a module: `events:update`. */
export const action = (module: CrmModule, operation: Operation) => `${module}:${operation}`;

/** The super_admin's admin panel: Telegram sessions, OTPs, the bot's audit log. */
export const ADMIN_PANEL = "admin:panel";

const all = (modules: readonly CrmModule[]) => modules.flatMap((m) => OPERATIONS.map((o) => action(m, o)));

/** Role → actions: the manifest's `roles`. A role not listed here (or `client`) may do nothing. */
export const CRM_ROLES: Readonly<Record<Role, readonly string[]>> = {
  client: [],
  volunteer_admin: all(["volunteers"]),
  msb: all(["vacancies", "leisure"]),
  npo: all(["projects", "events"]),
  government: CRM_MODULES.map((m) => action(m, "read")),
  administrator: all(CRM_MODULES),
  super_admin: [...all(CRM_MODULES), ADMIN_PANEL],
};

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

/** True when `role` may do `operation` on `module`. */
export function can(role: string | undefined, module: CrmModule, operation: Operation): boolean {
  return isRole(role) && CRM_ROLES[role].includes(action(module, operation));
}

/** The modules a role may read, in menu order. */
export const readableModules = (role: string | undefined): CrmModule[] =>
  CRM_MODULES.filter((m) => can(role, m, "read"));
