import { describe, expect, it } from "vitest";
import { usesPlaceholder, type WelcomeValues, welcomeHtml } from "./welcomeText.js";

const ann: WelcomeValues = {
  member: { id: 42, firstName: "Ann", lastName: "Lee", username: "ann_lee" },
  chatName: "Rust Learners",
  count: 17,
};

describe("welcome text", () => {
  it("fills in every placeholder Rose has", () => {
    expect(welcomeHtml("{first}|{last}|{fullname}|{username}|{mention}|{id}|{chatname}|{count}", ann)).toBe(
      'Ann|Lee|Ann Lee|@ann_lee|<a href="tg://user?id=42">Ann</a>|42|Rust Learners|17',
    );
  });

  it("{username} of someone without one is a mention, and {last} of someone without one is empty", () => {
    const bob: WelcomeValues = { member: { id: 7, firstName: "Bob" }, chatName: "G" };
    expect(welcomeHtml("Hi {username} ({fullname}){last}!", bob)).toBe(
      'Hi <a href="tg://user?id=7">Bob</a> (Bob)!',
    );
  });

  it("escapes the names, the chat's title and the admin's own text", () => {
    const tricky: WelcomeValues = {
      member: { id: 1, firstName: "<b>Eve</b>", lastName: "& co" },
      chatName: "Rust <Learners>",
    };
    expect(welcomeHtml("<i>Hello</i> {fullname} in {chatname}", tricky)).toBe(
      "&lt;i&gt;Hello&lt;/i&gt; &lt;b&gt;Eve&lt;/b&gt; &amp; co in Rust &lt;Learners&gt;",
    );
    expect(welcomeHtml("{mention}", tricky)).toBe('<a href="tg://user?id=1">&lt;b&gt;Eve&lt;/b&gt;</a>');
  });

  it("leaves placeholders it does not know as typed, and {count} when the count is unknown", () => {
    const noCount = { ...ann, count: undefined };
    expect(welcomeHtml("Read {rules}, {First}, { first } and {count}: {first}", noCount)).toBe(
      "Read {rules}, {First}, { first } and {count}: Ann",
    );
  });

  it("cuts long names to 64 characters on one line", () => {
    const long: WelcomeValues = { member: { id: 5, firstName: `${"A".repeat(100)}\n\nspam` }, chatName: "G" };
    const shown = welcomeHtml("{first}", long);
    expect(shown).toBe(`${"A".repeat(63)}…`);
  });

  it("never shows more than Telegram's 4096 characters, however many names the text repeats", () => {
    const template = `${"{fullname} ".repeat(400)}`;
    const many: WelcomeValues = {
      member: { id: 9, firstName: "N".repeat(64), lastName: "M".repeat(64) },
      chatName: "G",
    };
    const html = welcomeHtml(template, many);
    expect(html.length).toBe(4096);
    expect(html.endsWith("…")).toBe(true);
    const mentions = welcomeHtml("{mention}".repeat(100), many, 200);
    // The visible text is cut, never a tag: every link opened is closed.
    expect(mentions.match(/<a /g)?.length).toBe(mentions.match(/<\/a>/g)?.length);
    expect(mentions.replace(/<[^>]+>/g, "")).toHaveLength(200);
  });

  it("does not split an emoji when cutting", () => {
    const html = welcomeHtml("😀".repeat(10), ann, 6);
    expect(html).toBe("😀😀…");
  });

  it("tells which placeholders a text uses", () => {
    expect(usesPlaceholder("We are {count} now", "count")).toBe(true);
    expect(usesPlaceholder("Welcome {first}", "count")).toBe(false);
  });
});
