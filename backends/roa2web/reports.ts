/**
 * The figures the bot asks for, computed at request time from the ledger as of the backend's
 * clock: today is its Bucharest date, `as_of` its instant. Shared by the routes and the handle
 * (`dashboardOf`, `invoicesOf`, `treasuryOf`), so a test's expected figures are the API's.
 */
import { dateAt, isoInstant, monthStart } from "./calendar.js";
import { computeDashboard, type Dashboard } from "./dashboard.js";
import { type InvoicePage, invoicePage, type PageRequest } from "./invoiceFigures.js";
import type { CompanyRecord, LedgerStore } from "./ledgerStore.js";
import { type Treasury, treasuryOf } from "./treasury.js";

export class ErpReports {
  constructor(
    private readonly ledger: LedgerStore,
    private readonly now: () => number,
  ) {}

  /** The company's dashboard now. */
  async dashboard(companyId: number): Promise<Dashboard> {
    const now = this.now();
    const today = dateAt(now);
    const company = await this.requireCompany(companyId);
    const [issued, received, monthPayments, rates] = await Promise.all([
      this.ledger.invoices(companyId, "issued", today),
      this.ledger.invoices(companyId, "received", today),
      this.ledger.paymentsBetween(companyId, monthStart(today), today),
      this.ledger.rates(),
    ]);
    return computeDashboard({
      companyId,
      currency: company.currency,
      issued,
      received,
      monthPayments,
      rates,
      today,
      asOf: isoInstant(now),
    });
  }

  /** A page of the invoices the company issued, filtered, with totals over the whole selection. */
  async invoices(companyId: number, request: PageRequest): Promise<InvoicePage> {
    await this.requireCompany(companyId);
    const today = dateAt(this.now());
    return invoicePage(await this.ledger.invoices(companyId, "issued", today), request, today);
  }

  async treasury(companyId: number): Promise<Treasury> {
    await this.requireCompany(companyId);
    const now = this.now();
    return treasuryOf(companyId, await this.ledger.accounts(companyId, dateAt(now)), isoInstant(now));
  }

  private async requireCompany(companyId: number): Promise<CompanyRecord> {
    const company = await this.ledger.company(companyId);
    if (!company) throw new Error(`no company with the id ${companyId}`);
    return company;
  }
}
