/**
 * Entry of the ROA2WEB backend's worker thread (the erp reports benchmark). Worker threads do not
 * inherit tsx's loader on Node 20, so it is registered here before the TypeScript is imported.
 */
import { register } from "tsx/esm/api";

register();
await import("./support/roa2webWorker.ts");
