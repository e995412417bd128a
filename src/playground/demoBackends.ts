/**
 * The reference backends the playground starts, each on its own loopback port, all through the
 * kit's one start signature (`backends/kit/README.md`): a data folder under `<DATA_DIR>/demo`,
 * the app's URL. A later module issue that ships a backend adds one entry here and names it in
 * its demo bot (demoBots.ts).
 */

import { startApiV2Backend } from "../../backends/apiv2/index.js";
import type { RunningBackend, StartReferenceBackend } from "../../backends/kit/index.js";
import { CUSTOMERS } from "../../backends/plume/catalog.js";
import {
  basicAuthHeader,
  DEMO_CLIENTS,
  DEMO_PARTNERS,
  startPlumeBackend,
} from "../../backends/plume/index.js";
import {
  DEMO_ACCOUNTANT,
  DEMO_USERS,
  type Roa2webBackend,
  startRoa2webBackend,
} from "../../backends/roa2web/index.js";
import { DEMO_ADMINS, startTabysBackend } from "../../backends/tabys/index.js";
import { demoBots } from "./demoBots.js";
import { DEMO_GROUP, DEMO_GROUP_SETTINGS } from "./demoWorld.js";
import type { PanelSection } from "./panel.js";

/** A backend's `reset` and `close` come with it (`RunningBackend`): only these differ. */
interface BackendSpec<Started extends RunningBackend> {
  start: StartReferenceBackend<Started>;
  /** How a person logs in to this backend, for the side panel. */
  panel(backend: Started): PanelSection;
  /**
   * What the demo world needs in this backend beyond its own demo data, put there after it
   * starts and after each reset (through its own API, so it is validated as any client's call).
   */
  seed?(backend: Started): Promise<void>;
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
  roa2web: defineBackend({
    // Link codes go to the playground's own save-code route (`<appUrl>/internal/save-code`), and
    // "Open in Telegram" opens the ERP bot's chat in this playground (`<appUrl>/?bot=…&start=<code>`).
    start: (options): Promise<Roa2webBackend> =>
      startRoa2webBackend({
        ...options,
        telegramLinkBase: options.appUrl,
        ...(demoBots.erp ? { botUsername: demoBots.erp.profile.username } : {}),
      }),
    panel: (erp) => ({
      id: "erp",
      title: "ROA2WEB ERP",
      module: "erp",
      steps: [
        "Open the ROA2WEB web app (address below) and sign in as the demo accountant.",
        'Settings → Telegram: press "Generate code", then "Open in Telegram" (the ERP bot\'s chat here), or send the code to the ERP bot.',
        "Then /companies, /selectcompany, /dashboard, /facturi neplatite, /trezorerie.",
      ],
      fields: [
        { id: "erp-web-app", label: "ROA2WEB web app", value: erp.webUrl, link: true },
        { id: "erp-email", label: `Demo accountant (${DEMO_ACCOUNTANT.name})`, value: DEMO_ACCOUNTANT.email },
        { id: "erp-password", label: "Password", value: DEMO_ACCOUNTANT.password },
      ],
      table: {
        caption: "Demo users",
        rows: DEMO_USERS.map((user) => ({
          name: `${user.role}: ${user.name}${user.active ? "" : " (disabled)"}`,
          value: user.email,
        })),
      },
      more: {
        summary: "Their passwords",
        fields: DEMO_USERS.map((user) => ({
          id: `erp-password-${user.id}`,
          label: user.email,
          value: user.password,
        })),
      },
    }),
  }),
  apiv2: defineBackend({
    start: startApiV2Backend,
    // The demo group's name, log channel and flood control, as the bot's settings would set them.
    seed: async (api) => {
      const answer = await api.app.inject({
        method: "PATCH",
        url: `/api/v2/groups/${DEMO_GROUP.id}/settings`,
        headers: { authorization: `Bearer ${api.key}` },
        payload: DEMO_GROUP_SETTINGS,
      });
      if (answer.statusCode !== 200)
        throw new Error(
          `API V2 refused the demo group's settings (HTTP ${answer.statusCode}): ${answer.body}`,
        );
    },
    panel: (api) => ({
      id: "apiv2",
      title: "API V2 (moderation)",
      module: "moderation",
      steps: [
        "Act as Timur (an admin) in the Switchboard Community group: press ↩ on Victor's message and send /settings, then 🔇 Mute and a duration. Switch to Victor: his message box is closed until the mute ends.",
        "Or reply with /mute 10m, /warn, /ban or /kick; Elena is an anonymous admin (the bot asks her to confirm with a button), Boris floods (five messages in ten seconds mute him).",
        "Every action is posted to the log channel (Sofia, Timur and Elena read it) and recorded in API V2 (address and key below; its OpenAPI document too).",
      ],
      fields: [
        { id: "apiv2-url", label: "API_V2_URL", value: api.url },
        { id: "apiv2-key", label: "API_V2_KEY", value: api.key },
        { id: "apiv2-openapi", label: "OpenAPI document", value: `${api.url}/openapi.json`, link: true },
      ],
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

/**
 * Modules whose backend is not in the table above yet: the panel says so instead of showing
 * nothing. (A backend in the table whose module has not landed is shown as upcoming anyway.)
 */
export const upcomingPanels: PanelSection[] = [];
