/** The accounts people sign in with (the seven demo admins): lookup and password sign-in. */
import type { Kysely, Selectable } from "kysely";
import { spendPasswordCheck, verifyPassword } from "../kit/passwords.js";
import type { AdminTable, TabysDatabase } from "./db/schema.js";
import { isRole, type Role } from "./rbac.js";

export interface Account {
  id: number;
  email: string;
  name: string;
  role: Role;
  isActive: boolean;
}

const accountOf = (row: Selectable<AdminTable> | undefined): Account | undefined =>
  row && isRole(row.role)
    ? { id: row.id, email: row.email, name: row.full_name, role: row.role, isActive: row.is_active === 1 }
    : undefined;

/** Thrown by the handle's helpers (`issueOtp("nobody@…")`): no account has that email. */
export class UnknownAccountError extends Error {
  constructor(email: string) {
    super(`no Tabys account with the email ${email}`);
    this.name = "UnknownAccountError";
  }
}

export class AccountStore {
  constructor(private readonly db: Kysely<TabysDatabase>) {}

  async byId(id: number): Promise<Account | undefined> {
    return accountOf(await this.db.selectFrom("admins").selectAll().where("id", "=", id).executeTakeFirst());
  }

  async byEmail(email: string): Promise<Account | undefined> {
    const row = await this.db
      .selectFrom("admins")
      .selectAll()
      .where("email", "=", email.trim().toLowerCase())
      .executeTakeFirst();
    return accountOf(row);
  }

  /** The account with this email; throws `UnknownAccountError` when there is none. */
  async requireByEmail(email: string): Promise<Account> {
    const account = await this.byEmail(email);
    if (!account) throw new UnknownAccountError(email);
    return account;
  }

  /** The active account with this email and password, or null (the same time either way). */
  async signIn(email: string, password: string): Promise<Account | null> {
    const row = await this.db
      .selectFrom("admins")
      .selectAll()
      .where("email", "=", email.trim().toLowerCase())
      .executeTakeFirst();
    if (!row) {
      await spendPasswordCheck(password);
      return null;
    }
    const ok = await verifyPassword(password, row.password_hash);
    const account = accountOf(row);
    return ok && account?.isActive ? account : null;
  }
}
