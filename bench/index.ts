// `npm run bench`: prints figures against DESIGN.md's targets. Never asserted in tests.
import { backendReads } from "./backendReads.js";
import { sessionMemory } from "./sessionMemory.js";
import { webhookThroughput } from "./webhookThroughput.js";

console.log(`Switchboard benchmarks · Node ${process.version} · ${new Date().toISOString()}`);
await webhookThroughput();
await backendReads();
await sessionMemory();
