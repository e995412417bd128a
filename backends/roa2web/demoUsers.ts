/**
 * The demo users the backend is seeded with, and the demo internal API key. Not secrets: they
 * only open this loopback demo, and the web app's sign-in page shows them on purpose.
 */

/** What the backend and the bot share as `ERP_INTERNAL_API_KEY` unless given another `internalApiKey`. */
export const DEMO_INTERNAL_API_KEY = "roa2web-demo-internal-key-7c41e9a2b58d3f06";

export type UserRole = "accountant" | "manager";

export interface DemoUser {
  id: number;
  email: string;
  password: string;
  name: string;
  role: UserRole;
  /** A disabled user cannot sign in, and verify-user answers 403 for them. */
  active: boolean;
  /** The companies they may see (`DEMO_COMPANIES` ids), on whichever server each lives. */
  companyIds: readonly number[];
}

/** In the order the sign-in page lists them; ids 1..4. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: 1,
    email: "ana@firma.ro",
    password: "Contabil-2024",
    name: "Ana Popescu",
    role: "accountant",
    active: true,
    companyIds: [1, 2, 3],
  },
  {
    id: 2,
    email: "mihai.ionescu@firma.ro",
    password: "Manager-2024",
    name: "Mihai Ionescu",
    role: "manager",
    active: true,
    companyIds: [1, 2, 3, 4, 5, 6],
  },
  {
    id: 3,
    email: "elena.stanescu@firma.ro",
    password: "Arhiva-2024",
    name: "Elena Stănescu",
    role: "accountant",
    active: true,
    companyIds: [5, 6],
  },
  {
    id: 4,
    email: "radu.gheorghiu@firma.ro",
    password: "Inactiv-2024",
    name: "Radu Gheorghiu",
    role: "accountant",
    active: false,
    companyIds: [1],
  },
];

/** The demo accountant the playground's panel names. */
export const DEMO_ACCOUNTANT = DEMO_USERS[0]!;

/** The demo user with that e-mail (case-insensitive); throws for an unknown one. */
export function demoUser(email: string): DemoUser {
  const user = DEMO_USERS.find((u) => u.email === email.trim().toLowerCase());
  if (!user) throw new Error(`no demo user with the e-mail ${email}`);
  return user;
}
