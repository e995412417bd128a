/**
 * The ROA2WEB backend as the bot uses it (the contract: ../shared/research/erp-roa2web.md):
 * verify-user with the internal key, refresh-token with the refresh token alone, unlink and every
 * report with the user's access token. Every failure is a `BackendError`; what a refusal means
 * for the user is decided by the callers.
 */
import type { BackendClient } from "../../platform/http/backendClient.js";
import {
  type Company,
  companySchema,
  type Dashboard,
  dashboardSchema,
  type Invoice,
  type InvoicePage,
  invoicePageSchema,
  type TokenPair,
  type Treasury,
  tokenPairSchema,
  treasurySchema,
} from "./erpSchemas.js";

/** The statuses `GET /api/invoices/{company}` filters by; none = every invoice. */
export type InvoiceQuery = "unpaid" | "paid" | "partial" | "overdue" | undefined;

/** The largest page the bot asks for when it needs a whole list (exports, charts). */
const WHOLE_LIST_PAGE = 100;
/** A whole list is read at most this many pages deep (10,000 invoices). */
const MAX_PAGES = 100;

export interface VerifyUser {
  userId: number;
  serverId: string;
  telegramUserId: number;
  telegramUsername: string | undefined;
}

export class ErpClient {
  constructor(
    readonly http: BackendClient,
    private readonly internalKey: string,
  ) {}

  private bearer(token: string) {
    return { authorization: `Bearer ${token}` };
  }

  /** Tokens for the ERP user a code named; 404 unknown user, 403 disabled. Never retried. */
  verifyUser(who: VerifyUser): Promise<TokenPair> {
    return this.http.request({
      method: "POST",
      path: "/api/telegram/auth/verify-user",
      headers: this.bearer(this.internalKey),
      json: {
        user_id: who.userId,
        server_id: who.serverId,
        telegram_user_id: who.telegramUserId,
        telegram_username: who.telegramUsername ?? null,
      },
      schema: tokenPairSchema,
    });
  }

  /** A new pair for a refresh token, which stops working (rotation): never retried. 401 = refused. */
  refresh(refreshToken: string): Promise<TokenPair> {
    return this.http.request({
      method: "POST",
      path: "/api/telegram/auth/refresh-token",
      json: { refresh_token: refreshToken },
      schema: tokenPairSchema,
    });
  }

  /** Ends the link on the backend (it revokes the link's tokens); 204. Safe to repeat. */
  async unlink(accessToken: string, telegramUserId: number): Promise<void> {
    await this.http.request({
      method: "POST",
      path: "/api/telegram/auth/unlink",
      headers: this.bearer(accessToken),
      json: { telegram_user_id: telegramUserId },
      idempotent: true,
    });
  }

  companies(accessToken: string): Promise<Company[]> {
    return this.http.request({
      path: "/api/companies",
      headers: this.bearer(accessToken),
      schema: companySchema.array(),
    });
  }

  dashboard(accessToken: string, companyId: string): Promise<Dashboard> {
    return this.http.request({
      path: `/api/dashboard/${encodeURIComponent(companyId)}`,
      headers: this.bearer(accessToken),
      schema: dashboardSchema,
    });
  }

  invoices(
    accessToken: string,
    companyId: string,
    query: { status: InvoiceQuery; page: number; pageSize: number },
  ): Promise<InvoicePage> {
    return this.http.request({
      path: `/api/invoices/${encodeURIComponent(companyId)}`,
      query: { status: query.status, page: query.page, page_size: query.pageSize },
      headers: this.bearer(accessToken),
      schema: invoicePageSchema,
    });
  }

  /** Every invoice the filter selects, page after page, with the backend's totals. */
  async allInvoices(
    accessToken: string,
    companyId: string,
    status: InvoiceQuery,
  ): Promise<{ items: Invoice[]; totals: InvoicePage["totals"] }> {
    const first = await this.invoices(accessToken, companyId, { status, page: 1, pageSize: WHOLE_LIST_PAGE });
    const items = [...first.items];
    const pages = Math.min(first.pages, MAX_PAGES);
    for (let page = 2; page <= pages; page++) {
      const next = await this.invoices(accessToken, companyId, { status, page, pageSize: WHOLE_LIST_PAGE });
      items.push(...next.items);
    }
    return { items, totals: first.totals };
  }

  treasury(accessToken: string, companyId: string): Promise<Treasury> {
    return this.http.request({
      path: `/api/treasury/${encodeURIComponent(companyId)}`,
      headers: this.bearer(accessToken),
      schema: treasurySchema,
    });
  }
}
