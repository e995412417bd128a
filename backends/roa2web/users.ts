/**
 * The ERP's users: lookup, password sign-in for the web app, and the companies each may see on
 * each server (a company's books live on one server; a session belongs to one).
 */
import type { Kysely, Selectable } from "kysely";
import { spendPasswordCheck, verifyPassword } from "../kit/passwords.js";
import type { ErpDatabase, UserTable } from "./db/schema.js";
import type { UserRole } from "./demoUsers.js";
import { SERVER_IDS, type ServerId } from "./servers.js";

export interface ErpUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  active: boolean;
}

/** A company as the API shows it. */
export interface ApiCompany {
  id: number;
  name: string;
  cui: string;
  city: string;
}

export type SignIn = { user: ErpUser } | { refused: "credentials" | "disabled" };

const userOf = (row: Selectable<UserTable>): ErpUser => ({
  id: row.id,
  email: row.email,
  name: row.full_name,
  role: row.role === "manager" ? "manager" : "accountant",
  active: row.is_active === 1,
});

/** Thrown by the handle's helpers (`generateCode("nobody@…")`): no user has that e-mail. */
export class UnknownUserError extends Error {
  constructor(email: string) {
    super(`no ROA2WEB user with the e-mail ${email}`);
    this.name = "UnknownUserError";
  }
}

export class UserStore {
  constructor(private readonly db: Kysely<ErpDatabase>) {}

  async byId(id: number): Promise<ErpUser | undefined> {
    const row = await this.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
    return row && userOf(row);
  }

  async byEmail(email: string): Promise<ErpUser | undefined> {
    const row = await this.db
      .selectFrom("users")
      .selectAll()
      .where("email", "=", email.trim().toLowerCase())
      .executeTakeFirst();
    return row && userOf(row);
  }

  /** The user with this e-mail; throws `UnknownUserError` when there is none. */
  async requireByEmail(email: string): Promise<ErpUser> {
    const user = await this.byEmail(email);
    if (!user) throw new UnknownUserError(email);
    return user;
  }

  /** A wrong e-mail and a wrong password cost the same scrypt and get the same answer. */
  async signIn(email: string, password: string): Promise<SignIn> {
    const row = await this.db
      .selectFrom("users")
      .selectAll()
      .where("email", "=", email.trim().toLowerCase())
      .executeTakeFirst();
    if (!row) {
      await spendPasswordCheck(password);
      return { refused: "credentials" };
    }
    if (!(await verifyPassword(password, row.password_hash))) return { refused: "credentials" };
    const user = userOf(row);
    return user.active ? { user } : { refused: "disabled" };
  }

  /** The companies the user may see on that server, by id. */
  async companies(userId: number, serverId: ServerId): Promise<ApiCompany[]> {
    return this.db
      .selectFrom("user_companies as uc")
      .innerJoin("companies as c", "c.id", "uc.company_id")
      .select(["c.id", "c.name", "c.cui", "c.city"])
      .where("uc.user_id", "=", userId)
      .where("c.server_id", "=", serverId)
      .orderBy("c.id")
      .execute();
  }

  /** The servers the user has companies on, in the installation's order. */
  async serversOf(userId: number): Promise<ServerId[]> {
    const rows = await this.db
      .selectFrom("user_companies as uc")
      .innerJoin("companies as c", "c.id", "uc.company_id")
      .select("c.server_id")
      .distinct()
      .where("uc.user_id", "=", userId)
      .execute();
    const servers = new Set(rows.map((r) => r.server_id));
    return SERVER_IDS.filter((id) => servers.has(id));
  }

  /** Whether the user may see that company through a session on that server. */
  async canSee(userId: number, serverId: ServerId, companyId: number): Promise<boolean> {
    const row = await this.db
      .selectFrom("user_companies as uc")
      .innerJoin("companies as c", "c.id", "uc.company_id")
      .select("c.id")
      .where("uc.user_id", "=", userId)
      .where("c.id", "=", companyId)
      .where("c.server_id", "=", serverId)
      .executeTakeFirst();
    return row !== undefined;
  }
}
