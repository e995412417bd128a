/**
 * Tabys's role-based access control, as the research note's table: twelve modules, four
 * permissions each, seven roles. One table, read by one check (`can`), used by every route.
 */

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

export const MODULES = [
  "events",
  "news",
  "vacancies",
  "courses",
  "projects",
  "leisure",
  "experts",
  "volunteers",
  "users",
  "certificates",
  "resumes",
  "tech_tasks",
] as const;
export type Module = (typeof MODULES)[number];

export const ACTIONS = ["read", "create", "update", "delete"] as const;
export type Action = (typeof ACTIONS)[number];

const ALL_ACTIONS: readonly Action[] = ACTIONS;
const everything = (): Partial<Record<Module, readonly Action[]>> =>
  Object.fromEntries(MODULES.map((module) => [module, ALL_ACTIONS]));

/** What each role may do, per module; a module not listed is closed to the role. */
export const PERMISSIONS: Readonly<Record<Role, Partial<Record<Module, readonly Action[]>>>> = {
  client: {},
  volunteer_admin: { volunteers: ALL_ACTIONS },
  msb: { vacancies: ALL_ACTIONS, leisure: ALL_ACTIONS },
  npo: { projects: ALL_ACTIONS, events: ALL_ACTIONS },
  government: Object.fromEntries(MODULES.map((module) => [module, ["read"] as const])),
  administrator: everything(),
  super_admin: everything(),
};

export function can(role: Role, module: Module, action: Action): boolean {
  return PERMISSIONS[role][module]?.includes(action) ?? false;
}

/** Uploading a photo only makes sense for a role that can create something to put it in. */
export function canCreateAnything(role: Role): boolean {
  return MODULES.some((module) => can(role, module, "create"));
}

/** Seeing and ending other people's Telegram sessions. */
export function canManageSessions(role: Role): boolean {
  return role === "administrator" || role === "super_admin";
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
