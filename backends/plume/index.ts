/** The reference Plume backend: see README.md for routes, demo credentials and faults. */
export {
  basicAuthHeader,
  DEMO_CLIENTS,
  DEMO_CUSTOMERS,
  DEMO_LOCATIONS,
  DEMO_NODES,
  DEMO_PARTNERS,
  type DemoClient,
  PLUME_AUTH_SERVER_ID,
  PLUME_PARTNER_ROLE,
  PLUME_TOKEN_PATH,
} from "./demoCredentials.js";
export type { RequestCounts } from "./faultHooks.js";
export { FaultInjector, type FaultPatch, type FaultSettings, type FaultTarget } from "./faults.js";
export {
  createPlumeBackend,
  type PlumeBackend,
  type PlumeBackendOptions,
  type StartedPlumeBackend,
  startPlumeBackend,
} from "./plumeBackend.js";
export type { FlappingCycle } from "./world.js";
