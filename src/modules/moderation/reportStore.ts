/**
 * Reports of messages to a group's admins, kept in storage for `REPORT_TTL_MS`: one record per
 * reported message (written with `setIfAbsent`, so a second report of the same message, on any
 * instance, is known as such), holding what the admins' private notices show and where those
 * notices are, so an admin's action can be shown on every admin's copy. Also the per-member
 * report counter that keeps one member from flooding the admins.
 */
import type { Storage } from "../../platform/storage/storage.js";
import type { Member } from "./views.js";

/** How long a report is remembered: its buttons keep working, a second report is "already reported". */
export const REPORT_TTL_MS = 3 * 86_400_000;
/** A member may report this many messages per window in one group; further reports are refused. */
export const REPORTS_PER_WINDOW = 5;
export const REPORT_WINDOW_MS = 10 * 60_000;

/** What an admin can do from a report's private notice. */
export const REPORT_ACTIONS = ["delete", "mute", "ban", "dismiss"] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** One admin's private notice of a report. */
export interface ReportNotice {
  /** The admin's id: also the private chat's. */
  chatId: number;
  messageId: number;
  /** The language the notice is written in. */
  language: string;
}

/** What an admin did about a report, shown on every notice. */
export interface ReportOutcome {
  action: ReportAction;
  by: Member;
  /** The message was gone already (a delete), rather than deleted now. */
  gone?: boolean;
}

export interface Report {
  chatId: number;
  chatTitle: string;
  messageId: number;
  /** A link that opens the reported message, when the group has one (see messageLink.ts). */
  link?: string;
  reporter: Member;
  /** The author of the reported message; a channel's id is negative (no mute or ban then). */
  author: Member;
  /** The reported message's text, cut short; undefined when it has none (a sticker…). */
  excerpt?: string;
  /** What the reporter wrote after /report, cut short. */
  reason?: string;
  at: number;
  notices: ReportNotice[];
  outcomes: ReportOutcome[];
}

export interface ReportStore {
  /** Keeps `report` unless its message was reported already; true when this call kept it. */
  open(report: Report): Promise<boolean>;
  get(chatId: number, messageId: number): Promise<Report | undefined>;
  /** Writes the report again (its notices, an outcome), keeping its original expiry roughly. */
  save(report: Report, now: number): Promise<void>;
  /** Counts a report by `userId` in the group; true while within the allowance. */
  allow(chatId: number, userId: number): Promise<{ allowed: boolean; count: number }>;
}

export function reportStore(options: {
  storage: Storage;
  key: (...parts: Array<string | number>) => string;
}): ReportStore {
  const { storage, key } = options;
  const reportKey = (chatId: number, messageId: number) => key("report", chatId, messageId);
  return {
    open: (report) => storage.setIfAbsent(reportKey(report.chatId, report.messageId), report, REPORT_TTL_MS),
    get: (chatId, messageId) => storage.get<Report>(reportKey(chatId, messageId)),
    async save(report, now) {
      const left = Math.max(report.at + REPORT_TTL_MS - now, 60_000);
      await storage.set(reportKey(report.chatId, report.messageId), report, left);
    },
    async allow(chatId, userId) {
      const count = await storage.increment(key("reports-by", chatId, userId), 1, REPORT_WINDOW_MS);
      return { allowed: count <= REPORTS_PER_WINDOW, count };
    },
  };
}
