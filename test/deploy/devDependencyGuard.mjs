// `node --import ./devDependencyGuard.mjs dist/main.js`: the built start as a production image
// runs it, with only the production dependencies installed. Every package that package-lock.json
// marks dev-only (tsx, typescript, vitest, … and what only they need) fails to resolve, as it
// would after `npm ci --omit=dev`. The hooks run in their own thread (devDependencyHooks.mjs).
import { register } from "node:module";

register("./devDependencyHooks.mjs", import.meta.url);
