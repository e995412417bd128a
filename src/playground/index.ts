/**
 * Demo mode and the playground web chat: `npm start` with no bot token runs everything offline.
 * Add a module's demo bot in demoBots.ts, its reference backend in demoBackends.ts.
 */
export { browserUrl, localBaseUrl } from "./addresses.js";
export { type DemoBackendName, demoBackends, type StartedBackends } from "./demoBackends.js";
export { type DemoBotSpec, demoBots } from "./demoBots.js";
export { type ConfigDocument, demoConfigDocument, loadDemoConfig } from "./demoConfig.js";
export { DEMO_GROUP, DEMO_USERS, type DemoUser } from "./demoWorld.js";
export type { PanelField, PanelSection } from "./panel.js";
export type { DemoInfo } from "./playgroundRoutes.js";
export {
  type DemoBot,
  type Playground,
  type PlaygroundOptions,
  startPlayground,
} from "./startPlayground.js";
