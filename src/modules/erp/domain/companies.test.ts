/** Company search (names without diacritics, CUIs with or without RO) and paging. */
import { describe, expect, it } from "vitest";
import type { Company } from "../erpSchemas.js";
import { pageOf, searchCompanies } from "./companies.js";

const company = (id: string, name: string, cui: string): Company => ({ id, name, cui, city: "" });
const all = [
  company("1", "Transporturi Brașov SRL", "RO16543210"),
  company("2", "ACME Distribuție SA", "RO12345678"),
  company("3", "Construcții Acme Nord SRL", "RO87654321"),
  company("4", "Ștefan & Fiii SRL", "RO11223344"),
];
const names = (list: Company[]) => list.map((c) => c.id);

describe("companies: search", () => {
  it("by name, ignoring case and diacritics; names that start with it first", () => {
    expect(names(searchCompanies(all, "acme"))).toEqual(["2", "3"]);
    expect(names(searchCompanies(all, "brasov"))).toEqual(["1"]);
    expect(names(searchCompanies(all, "STEFAN"))).toEqual(["4"]);
  });

  it("by CUI, with or without RO", () => {
    expect(names(searchCompanies(all, "12345678"))).toEqual(["2"]);
    expect(names(searchCompanies(all, "ro 8765"))).toEqual(["3"]);
  });

  it("nothing asked: every company, by name", () => {
    expect(names(searchCompanies(all, " "))).toEqual(["2", "3", "4", "1"]);
    expect(searchCompanies(all, "zzz")).toEqual([]);
  });
});

describe("companies: pages", () => {
  it("cuts a list in pages; a page past the end is the last", () => {
    const list = Array.from({ length: 19 }, (_, i) => i);
    expect(pageOf(list, 0, 8)).toEqual({ items: [0, 1, 2, 3, 4, 5, 6, 7], page: 0, pages: 3 });
    expect(pageOf(list, 9, 8)).toEqual({ items: [16, 17, 18], page: 2, pages: 3 });
    expect(pageOf([], 0, 8)).toEqual({ items: [], page: 0, pages: 1 });
  });
});
