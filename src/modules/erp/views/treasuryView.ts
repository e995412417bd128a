/**
 * `/trezorerie`: the company's cash registers and bank accounts with their balances, and the
 * totals per currency (the backend's), as of when. IBANs are shown whole, in `<code>` so a tap
 * copies them; names are cut.
 */
import { cut } from "../../../kernel/html.js";
import { currencyOrder } from "../domain/invoices.js";
import type { Treasury } from "../erpSchemas.js";
import type { ActiveCompany } from "../store/userState.js";
import { type Formats, NAME_LIMIT, type Translate } from "./format.js";

export function treasuryText(t: Translate, f: Formats, company: ActiveCompany, treasury: Treasury): string {
  const none = [t("erp-treasury-none")];
  const cash = treasury.cash.map((c) =>
    t("erp-treasury-cash-line", {
      name: cut(c.register, NAME_LIMIT),
      amount: f.money(c.balance, c.currency),
    }),
  );
  const banks = treasury.banks.map((b) =>
    t(b.iban ? "erp-treasury-bank-line" : "erp-treasury-bank-line-no-iban", {
      bank: cut(b.bank, NAME_LIMIT),
      iban: cut(b.iban, 40),
      amount: f.money(b.balance, b.currency),
    }),
  );
  const totals = Object.entries(treasury.total_by_currency)
    .sort(([a], [b]) => currencyOrder(a, b))
    .map(([currency, amount]) => t("erp-treasury-total-line", { amount: f.money(amount, currency) }));
  return [
    t("erp-treasury-title", { company: cut(company.name, NAME_LIMIT) }),
    "",
    t("erp-treasury-cash"),
    ...(cash.length > 0 ? cash : none),
    "",
    t("erp-treasury-banks"),
    ...(banks.length > 0 ? banks : none),
    "",
    t("erp-treasury-totals"),
    ...(totals.length > 0 ? totals : none),
    "",
    t("erp-as-of", { time: f.instant(treasury.as_of) }),
  ].join("\n");
}
