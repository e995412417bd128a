import { describe, expect, it } from "vitest";
import { translator } from "../../../test/moderation/translate.js";
import type { Report } from "./reportStore.js";
import { EXCERPT_LIMIT, excerptOf, reportButtons, reportNotice } from "./reportViews.js";

const t = translator("en");

const report = (over: Partial<Report> = {}): Report => ({
  chatId: -1001234567890,
  chatTitle: "Rust <Learners>",
  messageId: 42,
  link: "https://t.me/c/1234567890/42",
  reporter: { id: 1, name: "Ann" },
  author: { id: 2, name: "Bob & Co" },
  excerpt: "buy <cheap> coins",
  at: 0,
  notices: [],
  outcomes: [],
  ...over,
});

describe("report notice", () => {
  it("names the group, the reporter, the author, the reason, the excerpt and the link, all escaped", () => {
    expect(reportNotice(t, report({ reason: "spam <3" }))).toBe(
      [
        "🚩 Report in <b>Rust &lt;Learners&gt;</b>",
        'From: <a href="tg://user?id=1">Ann</a>',
        'About: <a href="tg://user?id=2">Bob &amp; Co</a>',
        "Reason: spam &lt;3",
        "Message: <i>buy &lt;cheap&gt; coins</i>",
        '🔗 <a href="https://t.me/c/1234567890/42">Open the message</a>',
      ].join("\n"),
    );
  });

  it("a message without text and a basic group without links say so and leave the link out", () => {
    const text = reportNotice(t, report({ excerpt: undefined, link: undefined }));
    expect(text).toContain("Message: (no text: a photo, a sticker or a file)");
    expect(text).not.toContain("Open the message");
  });

  it("lists what admins did, after a blank line", () => {
    const text = reportNotice(
      t,
      report({
        outcomes: [
          { action: "delete", by: { id: 3, name: "Adam" } },
          { action: "mute", by: { id: 4, name: "Olga" } },
        ],
      }),
    );
    expect(text.split("\n\n")[1]).toBe(
      [
        '🗑 <a href="tg://user?id=3">Adam</a> deleted the message.',
        '🔇 <a href="tg://user?id=4">Olga</a> muted <a href="tg://user?id=2">Bob &amp; Co</a> for 1 h.',
      ].join("\n"),
    );
  });

  it("is written in the admin's language", () => {
    expect(reportNotice(translator("ru"), report())).toMatch(/^🚩 Жалоба в группе/);
  });
});

describe("report buttons", () => {
  it("offers every action until one is done, then not that one", () => {
    expect(reportButtons(report())).toEqual([
      ["delete", "mute"],
      ["ban", "dismiss"],
    ]);
    const deleted = report({ outcomes: [{ action: "delete", by: { id: 3, name: "Adam" } }] });
    expect(reportButtons(deleted)).toEqual([["mute"], ["ban", "dismiss"]]);
  });

  it("offers no mute after a ban, and nothing once dismissed", () => {
    const banned = report({ outcomes: [{ action: "ban", by: { id: 3, name: "Adam" } }] });
    expect(reportButtons(banned)).toEqual([["delete"], ["dismiss"]]);
    const dismissed = report({ outcomes: [{ action: "dismiss", by: { id: 3, name: "Adam" } }] });
    expect(reportButtons(dismissed)).toEqual([]);
  });

  it("a channel's message can only be deleted or dismissed", () => {
    expect(reportButtons(report({ author: { id: -1009, name: "Spam channel" } }))).toEqual([
      ["delete"],
      ["dismiss"],
    ]);
  });
});

describe("excerpt", () => {
  it("is the text or the caption on one line, cut to the limit", () => {
    expect(excerptOf({ text: "one\n\ntwo   three" })).toBe("one two three");
    expect(excerptOf({ caption: "a photo of spam" })).toBe("a photo of spam");
    const long = excerptOf({ text: "x".repeat(1000) });
    expect([...(long ?? "")]).toHaveLength(EXCERPT_LIMIT);
    expect(long?.endsWith("…")).toBe(true);
  });

  it("is undefined for a message without text", () => {
    expect(excerptOf({})).toBeUndefined();
    expect(excerptOf({ caption: "   " })).toBeUndefined();
  });
});
