/**
 * The reference backends the playground starts, each on its own loopback port. A later module
 * issue that ships a backend adds one entry here and names it in its demo bot (demoBots.ts).
 */

import { CUSTOMERS } from "../../backends/plume/catalog.js";
import {
  basicAuthHeader,
  DEMO_CLIENTS,
  DEMO_PARTNERS,
  startPlumeBackend,
} from "../../backends/plume/index.js";
import type { PanelSection } from "./panel.js";

interface BackendSpec<Started> {
  start(): Promise<Started>;
  stop(backend: Started): Promise<void>;
  /** Back to the seeded state (faults, overrides) when the playground is reset. */
  reset(backend: Started): void;
  /** How a person logs in to this backend, for the side panel. */
  panel(backend: Started): PanelSection;
}

const defineBackend = <Started>(spec: BackendSpec<Started>) => spec;

/** Every reference backend that exists, by name. */
export const demoBackends = {
  plume: defineBackend({
    start: () => startPlumeBackend({ port: 0 }),
    stop: (plume) => plume.close(),
    reset: (plume) => plume.reset(),
    panel: () => {
      const client = DEMO_CLIENTS.northwind;
      const other = DEMO_CLIENTS.bluebird;
      return {
        id: "plume",
        title: "Plume WiFi",
        module: "netmon",
        steps: [
          "Send /setup to the Netmon bot.",
          "Paste the Authorization header below, then the partner id.",
          "Then /locations: pick a customer and a location; /status, /wan, /stats.",
        ],
        fields: [
          {
            id: "plume-authorization",
            label: "Authorization header (Northwind Fiber)",
            value: basicAuthHeader(client.clientId, client.clientSecret),
          },
          { id: "plume-partner", label: "Partner id", value: DEMO_PARTNERS.northwind.id },
        ],
        table: {
          caption: "Customers to try",
          rows: CUSTOMERS.filter((c) => c.partnerId === DEMO_PARTNERS.northwind.id).map((c) => ({
            name: c.name,
            value: c.id,
          })),
        },
        more: {
          summary: "Another partner (Bluebird Telecom)",
          fields: [
            {
              id: "plume-authorization-bluebird",
              label: "Authorization header",
              value: basicAuthHeader(other.clientId, other.clientSecret),
            },
            { id: "plume-partner-bluebird", label: "Partner id", value: DEMO_PARTNERS.bluebird.id },
          ],
        },
      };
    },
  }),
};

export type DemoBackendName = keyof typeof demoBackends;

/** What a backend's `start` resolves to, by name. */
export type StartedBackend<Name extends DemoBackendName> = Awaited<
  ReturnType<(typeof demoBackends)[Name]["start"]>
>;

/** Backends whose modules have not landed yet: the panel says so instead of showing nothing. */
export const upcomingPanels: PanelSection[] = [
  {
    id: "tabys",
    title: "Tabys CRM",
    module: "crm",
    upcoming: true,
    steps: [
      "Administrators log in with a one-time password generated in the Tabys web panel: /login A7B9C3D5.",
    ],
    fields: [],
  },
  {
    id: "erp",
    title: "ROA2WEB ERP",
    module: "erp",
    upcoming: true,
    steps: ["Accountants link their account with a code from the ERP's link page."],
    fields: [],
  },
];
