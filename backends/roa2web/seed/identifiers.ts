/**
 * Romanian identifiers that pass their own checks, as a real ERP would refuse anything else:
 * a CUI (fiscal code) ends with its control digit, an IBAN carries its ISO 13616 check digits.
 */

const CUI_KEY = "753217532";

/** The CUI whose digits before the control digit are `base` (2..9 digits). */
export function cuiWithControlDigit(base: string): string {
  if (!/^\d{2,9}$/.test(base)) throw new Error(`a CUI base is 2 to 9 digits, not "${base}"`);
  const padded = base.padStart(9, "0");
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(padded[i]) * Number(CUI_KEY[i]);
  const control = ((sum * 10) % 11) % 10;
  return `${base}${control}`;
}

/** ISO 7064 mod 97-10 of an IBAN-style string (letters count as 10..35). */
export function ibanMod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/** A Romanian IBAN: `RO`, check digits, the bank's 4-letter code and a 16-character account. */
export function romanianIban(bankCode: string, account: string): string {
  if (!/^[A-Z]{4}$/.test(bankCode) || !/^[A-Z0-9]{16}$/.test(account))
    throw new Error("a Romanian IBAN is a 4-letter bank code and 16 letters or digits");
  const check = 98 - ibanMod97(`${bankCode}${account}RO00`);
  return `RO${String(check).padStart(2, "0")}${bankCode}${account}`;
}
