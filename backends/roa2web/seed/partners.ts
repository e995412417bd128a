/**
 * The companies' business partners: Romanian customers (names with diacritics and `&`, which a
 * bot must escape), EU customers invoiced in EUR, and suppliers. Each partner's fiscal code is a
 * pure function of its name, so it is the same on every invoice.
 */
import { hashSeed } from "../../kit/seededRandom.js";
import type { Currency } from "../money.js";
import { cuiWithControlDigit } from "./identifiers.js";

export interface Partner {
  name: string;
  cui: string;
}

export interface Supplier extends Partner {
  /** The series on its invoices. */
  series: string;
  currency: Currency;
  /** Typical invoice total, in the currency's unit, before VAT. */
  range: readonly [min: number, max: number];
}

/** `RO` + a valid CUI for a VAT payer; the bare CUI for the few that are not. */
function romanian(name: string, vatPayer = true): Partner {
  const cui = cuiWithControlDigit(String(1_000_000 + (hashSeed("cui", name) % 44_000_000)));
  return { name, cui: vatPayer ? `RO${cui}` : cui };
}

/** An EU VAT number of that country's length, digits only. */
function european(name: string, prefix: string, digits: number, suffix = ""): Partner {
  const number = String(hashSeed("vat", name)).padStart(10, "7").repeat(2).slice(0, digits);
  return { name, cui: `${prefix}${number}${suffix}` };
}

export const CUSTOMERS: readonly Partner[] = [
  romanian("Țesătoria Șerban & Fiii SRL"),
  romanian("Ștefănescu & Asociații SCA"),
  romanian("Brutăria Mărgineanu SRL"),
  romanian("Farmacia Dâmbovița SRL"),
  romanian("Construcții Văcărescu & Co SRL"),
  romanian("Hotel Ținutul Bârsei SRL"),
  romanian("Agroind Bărăgan SA"),
  romanian("Mobila Frățilă SRL"),
  romanian("Tipografia Românească SA"),
  romanian("Cofetăria Dulce & Bun SRL"),
  romanian("Transport Rusu & Fiii SRL"),
  romanian("Pensiunea Miorița SRL"),
  romanian("Atelierul Meșterului Ion SRL"),
  romanian("Supermarket Bănățeanu SRL"),
  romanian("Vinăria Dealu Mare SA"),
  romanian("Clinica Medicală Sănătatea SRL"),
  romanian("Lactate Făgăraș SRL"),
  romanian("Service Auto Dumitrașcu SRL"),
  romanian("Editura Litera Veche SRL"),
  romanian("Depozitul Oltenia & Co SRL"),
  romanian("Ferma Ciobanu Mioara II", false),
  romanian("Cabinet Avocat Ionescu Mihăiță", false),
];

export const EU_CUSTOMERS: readonly Partner[] = [
  european("Müller & Söhne GmbH", "DE", 9),
  european("Bianchi Tessuti S.r.l.", "IT", 11),
  european("Kovács Logisztika Kft.", "HU", 8),
  european("Dupont & Fils SARL", "FR", 11),
  european("Van der Berg Handel B.V.", "NL", 9, "B01"),
];

export const SUPPLIERS: readonly Supplier[] = [
  { ...romanian("Energo Furnizare Transilvania SA"), series: "EFT", currency: "RON", range: [600, 9_000] },
  { ...romanian("Telecom Carpați SA"), series: "TLC", currency: "RON", range: [150, 1_400] },
  { ...romanian("Aquaserv Regional SA"), series: "AQS", currency: "RON", range: [90, 900] },
  { ...romanian("Carburanți Dunărea SRL"), series: "CDN", currency: "RON", range: [1_200, 16_000] },
  { ...romanian("Birotica Expert SRL"), series: "BEX", currency: "RON", range: [80, 2_400] },
  { ...romanian("Curățenie Profesională & Co SRL"), series: "CPC", currency: "RON", range: [700, 3_500] },
  { ...romanian("Chirii Comerciale Centru SRL"), series: "CCC", currency: "RON", range: [4_000, 12_000] },
  { ...romanian("Asigurări Prudent SA"), series: "ASP", currency: "RON", range: [900, 6_500] },
  { ...romanian("Contabilitate & Audit Pavel SRL"), series: "CAP", currency: "RON", range: [1_500, 4_500] },
  { ...romanian("Ambalaje Verzi SRL"), series: "AMV", currency: "RON", range: [300, 7_000] },
  {
    ...european("Schneider Industrietechnik GmbH", "DE", 9),
    series: "SIT",
    currency: "EUR",
    range: [900, 14_000],
  },
];

/** Partner names by name, for the showcase invoices that name theirs. */
export function partnerNamed(name: string): Partner {
  const partner = [...CUSTOMERS, ...EU_CUSTOMERS, ...SUPPLIERS].find((p) => p.name === name);
  if (!partner) throw new Error(`no seeded partner named ${name}`);
  return { name: partner.name, cui: partner.cui };
}
