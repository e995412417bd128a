/** The texts about a user's own sign-in: /status, the /start line, the menu's title. */
import type { CrmSession } from "../session/crmSession.js";
import { formatUtc, roleName, type Translate } from "./format.js";

/** /status of a signed-in user: who, which role, since when, until when if idle. */
export function statusText(t: Translate, session: CrmSession, endsAt: number): string {
  return t("crm-status", {
    name: session.adminName,
    role: roleName(t, session.role),
    since: formatUtc(session.createdAt),
    ends: formatUtc(endsAt),
  });
}

/** The /start line: signed in as whom, or how to sign in. */
export function startHintText(t: Translate, session: CrmSession | undefined): string {
  return session
    ? t("crm-hint-signed-in", { name: session.adminName, role: roleName(t, session.role) })
    : t("crm-hint-signed-out");
}

export function menuTitle(t: Translate, session: Pick<CrmSession, "adminName" | "role">): string {
  return t("crm-menu-title", { name: session.adminName, role: roleName(t, session.role) });
}
