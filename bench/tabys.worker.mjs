/**
 * Entry of the Tabys backend's worker thread (the crm carousel benchmark). Worker threads do not
 * inherit tsx's loader on Node 20, so it is registered here before the TypeScript is imported.
 */
import { register } from "tsx/esm/api";

register();
await import("./support/tabysWorker.ts");
