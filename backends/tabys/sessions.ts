/**
 * Login sessions. A Telegram session binds a Telegram user to an account (at most one per
 * Telegram user: a new login replaces the old one) and ends when logged out, revoked from the web
 * panel, or idle longer than the session lifetime; every authenticated request made with its JWT
 * counts as activity. A web session is what a sign-in on the admin page holds.
 */
import type { Kysely } from "kysely";
import type { TabysDb } from "./db/openDatabase.js";
import type { TabysDatabase } from "./db/schema.js";
import { newSessionId } from "./oneTimeSecrets.js";

export interface TelegramIdentity {
  telegramUserId: string;
  username: string | null;
  firstName: string | null;
  lastName: string | null;
}

export interface ActiveSession {
  id: string;
  telegramUserId: string;
  adminId: number;
  username: string | null;
  adminName: string;
  role: string;
  createdAt: number;
  lastActivity: number;
}

export class SessionStore {
  private readonly db: Kysely<TabysDatabase>;

  constructor(
    private readonly tabys: TabysDb,
    private readonly now: () => number,
    private readonly ttlMs: number,
  ) {
    this.db = tabys.db;
  }

  /** Sessions whose last activity is older than this have ended. */
  private cutoff(): number {
    return this.now() - this.ttlMs;
  }

  /** Starts a session for this Telegram user, ending the one it had; returns the session id. */
  async startTelegram(adminId: number, who: TelegramIdentity): Promise<string> {
    const id = newSessionId("tg");
    const now = this.now();
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("telegram_sessions").where("telegram_user_id", "=", who.telegramUserId).execute();
      await trx
        .insertInto("telegram_sessions")
        .values({
          id,
          telegram_user_id: who.telegramUserId,
          admin_id: adminId,
          telegram_username: who.username,
          telegram_first_name: who.firstName,
          telegram_last_name: who.lastName,
          created_at: now,
          last_activity: now,
        })
        .execute();
    });
    return id;
  }

  /** The Telegram user's session if it is still active; marks it active now. */
  async resumeTelegram(telegramUserId: string): Promise<{ id: string; adminId: number } | undefined> {
    const row = await this.db
      .selectFrom("telegram_sessions")
      .select(["id", "admin_id"])
      .where("telegram_user_id", "=", telegramUserId)
      .where("last_activity", ">", this.cutoff())
      .executeTakeFirst();
    if (!row) return undefined;
    await this.touchTelegram(row.id, row.admin_id);
    return { id: row.id, adminId: row.admin_id };
  }

  /** Records activity on a session; false when it has ended (logged out, revoked or idle too long). */
  async touchTelegram(sessionId: string, adminId: number): Promise<boolean> {
    const result = await this.db
      .updateTable("telegram_sessions")
      .set({ last_activity: this.now() })
      .where("id", "=", sessionId)
      .where("admin_id", "=", adminId)
      .where("last_activity", ">", this.cutoff())
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Ends the Telegram user's session; true when it was still active. */
  async endTelegram(telegramUserId: string): Promise<boolean> {
    const ended = await this.db
      .deleteFrom("telegram_sessions")
      .where("telegram_user_id", "=", telegramUserId)
      .returning("last_activity")
      .executeTakeFirst();
    return ended !== undefined && ended.last_activity > this.cutoff();
  }

  /** Ends every Telegram session at once (synchronously: a fault action cannot wait). */
  endAllTelegram(): number {
    return this.tabys.runNow(this.db.deleteFrom("telegram_sessions"));
  }

  /** Active Telegram sessions, most recently active first. */
  async listTelegram(): Promise<ActiveSession[]> {
    const rows = await this.db
      .selectFrom("telegram_sessions as s")
      .innerJoin("admins as a", "a.id", "s.admin_id")
      .select([
        "s.id",
        "s.telegram_user_id",
        "s.admin_id",
        "s.telegram_username",
        "a.full_name",
        "a.role",
        "s.created_at",
        "s.last_activity",
      ])
      .where("s.last_activity", ">", this.cutoff())
      .orderBy("s.last_activity", "desc")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      telegramUserId: r.telegram_user_id,
      adminId: r.admin_id,
      username: r.telegram_username,
      adminName: r.full_name,
      role: r.role,
      createdAt: r.created_at,
      lastActivity: r.last_activity,
    }));
  }

  async countActiveTelegram(): Promise<number> {
    const row = await this.db
      .selectFrom("telegram_sessions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("last_activity", ">", this.cutoff())
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async startWeb(adminId: number): Promise<string> {
    const id = newSessionId("web");
    await this.db
      .insertInto("web_sessions")
      .values({ id, admin_id: adminId, created_at: this.now() })
      .execute();
    return id;
  }

  async webSessionExists(sessionId: string, adminId: number): Promise<boolean> {
    const row = await this.db
      .selectFrom("web_sessions")
      .select("id")
      .where("id", "=", sessionId)
      .where("admin_id", "=", adminId)
      .executeTakeFirst();
    return row !== undefined;
  }
}
