/**
 * Money as the ERP keeps it: integers in minor units (bani, euro cents), so sums are exact; the
 * API shows amounts as numbers in the currency's unit (`1234.5` RON). Other currencies count in a
 * company's figures at the stored exchange rate, converted once per figure and rounded to the
 * minor unit (half away from zero).
 */
export const CURRENCIES = ["RON", "EUR"] as const;
export type Currency = (typeof CURRENCIES)[number];

export const isCurrency = (value: string): value is Currency =>
  (CURRENCIES as readonly string[]).includes(value);

/** Minor units → the currency's unit, as the API shows it. */
export const units = (cents: number): number => cents / 100;

/** Sums in minor units, by currency. */
export type CentsByCurrency = Partial<Record<Currency, number>>;

export function addCents(sums: CentsByCurrency, currency: Currency, cents: number): void {
  sums[currency] = (sums[currency] ?? 0) + cents;
}

/** RON for one unit of each currency, times 10,000 (`EUR: 49763` is 4.9763 RON). */
export type ExchangeRates = Readonly<Record<Currency, number>>;

const roundHalfAway = (value: number): number => Math.sign(value) * Math.round(Math.abs(value));

/** The sums converted into `target` and added: one rounding per currency. */
export function convertSums(sums: CentsByCurrency, target: Currency, rates: ExchangeRates): number {
  let total = 0;
  for (const currency of CURRENCIES) {
    const cents = sums[currency];
    if (!cents) continue;
    total += currency === target ? cents : roundHalfAway((cents * rates[currency]) / rates[target]);
  }
  return total;
}
