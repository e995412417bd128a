/**
 * The texts of a report: the private notice each admin gets (the group, who reported whom, the
 * reason, an excerpt of the message and a link to it, then what admins have done about it) and
 * which of its buttons still apply. Pure: `t` is the reader's translation (an admin's language,
 * not the reporter's); names and the excerpt are plain text, escaped by `t` or `mention`.
 */
import { cut } from "../../kernel/html.js";
import type { Report, ReportAction, ReportOutcome } from "./reportStore.js";
import { lines, mention } from "./views.js";

type Translate = (key: string, variables?: Record<string, string | number>) => string;

/** Longest excerpt of the reported message shown to the admins. */
export const EXCERPT_LIMIT = 300;
/** Longest reason kept from `/report <reason>`. */
export const REPORT_REASON_LIMIT = 200;
/** A mute from a report lasts this long (the button says so). */
export const REPORT_MUTE_SECONDS = 3600;

/** The text (or caption) of a message as the admins see it: one line, cut short; undefined if none. */
export function excerptOf(message: { text?: string; caption?: string }): string | undefined {
  const text = message.text ?? message.caption;
  if (text === undefined || text.trim() === "") return undefined;
  return cut(text, EXCERPT_LIMIT);
}

function outcomeLine(t: Translate, report: Report, outcome: ReportOutcome): string {
  const adminHtml = mention(outcome.by);
  const authorHtml = mention(report.author);
  if (outcome.action === "delete" && outcome.gone) return t("mod-report-done-gone", { adminHtml });
  switch (outcome.action) {
    case "delete":
      return t("mod-report-done-delete", { adminHtml });
    case "mute":
      return t("mod-report-done-mute", { adminHtml, authorHtml });
    case "ban":
      return t("mod-report-done-ban", { adminHtml, authorHtml });
    case "dismiss":
      return t("mod-report-done-dismiss", { adminHtml });
  }
}

/** The private notice of `report` (HTML), with what admins did about it so far. */
export function reportNotice(t: Translate, report: Report): string {
  const head = lines(
    t("mod-report-notice-title", { group: report.chatTitle }),
    t("mod-report-notice-from", { reporterHtml: mention(report.reporter) }),
    t("mod-report-notice-about", { authorHtml: mention(report.author) }),
    report.reason ? t("mod-reason", { reason: report.reason }) : undefined,
    report.excerpt
      ? t("mod-report-notice-text", { excerpt: report.excerpt })
      : t("mod-report-notice-no-text"),
    report.link ? t("mod-report-notice-link", { url: report.link }) : undefined,
  );
  if (report.outcomes.length === 0) return head;
  return `${head}\n\n${lines(...report.outcomes.map((o) => outcomeLine(t, report, o)))}`;
}

/**
 * The buttons a notice still offers, in rows: none once dismissed; an action done is not offered
 * again, nor a mute after a ban; a channel's message can only be deleted (a channel is no member).
 */
export function reportButtons(report: Pick<Report, "author" | "outcomes">): ReportAction[][] {
  const done = new Set(report.outcomes.map((o) => o.action));
  if (done.has("dismiss")) return [];
  const person = report.author.id > 0;
  const offered = (action: ReportAction) =>
    !done.has(action) &&
    (person || (action !== "mute" && action !== "ban")) &&
    !(action === "mute" && done.has("ban"));
  return [
    (["delete", "mute"] as const).filter(offered),
    (["ban", "dismiss"] as const).filter(offered),
  ].filter((row) => row.length > 0);
}

/** The key of each button's label. */
export const REPORT_BUTTON_KEYS: Readonly<Record<ReportAction, string>> = {
  delete: "mod-report-btn-delete",
  mute: "mod-report-btn-mute",
  ban: "mod-report-btn-ban",
  dismiss: "mod-report-btn-dismiss",
};
