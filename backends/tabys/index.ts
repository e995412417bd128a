/** The reference Tabys CRM backend: see README.md for the contract, options, demo admins and the handle. */

export type { Account } from "./accounts.js";
export { UnknownAccountError } from "./accounts.js";
export { CONTENT_TYPES, type ContentType, type FieldSpec, type ListShape } from "./contentTypes.js";
export { DEMO_ADMINS, DEMO_BOT_SECRET, type DemoAdmin, demoAdmin } from "./demoAdmins.js";
export { TABYS_PARTS, type TabysFaults, type TabysPart } from "./faults.js";
export { ACTIONS, type Action, can, MODULES, type Module, PERMISSIONS, ROLES, type Role } from "./rbac.js";
export {
  createTabysBackend,
  startTabysBackend,
  type TabysApp,
  type TabysBackend,
  type TabysBackendOptions,
} from "./tabysBackend.js";
