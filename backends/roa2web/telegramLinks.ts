/**
 * Telegram accounts linked to ERP users, and their tokens. A Telegram account has at most one
 * link (verify-user for it again replaces the old one and its tokens). Each link has one live
 * token family (`session_id`): its JWTs carry it as `sid`, its refresh tokens belong to it.
 * Refresh tokens are opaque, stored as their SHA-256 only, and rotate: each works once. A rotated
 * one presented again is a reuse (a stolen copy, or a client that lost the answer): the family is
 * revoked, so both holders must link again. Revoked links stay listed until unlinked.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { ErpDb } from "./db/openDatabase.js";
import type { ErpDatabase, TelegramLinkTable } from "./db/schema.js";
import type { ServerId } from "./servers.js";

export interface LinkRecord {
  id: number;
  telegramUserId: string;
  telegramUsername: string | null;
  userId: number;
  serverId: ServerId;
  linkedAt: number;
  /** Null once its tokens were revoked. */
  sessionId: string | null;
}

export interface NewLink {
  userId: number;
  serverId: ServerId;
  telegramUserId: string;
  telegramUsername: string | null;
}

export type Rotation =
  | { status: "rotated"; link: LinkRecord; refreshToken: string }
  /** Unknown, expired, of a revoked family, or its user disabled. */
  | { status: "refused" }
  /** Already rotated: the family has just been revoked. */
  | { status: "reused" };

const sha256Hex = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");
const newRefreshToken = () => `rt_${randomBytes(32).toString("base64url")}`;
const newSessionId = () => randomBytes(16).toString("base64url");

const linkOf = (row: Selectable<TelegramLinkTable>): LinkRecord => ({
  id: row.id,
  telegramUserId: row.telegram_user_id,
  telegramUsername: row.telegram_username,
  userId: row.user_id,
  serverId: row.server_id as ServerId,
  linkedAt: row.linked_at,
  sessionId: row.session_id,
});

export class TelegramLinks {
  private readonly db: Kysely<ErpDatabase>;

  constructor(
    private readonly erp: ErpDb,
    private readonly now: () => number,
    private readonly refreshTtlMs: number,
  ) {
    this.db = erp.db;
  }

  /** Links the Telegram account (replacing its old link and tokens) and starts a token family. */
  async link(input: NewLink): Promise<{ link: LinkRecord; refreshToken: string }> {
    const sessionId = newSessionId();
    const now = this.now();
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("telegram_links").where("telegram_user_id", "=", input.telegramUserId).execute();
      const row = await trx
        .insertInto("telegram_links")
        .values({
          telegram_user_id: input.telegramUserId,
          telegram_username: input.telegramUsername,
          user_id: input.userId,
          server_id: input.serverId,
          linked_at: now,
          session_id: sessionId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const refreshToken = newRefreshToken();
      await trx
        .insertInto("refresh_tokens")
        .values({
          token_hash: sha256Hex(refreshToken),
          link_id: row.id,
          session_id: sessionId,
          issued_at: now,
          expires_at: now + this.refreshTtlMs,
          rotated_at: null,
        })
        .execute();
      return { link: linkOf(row), refreshToken };
    });
  }

  /** Exchanges a refresh token for a new one (same family), once. */
  async rotate(refreshToken: string): Promise<Rotation> {
    const now = this.now();
    return this.db.transaction().execute(async (trx): Promise<Rotation> => {
      const token = await trx
        .selectFrom("refresh_tokens")
        .selectAll()
        .where("token_hash", "=", sha256Hex(refreshToken))
        .executeTakeFirst();
      if (!token) return { status: "refused" };
      const row = await trx
        .selectFrom("telegram_links as l")
        .innerJoin("users as u", "u.id", "l.user_id")
        .selectAll("l")
        .select("u.is_active")
        .where("l.id", "=", token.link_id)
        .executeTakeFirst();
      if (!row || row.session_id !== token.session_id) return { status: "refused" };
      if (token.rotated_at !== null) {
        await trx.updateTable("telegram_links").set({ session_id: null }).where("id", "=", row.id).execute();
        await trx.deleteFrom("refresh_tokens").where("link_id", "=", row.id).execute();
        return { status: "reused" };
      }
      if (token.expires_at <= now || row.is_active !== 1) return { status: "refused" };
      await trx
        .updateTable("refresh_tokens")
        .set({ rotated_at: now })
        .where("token_hash", "=", token.token_hash)
        .execute();
      const next = newRefreshToken();
      await trx
        .insertInto("refresh_tokens")
        .values({
          token_hash: sha256Hex(next),
          link_id: row.id,
          session_id: token.session_id,
          issued_at: now,
          expires_at: now + this.refreshTtlMs,
          rotated_at: null,
        })
        .execute();
      const { is_active: _active, ...link } = row;
      return { status: "rotated", link: linkOf(link), refreshToken: next };
    });
  }

  /** The link whose live token family this is, if it is still live. */
  async bySession(sessionId: string): Promise<LinkRecord | undefined> {
    const row = await this.db
      .selectFrom("telegram_links")
      .selectAll()
      .where("session_id", "=", sessionId)
      .executeTakeFirst();
    return row && linkOf(row);
  }

  async byTelegramUser(telegramUserId: string): Promise<LinkRecord | undefined> {
    const row = await this.db
      .selectFrom("telegram_links")
      .selectAll()
      .where("telegram_user_id", "=", telegramUserId)
      .executeTakeFirst();
    return row && linkOf(row);
  }

  /** The user's links, most recent first. */
  async listOf(userId: number): Promise<LinkRecord[]> {
    const rows = await this.db
      .selectFrom("telegram_links")
      .selectAll()
      .where("user_id", "=", userId)
      .orderBy("linked_at", "desc")
      .orderBy("id", "desc")
      .execute();
    return rows.map(linkOf);
  }

  /** Removes the link (its tokens with it); false when there was none. */
  async unlink(telegramUserId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("telegram_links")
      .where("telegram_user_id", "=", telegramUserId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /** Revokes every link's tokens at once (synchronously: a fault action cannot wait); how many were live. */
  revokeAll(): number {
    this.erp.runNow(this.db.deleteFrom("refresh_tokens"));
    return this.erp.runNow(
      this.db.updateTable("telegram_links").set({ session_id: null }).where("session_id", "is not", null),
    );
  }
}
