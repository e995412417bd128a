/**
 * The admin panel's screens: active Telegram sessions, active OTPs (never the OTP itself: the
 * backend keeps only its hash), and the bot's audit log. Names come from the backend and are
 * shown cut; every text goes through the escaping `t`.
 */
import { cut } from "../../../kernel/html.js";
import type { AuditRecord } from "../../../platform/audit/auditLog.js";
import type { Page } from "../domain/paging.js";
import type { ActiveOtp, TelegramSession } from "../tabysSchemas.js";
import { formatBackendTime, formatUtc, roleName, type Translate } from "./format.js";

/** Title, blank line, the lines (or the empty sentence), and "page 1 of 3" when there are several. */
function listText(t: Translate, title: string, lines: string[], empty: string, page: Page<unknown>): string {
  const body = lines.length > 0 ? lines : [t(empty)];
  const footer = page.pages > 1 ? ["", t("crm-page", { page: page.page + 1, pages: page.pages })] : [];
  return [title, "", ...body, ...footer].join("\n");
}

export function sessionsText(t: Translate, page: Page<TelegramSession>, total: number): string {
  const lines = page.items.map((s, i) =>
    t("crm-session-line", {
      n: page.offset + i + 1,
      name: cut(s.admin_name),
      role: roleName(t, s.role),
      username: s.telegram_username ? `@${cut(s.telegram_username, 32)}` : "—",
      user: s.telegram_user_id,
      since: formatBackendTime(s.created_at),
      active: formatBackendTime(s.last_activity),
    }),
  );
  return listText(t, t("crm-sessions-title", { count: total }), lines, "crm-sessions-empty", page);
}

export function revokeSessionQuestion(t: Translate, session: TelegramSession): string {
  return t("crm-session-revoke-confirm", {
    name: cut(session.admin_name),
    role: roleName(t, session.role),
    user: session.telegram_user_id,
  });
}

export function otpsText(t: Translate, page: Page<ActiveOtp>, total: number): string {
  const lines = page.items.map((otp, i) =>
    t("crm-otp-line", {
      n: page.offset + i + 1,
      name: cut(otp.admin_name),
      role: roleName(t, otp.role),
      created: formatBackendTime(otp.created_at),
      expires: formatBackendTime(otp.expires_at),
    }),
  );
  return listText(t, t("crm-otps-title", { count: total }), lines, "crm-otps-empty", page);
}

export function revokeOtpQuestion(t: Translate, otp: ActiveOtp): string {
  return t("crm-otp-revoke-confirm", {
    name: cut(otp.admin_name),
    role: roleName(t, otp.role),
    created: formatBackendTime(otp.created_at),
  });
}

/** Actions the core records, with a name in every language; others (content writes) show as recorded. */
const NAMED_ACTIONS = new Set(["login", "logout", "link", "session-revoke", "otp-revoke"]);

function auditLine(t: Translate, record: AuditRecord): string {
  const adminName = record.details?.adminName;
  const action = NAMED_ACTIONS.has(record.action)
    ? t(`crm-audit-action-${record.action}`)
    : cut(record.action, 40);
  return t("crm-audit-line", {
    time: formatUtc(Date.parse(record.time)),
    who: typeof adminName === "string" ? `${cut(adminName, 40)} (${record.actor})` : record.actor,
    action,
    target: record.target ? cut(record.target, 40) : "—",
    result: t(`crm-audit-result-${record.result}`),
  });
}

export function auditText(t: Translate, page: Page<AuditRecord>, total: number): string {
  const lines = page.items.map((record) => auditLine(t, record));
  return listText(t, t("crm-audit-title", { count: total }), lines, "crm-audit-empty", page);
}
