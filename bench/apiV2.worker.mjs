/**
 * Entry of API V2's worker thread (the moderation panel benchmark). Worker threads do not inherit
 * tsx's loader on Node 20, so it is registered here before the TypeScript is imported.
 */
import { register } from "tsx/esm/api";

register();
await import("./support/apiV2Worker.ts");
