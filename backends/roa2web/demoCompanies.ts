/**
 * The demo companies: Romanian firms with real-format fiscal codes (control digit checked), each
 * on one of the two ERP servers, keeping its books in RON. Ids are fixed, so tests and the bot's
 * tests can name them.
 */
import type { ServerId } from "./servers.js";

export interface DemoCompany {
  id: number;
  serverId: ServerId;
  name: string;
  /** `RO` + the CUI: all of them are VAT payers. */
  cui: string;
  city: string;
  /** The series on the invoices it issues. */
  series: string;
}

export const COMPANY_CURRENCY = "RON";

export const DEMO_COMPANIES: readonly DemoCompany[] = [
  {
    id: 1,
    serverId: "main",
    name: "Carpați Distribuție SRL",
    cui: "RO18452718",
    city: "Brașov",
    series: "CRP",
  },
  {
    id: 2,
    serverId: "main",
    name: "Delta Logistic & Transport SRL",
    cui: "RO22619378",
    city: "Constanța",
    series: "DLT",
  },
  {
    id: 3,
    serverId: "main",
    name: "Agromureș Cereale SA",
    cui: "RO11806435",
    city: "Târgu Mureș",
    series: "AGM",
  },
  {
    id: 4,
    serverId: "main",
    name: "Bega Construct SRL",
    cui: "RO33475189",
    city: "Timișoara",
    series: "BGC",
  },
  {
    id: 5,
    serverId: "archive",
    name: "Someș Textile SRL",
    cui: "RO27166049",
    city: "Cluj-Napoca",
    series: "SMT",
  },
  {
    id: 6,
    serverId: "archive",
    name: "Olt Metal Prelucrări SA",
    cui: "RO15532987",
    city: "Slatina",
    series: "OMP",
  },
];
