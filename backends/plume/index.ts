/** The reference Plume backend: see README.md for routes, demo credentials and faults. */

export { FaultInjector } from "../kit/faults.js";
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
export type { FaultPatch, FaultSettings, FaultTarget, PlumeFaults } from "./faults.js";
export {
  createPlumeBackend,
  type PlumeBackend,
  type PlumeBackendOptions,
  type RequestCounts,
  type StartedPlumeBackend,
  startPlumeBackend,
} from "./plumeBackend.js";
export type { FlappingCycle } from "./world.js";
