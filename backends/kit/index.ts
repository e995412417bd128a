/** What every reference backend shares: see README.md. */
export {
  type BearerAuthOptions,
  type BearerRefusal,
  bearerAuth,
  bearerTokenOf,
  secretsEqual,
} from "./bearerAuth.js";
export { type Clock, type ManualClock, manualClock, shiftedClock } from "./clock.js";
export { CONTROL_PREFIX, type ControlRouteDeps, clockState, registerControlRoutes } from "./controlRoutes.js";
export {
  type FaultBody,
  type FaultHookOptions,
  installFaultHooks,
  type RequestCounter,
  type RequestCounts,
} from "./faultHooks.js";
export {
  type FaultDecision,
  FaultInjector,
  type FaultInjectorOptions,
  type FaultPatch,
  type FaultSettings,
  faultPatchSchema,
} from "./faults.js";
export {
  type BackendStartOptions,
  createBackendApp,
  listenBackend,
  prepareDataDir,
  type RunningBackend,
  type StartReferenceBackend,
} from "./referenceBackend.js";
export { hashSeed, mulberry32, randomAt } from "./seededRandom.js";
