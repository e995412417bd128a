/**
 * The demo accounts the backend is seeded with, one per role, and the demo bot secret. Not
 * secrets: they only open this loopback demo, and the admin page shows them on purpose.
 */
import type { Role } from "./rbac.js";

/** What the bot sends as `X-Bot-Secret` unless the backend was given another `botSecret`. */
export const DEMO_BOT_SECRET = "tabys-demo-bot-secret-5c1d8e2a9f7b4630";

export interface DemoAdmin {
  role: Role;
  email: string;
  password: string;
  /** Shown by the bot after login; one has `<`, `&` and `_` in it, to prove the bot escapes it. */
  name: string;
}

/** In the order the admin page lists them; ids are assigned in this order (1..7). */
export const DEMO_ADMINS: readonly DemoAdmin[] = [
  {
    role: "client",
    email: "client@tabys.example",
    password: "Client-demo-2024",
    name: "Айгерім Сейтқалиева",
  },
  {
    role: "volunteer_admin",
    email: "volunteers@tabys.example",
    password: "Volunteers-demo-2024",
    name: "Данияр Омаров",
  },
  { role: "msb", email: "msb@tabys.example", password: "Msb-demo-2024", name: "Мадина Ахметова" },
  { role: "npo", email: "npo@tabys.example", password: "Npo-demo-2024", name: "Ерлан_Жақсыбеков <НКО & Co>" },
  {
    role: "government",
    email: "government@tabys.example",
    password: "Government-demo-2024",
    name: "Гүлнар Тұрсынова",
  },
  { role: "administrator", email: "admin@tabys.example", password: "Admin-demo-2024", name: "Нұрлан Әбенов" },
  {
    role: "super_admin",
    email: "super@tabys.example",
    password: "Super-demo-2024",
    name: "Әсел Қуанышқызы",
  },
];

/** The demo account with that role. */
export function demoAdmin(role: Role): DemoAdmin {
  const admin = DEMO_ADMINS.find((a) => a.role === role);
  if (!admin) throw new Error(`no demo admin with role ${role}`);
  return admin;
}
