/**
 * Every button of crm's core: `cr.m…` the menu, `cr.a…` the admin panel, `cr.o…` the rest (the
 * content screens use `cr.c…`). Buttons carry what they act on (a page, a Telegram user id, an
 * OTP id), so they keep working after a restart; each is HMAC-tagged by the kernel.
 */
import { defineCallback, id, int } from "../../kernel/callbackData.js";

/** Pages of the admin panel's lists. */
const page = int(0, 999);
/** A Telegram user id as the backend lists it (digits). */
const telegramUser = id(20);
const otpId = int(0, 2 ** 31);

/** Shows the main menu (edits the message). */
export const openMenu = defineCallback("cr.menu", 1, {});

/** The dashboard: the backend's counters for the modules the role may read. */
export const openDashboard = defineCallback("cr.odash", 1, {});

/** The super_admin's admin panel. */
export const openAdminPanel = defineCallback("cr.apanel", 1, {});

/** Active Telegram sessions, one page. */
export const sessionsPage = defineCallback("cr.asess", 1, { page });
/** Asks to confirm revoking a session (shows who it is). */
export const askRevokeSession = defineCallback("cr.asrev", 1, { user: telegramUser, page });
/** Revokes it. */
export const revokeSession = defineCallback("cr.asyes", 1, { user: telegramUser, page });

/** Active OTPs of every admin, one page. */
export const otpsPage = defineCallback("cr.aotp", 1, { page });
export const askRevokeOtp = defineCallback("cr.aorev", 1, { otp: otpId, page });
export const revokeOtp = defineCallback("cr.aoyes", 1, { otp: otpId, page });

/** The bot's own audit log (crm actions), one page. */
export const auditPage = defineCallback("cr.aaudit", 1, { page });
