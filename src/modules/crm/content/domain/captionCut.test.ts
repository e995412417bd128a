import { describe, expect, it } from "vitest";
import { cutVisible, visibleLength } from "./captionCut.js";

describe("caption cutting: the length Telegram counts", () => {
  it("tags count nothing, an entity one, an emoji outside the BMP two", () => {
    expect(visibleLength("<b>a &amp; b</b> 😀")).toBe(8);
    expect(visibleLength('<a href="https://x.kz/?a=1&amp;b=2">site</a>')).toBe(4);
    expect(visibleLength("&lt;&gt;&quot;&#39;&#x1F600;")).toBe(6);
  });
});

describe("caption cutting", () => {
  it("a caption of exactly 1024 characters is kept whole; 1025 are cut to 1024 with the ellipsis", () => {
    expect(cutVisible("a".repeat(1024))).toBe("a".repeat(1024));
    const cut = cutVisible("a".repeat(1025));
    expect(cut).toBe(`${"a".repeat(1023)}…`);
    expect(visibleLength(cut)).toBe(1024);
  });

  it("is cut on the last word boundary that fits, the space dropped", () => {
    const text = `${"abcd ".repeat(204)}abcde`;
    expect(text).toHaveLength(1025);
    expect(cutVisible(text)).toBe(`${"abcd ".repeat(203)}abcd…`);
  });

  it("a comma or a dash before the cut is dropped with the space", () => {
    expect(cutVisible("hello, world", 8)).toBe("hello…");
    expect(cutVisible("one — two three", 9)).toBe("one…");
  });

  it("a word longer than the limit is cut between characters; so is one that would leave less than half", () => {
    expect(cutVisible("x".repeat(5000))).toBe(`${"x".repeat(1023)}…`);
    expect(cutVisible(`Hi ${"x".repeat(2000)}`)).toBe(`Hi ${"x".repeat(1020)}…`);
  });

  it("HTML-escaped characters count once: 2048 characters of markup showing 1024 are kept whole", () => {
    const fits = "a&amp;b ".repeat(256);
    expect(fits).toHaveLength(2048);
    expect(cutVisible(fits)).toBe(fits);
    expect(cutVisible(`${fits}c`)).toBe(`${"a&amp;b ".repeat(254)}a&amp;b…`);
  });

  it("an entity is never split, nor left half at the end", () => {
    const cut = cutVisible(`${"x".repeat(1022)}&lt;&gt;&gt;`);
    expect(cut).toBe(`${"x".repeat(1022)}&lt;…`);
    expect(cutVisible("ab&amp;&amp;&amp;c", 5)).toBe("ab&amp;&amp;…");
  });

  it("an emoji is never split: 600 of them keep 511 (1022 units) and the ellipsis", () => {
    const cut = cutVisible("😀".repeat(600));
    expect(cut).toBe(`${"😀".repeat(511)}…`);
    expect(visibleLength(cut)).toBe(1023);
  });

  it("tags open at the cut are closed after the ellipsis; tags are never split", () => {
    expect(cutVisible(`<b>${"x".repeat(2000)}</b>`)).toBe(`<b>${"x".repeat(1023)}…</b>`);
    const linked = `<i>see <a href="https://x.kz/?a=1&amp;b=2">${"word ".repeat(300)}</a></i>`;
    const cut = cutVisible(linked);
    expect(cut.startsWith('<i>see <a href="https://x.kz/?a=1&amp;b=2">word ')).toBe(true);
    expect(cut.endsWith("word…</a></i>")).toBe(true);
    expect(visibleLength(cut)).toBeLessThanOrEqual(1024);
  });
});
