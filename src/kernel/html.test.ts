import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { bold, CAPTION_LIMIT, caption, code, escapeHtml, link, pre, splitHtml, table } from "./html.js";

const textOf = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

function balanced(markup: string): boolean {
  const stack: string[] = [];
  for (const [tag, name] of markup.matchAll(/<\/?([a-z-]+)[^>]*>/g)) {
    if (tag.startsWith("</")) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0;
}

describe("HTML helpers", () => {
  it("escapes exactly the three characters Telegram needs", () => {
    expect(escapeHtml(`Living_Room <2> & "Kid's"`)).toBe(`Living_Room &lt;2&gt; &amp; "Kid's"`);
  });

  it("builders escape their text", () => {
    expect(bold("Kid's & Guest")).toBe("<b>Kid's &amp; Guest</b>");
    expect(code("<x>")).toBe("<code>&lt;x&gt;</code>");
    expect(link("a<b", 'https://x.example/?q="1"&r=2')).toBe(
      '<a href="https://x.example/?q=&quot;1&quot;&amp;r=2">a&lt;b</a>',
    );
    expect(pre("x & y", "ts")).toBe('<pre><code class="language-ts">x &amp; y</code></pre>');
  });

  it("aligns table columns, right-aligning numbers when asked", () => {
    expect(
      table(
        [
          ["Pod", "Devices"],
          ["Kitchen", 3],
          ["Живая", 12],
        ],
        ["left", "right"],
      ),
    ).toBe("<pre>Pod      Devices\nKitchen        3\nЖивая         12</pre>");
  });

  it("leaves a short message whole", () => {
    expect(splitHtml("<b>hi</b>")).toEqual(["<b>hi</b>"]);
  });

  it("splits on line boundaries and reopens a <pre> block cut in two", () => {
    const lines = Array.from({ length: 10 }, (_, i) => `line ${i}`);
    const parts = splitHtml(`<pre>${lines.join("\n")}</pre>`, 40);
    expect(parts.every((p) => p.length <= 40)).toBe(true);
    expect(parts.every((p) => p.startsWith("<pre>") && p.endsWith("</pre>"))).toBe(true);
    expect(parts.map(textOf).join("\n")).toBe(lines.join("\n"));
  });

  it("cuts a single over-long line without breaking an entity", () => {
    const parts = splitHtml("&amp;".repeat(30), 32);
    expect(parts.every((p) => p.length <= 32)).toBe(true);
    expect(parts.join("")).toBe("&amp;".repeat(30));
  });

  test.prop([
    fc.array(fc.tuple(fc.constantFrom("", "b", "i", "code"), fc.string({ maxLength: 60 })), {
      maxLength: 60,
    }),
    fc.integer({ min: 40, max: 300 }),
  ])("every part fits, parses on its own and together they keep the text", (pieces, limit) => {
    const markup = pieces
      .map(([tag, text]) => (tag ? `<${tag}>${escapeHtml(text)}</${tag}>` : escapeHtml(text)))
      .join("\n");
    const parts = splitHtml(markup, limit);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(limit);
      expect(balanced(part)).toBe(true);
    }
    expect(parts.map(textOf).join("").replace(/\n/g, "")).toBe(textOf(markup).replace(/\n/g, ""));
  });

  it("a caption longer than 1024 characters is cut with an ellipsis", () => {
    const long = caption(`<b>${"x".repeat(2000)}</b>`);
    expect(long.length).toBeLessThanOrEqual(CAPTION_LIMIT);
    expect(long.endsWith("</b>…")).toBe(true);
  });
});
