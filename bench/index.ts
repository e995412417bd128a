// `npm run bench`: prints figures against DESIGN.md's targets. Never asserted in tests.
import { backendReads } from "./backendReads.js";
import { crmCarousel } from "./crmCarousel.js";
import { erpReports } from "./erpReports.js";
import { moderationMessages } from "./moderationMessages.js";
import { moderationPanel } from "./moderationPanel.js";
import { netmonStatus } from "./netmonStatus.js";
import { sessionMemory } from "./sessionMemory.js";
import { startMemory } from "./startMemory.js";

console.log(`Switchboard benchmarks · Node ${process.version} · ${new Date().toISOString()}`);
await netmonStatus();
await moderationMessages();
await moderationPanel();
await crmCarousel();
await erpReports();
await backendReads();
await sessionMemory();
await startMemory();
