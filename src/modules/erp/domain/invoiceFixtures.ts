/** Invoices for tests (the views, exports and domain tests), in the contract's shape. */
import type { Invoice } from "../erpSchemas.js";

export function invoice(overrides: Partial<Invoice> & Pick<Invoice, "id">): Invoice {
  return {
    number: overrides.id,
    series: "FCT",
    issue_date: "2025-02-01",
    due_date: "2025-03-03",
    partner_name: "Client SRL",
    partner_cui: "RO1234567",
    total: 100,
    paid: 0,
    currency: "RON",
    status: "unpaid",
    days_overdue: 0,
    ...overrides,
  };
}
