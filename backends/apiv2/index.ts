/** API V2, the moderation service: see README.md for the contract, options and the handle. */

export {
  type ApiV2App,
  type ApiV2Backend,
  type ApiV2Options,
  createApiV2,
  DATABASE_FILE,
  DEMO_API_KEY,
  startApiV2Backend,
} from "./apiV2Backend.js";
export { API_V2_PARTS, type ApiV2Faults, type ApiV2Part } from "./faults.js";
export { ACTION_TYPES, type ActionType } from "./moderationSchemas.js";
export { LOCKS, WEEKDAYS } from "./settingsSchemas.js";
