/**
 * What group modules share: per-chat settings, the admin cache kept current by member updates,
 * who is acting in a message, and confirming an anonymous admin's action by a button. Each is a
 * factory taking everything it needs; make one per (bot, module) in the module's setup.
 */
export { type ActingUser, actingUser, GROUP_ANONYMOUS_BOT_ID } from "./actingUser.js";
export {
  type AdminCache,
  type AdminCacheOptions,
  type AdminLookup,
  adminCache,
  DEFAULT_ADMIN_TTL_MS,
} from "./adminCache.js";
export {
  ADMIN_RIGHTS,
  type AdminRight,
  type AdminRights,
  type ChatAdmin,
  isChatAdmin,
  rightsOf,
} from "./adminRights.js";
export {
  type ActionDefinition,
  type AnonymousAdmin,
  type AnonymousAdminOptions,
  anonymousAdmin,
  type ConfirmableAction,
  type ConfirmedAction,
  DEFAULT_CONFIRM_TTL_MS,
} from "./anonymousAdmin.js";
export {
  type ChatSettings,
  ChatSettingsError,
  type ChatSettingsOptions,
  chatSettings,
  type SettingsPatch,
} from "./chatSettings.js";
