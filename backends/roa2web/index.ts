/** The reference ROA2WEB ERP backend: see README.md for the contract, options, demo users and the handle. */

export type { Dashboard } from "./dashboard.js";
export { COMPANY_CURRENCY, DEMO_COMPANIES, type DemoCompany } from "./demoCompanies.js";
export {
  DEMO_ACCOUNTANT,
  DEMO_INTERNAL_API_KEY,
  DEMO_USERS,
  type DemoUser,
  demoUser,
  type UserRole,
} from "./demoUsers.js";
export { ROA2WEB_PARTS, type Roa2webFaults, type Roa2webPart } from "./faults.js";
export {
  type ApiInvoice,
  INVOICE_FILTERS,
  type InvoiceFilter,
  type InvoicePage,
  type InvoiceStatus,
} from "./invoiceFigures.js";
export { CODE_ALPHABET, CODE_PATTERN, CODE_TTL_MS, type IssuedCode, type SaveCodeBody } from "./linkCodes.js";
export { CURRENCIES, type Currency } from "./money.js";
export {
  createRoa2webBackend,
  type InvoiceQuery,
  type Roa2webApp,
  type Roa2webBackend,
  type Roa2webBackendOptions,
  startRoa2webBackend,
} from "./roa2webBackend.js";
export { SERVER_IDS, SERVERS, type ServerId } from "./servers.js";
export type { LinkRecord } from "./telegramLinks.js";
export type { Treasury } from "./treasury.js";
export { type ApiCompany, UnknownUserError } from "./users.js";
export { WEB_PATHS } from "./webPages.js";
