/**
 * The data routes the bot calls, all behind the access guard (Bearer JWT; 401 expired or revoked):
 *
 * - `GET /api/companies` → `[{id, name, cui, city}]`, the caller's companies on the token's server
 * - `GET /api/dashboard/{company_id}` → dashboard
 * - `GET /api/invoices/{company_id}?status=unpaid|paid|partial|overdue&page=1&page_size=10`
 *   → `{items, total, page, pages, totals: {count, by_currency}}`
 * - `GET /api/treasury/{company_id}` → treasury
 *
 * A company the caller may not see through this session (another user's, another server's, or
 * none at all) is 403; a `company_id` that is not a positive integer, or a bad query, is 400.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { ERRORS, sendError, sendInvalid } from "./apiErrors.js";
import { INVOICE_FILTERS } from "./invoiceFigures.js";
import type { Roa2webServices } from "./services.js";

const companyParams = z.object({
  company_id: z
    .string()
    .regex(/^\d{1,9}$/, "must be a positive integer")
    .transform(Number)
    .refine((id) => id > 0, "must be a positive integer"),
});

/** `?status=` (empty) counts as no filter, as a form would send it. */
const blankAsAbsent = (value: unknown) => (value === "" ? undefined : value);

const invoiceQuery = z.object({
  status: z.preprocess(blankAsAbsent, z.enum(INVOICE_FILTERS).optional()),
  page: z.preprocess(blankAsAbsent, z.coerce.number().int().min(1).default(1)),
  page_size: z.preprocess(blankAsAbsent, z.coerce.number().int().min(1).max(100).default(10)),
});

export function registerErpRoutes(app: FastifyInstance, services: Roa2webServices): void {
  const { guard, users, reports } = services;

  /** The company id of the path if the caller may see it; otherwise the 400/403 is sent. */
  const visibleCompany = async (
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<number | undefined> => {
    const params = companyParams.safeParse(request.params);
    if (!params.success) {
      sendInvalid(reply, "path", params.error);
      return undefined;
    }
    const link = guard.linkOf(request);
    const companyId = params.data.company_id;
    if (!(await users.canSee(link.userId, link.serverId, companyId))) {
      sendError(reply, 403, "forbidden", ERRORS.forbidden);
      return undefined;
    }
    return companyId;
  };

  app.register(async (api) => {
    api.addHook("onRequest", guard.hook);

    api.get("/api/companies", async (request) => {
      const link = guard.linkOf(request);
      return users.companies(link.userId, link.serverId);
    });

    api.get("/api/dashboard/:company_id", async (request, reply) => {
      const companyId = await visibleCompany(request, reply);
      return companyId === undefined ? reply : reports.dashboard(companyId);
    });

    api.get("/api/invoices/:company_id", async (request, reply) => {
      const companyId = await visibleCompany(request, reply);
      if (companyId === undefined) return reply;
      const query = invoiceQuery.safeParse(request.query);
      if (!query.success) return sendInvalid(reply, "query", query.error);
      const { status, page, page_size } = query.data;
      return reports.invoices(companyId, { ...(status ? { status } : {}), page, pageSize: page_size });
    });

    api.get("/api/treasury/:company_id", async (request, reply) => {
      const companyId = await visibleCompany(request, reply);
      return companyId === undefined ? reply : reports.treasury(companyId);
    });
  });
}
