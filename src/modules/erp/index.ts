/**
 * erp: the ROA2WEB ERP bot (seed 004). Accountants and managers link their Telegram account with
 * an 8-character code from the ERP's web page (deep link, QR code, or typed), then read their
 * companies' dashboards, invoices and treasury; invoice lists export as CSV and PDF, receivables by
 * age come as a chart, and an opt-in daily digest lists overdue invoices. The backend hands codes
 * to the bot through `POST /internal/save-code`.
 *
 * Read on: config.ts → erpClient.ts and erpSchemas.ts (the backend) → domain/ (codes, invoices,
 * money and dates: pure) → store/ (codes, links on the token vault, per-user state) → views/ and
 * export/ → features/ (handlers) → routes/ and jobs/ → locales/.
 */
import { defineModule } from "../../kernel/defineModule.js";
import { erpConfigSchema } from "./config.js";
import { isCodePayload } from "./domain/linkCode.js";
import { disabledGate, erpErrorBoundary, privateOnly } from "./features/boundary.js";
import { companiesFeature } from "./features/companies.js";
import { dashboardFeature } from "./features/dashboard.js";
import { digestFeature } from "./features/digest.js";
import { exportsFeature } from "./features/exports.js";
import { invoicesFeature } from "./features/invoices.js";
import { erpStartHint, linkingFeature } from "./features/linking.js";
import { treasuryFeature } from "./features/treasury.js";
import { unlinkFeature } from "./features/unlink.js";
import { cleanUp } from "./jobs/cleanup.js";
import { runDigest } from "./jobs/digestJob.js";
import { saveCodeRoute } from "./routes/saveCode.js";
import { createErp, ERP, type ErpOptions, LOCALES_DIR } from "./runtime.js";

export { type ErpConfig, erpConfigSchema } from "./config.js";
export type { ErpOptions } from "./runtime.js";

/** The commands /help lists before linking, and once linked. */
const UNLINKED_COMMANDS = ["link"] as const;
const LINKED_COMMANDS = [
  "companies",
  "selectcompany",
  "dashboard",
  "sold",
  "facturi",
  "trezorerie",
  "digest",
  "clear",
  "unlink",
] as const;

const HOUR_MS = 3_600_000;

/** The module; `options` exist for tests (a controllable clock, a low guess budget). */
export function createErpModule(options: ErpOptions = {}) {
  return defineModule({
    name: ERP,
    config: erpConfigSchema,
    locales: LOCALES_DIR,
    callbackPrefix: "er",
    // A code pasted alone arrives as an ordinary private message.
    messages: "private",
    // /help and /start are the base module's: erp narrows /help with `helpCommands` and takes
    // `/start CODE` through `startPayload`.
    commands: [
      { command: "link", description: "erp-cmd-link" },
      { command: "companies", description: "erp-cmd-companies" },
      { command: "selectcompany", description: "erp-cmd-selectcompany" },
      { command: "dashboard", description: "erp-cmd-dashboard" },
      { command: "sold", description: "erp-cmd-sold" },
      { command: "facturi", description: "erp-cmd-facturi" },
      { command: "trezorerie", description: "erp-cmd-trezorerie" },
      { command: "digest", description: "erp-cmd-digest" },
      { command: "clear", description: "erp-cmd-clear" },
      { command: "unlink", description: "erp-cmd-unlink" },
    ],
    create(setup) {
      const erp = createErp(setup, options);
      return {
        gate: disabledGate(setup.config.MODULE_TELEGRAM_ENABLED),
        features: [
          privateOnly(),
          erpErrorBoundary([
            linkingFeature(erp),
            companiesFeature(erp),
            dashboardFeature(erp),
            invoicesFeature(erp),
            exportsFeature(erp),
            treasuryFeature(erp),
            digestFeature(erp),
            unlinkFeature(erp),
          ]),
        ],
        routes: [saveCodeRoute(erp)],
        jobs: [
          {
            name: "cleanup",
            every: HOUR_MS,
            async run() {
              const result = await cleanUp(erp);
              erp.logger.info(result, "erp: hourly clean-up");
            },
          },
          // No schedule of its own: `/digest` gives each user a cron in their zone that runs it.
          { name: "digest", run: (data) => runDigest(erp, data) },
        ],
        // Commands and buttons read the link and the active company: in the kernel's round trip.
        prefetch: (ctx) =>
          ctx.from ? [erp.links.recordKey(ctx.from.id), erp.state.companyKey(ctx.from.id)] : [],
        startHint: (ctx) => erpStartHint(ctx, erp),
        startPayload: isCodePayload,
        helpCommands: async (ctx) =>
          ctx.from && (await erp.links.get(ctx.from.id)) ? LINKED_COMMANDS : UNLINKED_COMMANDS,
        // Ready unless ROA2WEB has been failing: its breaker is what every request meets.
        health: async () => erp.client.http.health(),
      };
    },
  });
}

export default createErpModule();
