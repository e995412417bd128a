/**
 * The reference backends the playground starts, each on its own loopback port, all through the
 * kit's one start signature (`backends/kit/README.md`): a data folder under `<DATA_DIR>/demo`,
 * the app's URL. A later module issue that ships a backend adds one entry here and names it in
 * its demo bot (demoBots.ts).
 */

import type { RunningBackend, StartReferenceBackend } from "../../backends/kit/index.js";
import { CUSTOMERS } from "../../backends/plume/catalog.js";
import {
  basicAuthHeader,
  DEMO_CLIENTS,
  DEMO_PARTNERS,
  startPlumeBackend,
} from "../../backends/plume/index.js";
import { DEMO_ADMINS, startTabysBackend } from "../../backends/tabys/index.js";
import type { PanelSection } from "./panel.js";

/** A backend's `reset` and `close` come with it (`RunningBackend`): only these differ. */
interface BackendSpec<Started extends RunningBackend> {
  start: StartReferenceBackend<Started>;
  /** How a person logs in to this backend, for the side panel. */
  panel(backend: Started): PanelSection;
}

const defineBackend = <Started extends RunningBackend>(spec: BackendSpec<Started>) => spec;

/** Every reference backend that exists, by name. */
export const demoBackends = {
  plume: defineBackend({
    start: startPlumeBackend,
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
  tabys: defineBackend({
    start: startTabysBackend,
    panel: (tabys) => ({
      id: "tabys",
      title: "Tabys CRM",
      module: "crm",
      steps: [
        "Open the Tabys web admin page (address below) and sign in as one of the demo admins.",
        'Press "Generate Telegram OTP" and send the /login command it shows to the CRM bot.',
        "Then /menu: each role sees the sections its permissions allow.",
      ],
      fields: [
        { id: "tabys-admin-page", label: "Tabys web admin page", value: tabys.adminPageUrl, link: true },
      ],
      table: {
        caption: "Demo admins (one per role)",
        rows: DEMO_ADMINS.map((admin) => ({ name: `${admin.role}: ${admin.name}`, value: admin.email })),
      },
      more: {
        summary: "Their passwords (the admin page signs in with one click)",
        fields: DEMO_ADMINS.map((admin) => ({
          id: `tabys-password-${admin.role}`,
          label: `${admin.role} (${admin.email})`,
          value: admin.password,
        })),
      },
    }),
  }),
};

export type DemoBackendName = keyof typeof demoBackends;

/** What a backend's `start` resolves to, by name. */
export type StartedBackend<Name extends DemoBackendName> = Awaited<
  ReturnType<(typeof demoBackends)[Name]["start"]>
>;

/** The backends a playground started, by name. */
export type StartedBackends = { [Name in DemoBackendName]?: StartedBackend<Name> };

/** Backends whose modules have not landed yet: the panel says so instead of showing nothing. */
export const upcomingPanels: PanelSection[] = [
  {
    id: "erp",
    title: "ROA2WEB ERP",
    module: "erp",
    upcoming: true,
    steps: ["Accountants link their account with a code from the ERP's link page."],
    fields: [],
  },
];
