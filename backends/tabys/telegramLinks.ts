/**
 * Linking a platform account to a Telegram chat: the account asks for a link token (web page),
 * the person opens the bot with `/start link_<token>`, the bot confirms it. Tokens are single
 * use, short-lived and stored as their SHA-256; an account is linked to at most one chat.
 */
import type { Kysely } from "kysely";
import type { TabysDatabase } from "./db/schema.js";
import { newLinkToken, sha256Hex } from "./oneTimeSecrets.js";

export interface LinkedChat {
  telegramChatId: string;
  username: string | null;
  firstName: string | null;
  linkedAt: number;
}

export type LinkOutcome = { status: "linked"; userId: number } | { status: "not_found" | "already_linked" };

export class TelegramLinks {
  constructor(
    private readonly db: Kysely<TabysDatabase>,
    private readonly now: () => number,
  ) {}

  async issue(adminId: number, lifetimeMs: number): Promise<{ token: string; expiresAt: number }> {
    const token = newLinkToken();
    const createdAt = this.now();
    const expiresAt = createdAt + lifetimeMs;
    await this.db
      .insertInto("link_tokens")
      .values({
        admin_id: adminId,
        token_hash: sha256Hex(token),
        created_at: createdAt,
        expires_at: expiresAt,
      })
      .execute();
    return { token, expiresAt };
  }

  async confirm(token: string, chat: Omit<LinkedChat, "linkedAt">): Promise<LinkOutcome> {
    return this.db.transaction().execute(async (trx): Promise<LinkOutcome> => {
      const row = await trx
        .selectFrom("link_tokens")
        .selectAll()
        .where("token_hash", "=", sha256Hex(token))
        .executeTakeFirst();
      if (!row || row.used_at !== null || row.expires_at <= this.now()) return { status: "not_found" };
      const linked = await trx
        .selectFrom("telegram_links")
        .select("admin_id")
        .where("admin_id", "=", row.admin_id)
        .executeTakeFirst();
      if (linked) return { status: "already_linked" };
      const now = this.now();
      await trx.updateTable("link_tokens").set({ used_at: now }).where("id", "=", row.id).execute();
      await trx
        .insertInto("telegram_links")
        .values({
          admin_id: row.admin_id,
          telegram_chat_id: chat.telegramChatId,
          telegram_username: chat.username,
          telegram_first_name: chat.firstName,
          linked_at: now,
        })
        .execute();
      return { status: "linked", userId: row.admin_id };
    });
  }

  async linkOf(adminId: number): Promise<LinkedChat | undefined> {
    const row = await this.db
      .selectFrom("telegram_links")
      .selectAll()
      .where("admin_id", "=", adminId)
      .executeTakeFirst();
    return row
      ? {
          telegramChatId: row.telegram_chat_id,
          username: row.telegram_username,
          firstName: row.telegram_first_name,
          linkedAt: row.linked_at,
        }
      : undefined;
  }

  async unlink(adminId: number): Promise<boolean> {
    const result = await this.db
      .deleteFrom("telegram_links")
      .where("admin_id", "=", adminId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
