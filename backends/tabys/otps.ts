/**
 * One-time passwords for `/login`: issued from the web admin page, single use, short-lived,
 * revocable, stored as their SHA-256 only. Looking one up by its hash reveals nothing useful
 * through timing: an attacker would need a preimage of the digest being compared.
 */
import type { Kysely } from "kysely";
import type { TabysDatabase } from "./db/schema.js";
import { newOtp, OTP_PATTERN, sha256Hex } from "./oneTimeSecrets.js";

export type OtpStatus = "active" | "used" | "revoked" | "expired";

export interface IssuedOtp {
  otpId: number;
  otp: string;
  createdAt: number;
  expiresAt: number;
}

export interface OtpRecord {
  otpId: number;
  adminId: number;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
  revokedAt: number | null;
  status: OtpStatus;
}

/** What `/login <otp>` finds: the OTP to spend, or why it cannot be used. */
export type OtpLookup =
  | { status: "active"; otpId: number; adminId: number }
  | { status: "invalid" | "expired" };

/** The OTP as the bot sent it, normalised as the bot does (trimmed, upper case). */
const normaliseOtp = (otp: string) => otp.trim().toUpperCase();

export class OtpStore {
  constructor(
    private readonly db: Kysely<TabysDatabase>,
    private readonly now: () => number,
  ) {}

  async issue(adminId: number, lifetimeMs: number): Promise<IssuedOtp> {
    const createdAt = this.now();
    const expiresAt = createdAt + lifetimeMs;
    // A collision with a stored hash (1 in 36^8 per live OTP) is simply drawn again.
    for (;;) {
      const otp = newOtp();
      const row = await this.db
        .insertInto("otps")
        .values({
          admin_id: adminId,
          token_hash: sha256Hex(otp),
          created_at: createdAt,
          expires_at: expiresAt,
        })
        .onConflict((oc) => oc.column("token_hash").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (row) return { otpId: row.id, otp, createdAt, expiresAt };
    }
  }

  async lookup(otp: string): Promise<OtpLookup> {
    const normalised = normaliseOtp(otp);
    if (!OTP_PATTERN.test(normalised)) return { status: "invalid" };
    const row = await this.db
      .selectFrom("otps")
      .selectAll()
      .where("token_hash", "=", sha256Hex(normalised))
      .executeTakeFirst();
    if (!row || row.used_at !== null || row.revoked_at !== null) return { status: "invalid" };
    if (row.expires_at <= this.now()) return { status: "expired" };
    return { status: "active", otpId: row.id, adminId: row.admin_id };
  }

  /** Spends it; false when another request spent (or someone revoked) it first. */
  async markUsed(otpId: number): Promise<boolean> {
    const result = await this.db
      .updateTable("otps")
      .set({ used_at: this.now() })
      .where("id", "=", otpId)
      .where("used_at", "is", null)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** The OTP if `adminId` may see it (its owner, or anyone when `anyOwner`). */
  async find(otpId: number, adminId: number, anyOwner: boolean): Promise<OtpRecord | undefined> {
    let query = this.db.selectFrom("otps").selectAll().where("id", "=", otpId);
    if (!anyOwner) query = query.where("admin_id", "=", adminId);
    const row = await query.executeTakeFirst();
    return row ? this.record(row) : undefined;
  }

  /** Revokes it unless already spent or revoked (revoking twice is fine). */
  async revoke(otpId: number): Promise<void> {
    await this.db
      .updateTable("otps")
      .set({ revoked_at: this.now() })
      .where("id", "=", otpId)
      .where("used_at", "is", null)
      .where("revoked_at", "is", null)
      .execute();
  }

  /** This account's OTPs, newest first (the last 50). */
  async listOf(adminId: number): Promise<OtpRecord[]> {
    const rows = await this.db
      .selectFrom("otps")
      .selectAll()
      .where("admin_id", "=", adminId)
      .orderBy("id", "desc")
      .limit(50)
      .execute();
    return rows.map((row) => this.record(row));
  }

  /** Everyone's OTPs that can still be used, newest first, with their owner. */
  async listActive() {
    return this.db
      .selectFrom("otps as o")
      .innerJoin("admins as a", "a.id", "o.admin_id")
      .select(["o.id", "o.admin_id", "a.full_name", "a.role", "o.created_at", "o.expires_at"])
      .where("o.used_at", "is", null)
      .where("o.revoked_at", "is", null)
      .where("o.expires_at", ">", this.now())
      .orderBy("o.id", "desc")
      .execute();
  }

  private record(row: {
    id: number;
    admin_id: number;
    created_at: number;
    expires_at: number;
    used_at: number | null;
    revoked_at: number | null;
  }): OtpRecord {
    const status: OtpStatus =
      row.used_at !== null
        ? "used"
        : row.revoked_at !== null
          ? "revoked"
          : row.expires_at <= this.now()
            ? "expired"
            : "active";
    return {
      otpId: row.id,
      adminId: row.admin_id,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      usedAt: row.used_at,
      revokedAt: row.revoked_at,
      status,
    };
  }
}
