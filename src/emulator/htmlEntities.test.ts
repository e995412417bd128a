import { describe, expect, it } from "vitest";
import { formatText } from "./formattedText.js";
import { parseHtml } from "./htmlEntities.js";

const error = (html: string): string => {
  try {
    parseHtml(html);
  } catch (e) {
    return (e as Error).message;
  }
  return "parsed";
};

describe("parseHtml", () => {
  it("turns tags into entities with UTF-16 offsets", () => {
    expect(parseHtml("<b>bold</b> and <i>it</i>")).toEqual({
      text: "bold and it",
      entities: [
        { type: "bold", offset: 0, length: 4 },
        { type: "italic", offset: 9, length: 2 },
      ],
    });
  });

  it("counts an emoji outside the BMP as two UTF-16 units", () => {
    expect(parseHtml("😀 <b>x</b> <u>🇲🇩</u>")).toEqual({
      text: "😀 x 🇲🇩",
      entities: [
        { type: "bold", offset: 3, length: 1 },
        { type: "underline", offset: 5, length: 4 },
      ],
    });
  });

  it("keeps nesting, sorted by offset then outer first", () => {
    expect(parseHtml("<b>a <i>b <s>c</s></i></b>").entities).toEqual([
      { type: "bold", offset: 0, length: 5 },
      { type: "italic", offset: 2, length: 3 },
      { type: "strikethrough", offset: 4, length: 1 },
    ]);
  });

  it("maps every synonym and the special tags", () => {
    const { text, entities } = parseHtml(
      '<strong>1</strong><em>2</em><ins>3</ins><strike>4</strike><del>5</del><span class="tg-spoiler">6</span>' +
        '<tg-spoiler>7</tg-spoiler><blockquote expandable>8</blockquote><blockquote>9</blockquote><tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
    );
    expect(text).toBe("123456789👍");
    expect(entities.map((e) => e.type)).toEqual([
      "bold",
      "italic",
      "underline",
      "strikethrough",
      "strikethrough",
      "spoiler",
      "spoiler",
      "expandable_blockquote",
      "blockquote",
      "custom_emoji",
    ]);
    expect(entities.at(-1)).toEqual({
      type: "custom_emoji",
      offset: 9,
      length: 2,
      custom_emoji_id: "5368324170671202286",
    });
  });

  it("makes <pre><code class=language-x> one pre entity with a language, and drops it from bare code", () => {
    expect(parseHtml('<pre><code class="language-ts">let x = 1;</code></pre>').entities).toEqual([
      { type: "pre", offset: 0, length: 10, language: "ts" },
    ]);
    expect(parseHtml('<code class="language-ts">x</code>').entities).toEqual([
      { type: "code", offset: 0, length: 1 },
    ]);
    expect(parseHtml("<pre>x</pre>").entities).toEqual([{ type: "pre", offset: 0, length: 1 }]);
  });

  it("turns links into text_link with a normalized URL and tg://user links into text_mention", () => {
    expect(parseHtml('<a href="https://example.com">site</a>').entities).toEqual([
      { type: "text_link", offset: 0, length: 4, url: "https://example.com/" },
    ]);
    expect(parseHtml('<a href="https://example.com/a?b=1">x</a>').entities[0]?.url).toBe(
      "https://example.com/a?b=1",
    );
    expect(parseHtml('<a href="tg://user?id=42">Bob</a>').entities[0]).toMatchObject({
      type: "text_mention",
      user: { id: 42 },
    });
  });

  it("decodes only the four named entities and numeric references", () => {
    expect(parseHtml("&lt;b&gt; &amp; &quot;q&quot; &#65;&#x42; &nbsp; &copy; & x").text).toBe(
      '<b> & "q" AB &nbsp; &copy; & x',
    );
    expect(parseHtml('<a href="https://e.com/?a=1&amp;b=2">x</a>').entities[0]?.url).toBe(
      "https://e.com/?a=1&b=2",
    );
  });

  it("makes no entity for an empty tag", () => {
    expect(parseHtml("a<b></b>c")).toEqual({ text: "ac", entities: [] });
  });

  it("refuses markup with tdlib's messages and byte offsets", () => {
    expect(error("<foo>x</foo>")).toBe('Unsupported start tag "foo" at byte offset 0');
    expect(error("é <foo>")).toBe('Unsupported start tag "foo" at byte offset 3');
    expect(error("a < b")).toBe('Unsupported start tag "" at byte offset 2');
    expect(error("<b>x")).toBe('Can\'t find end tag corresponding to start tag "b"');
    expect(error("<b>x</i>")).toBe('Unmatched end tag at byte offset 4, expected "</b>", found "</i>"');
    expect(error("x</b>")).toBe("Unexpected end tag at byte offset 1");
    expect(error("<span>x</span>")).toBe('Tag "span" must have class "tg-spoiler" at byte offset 0');
    expect(error("<b")).toBe("Unclosed start tag at byte offset 0");
    expect(error('<a href="x>y')).toBe("Unclosed start tag at byte offset 0");
    expect(error("<a href>x</a>")).toBe(
      'Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0',
    );
    expect(error("<b>x</b")).toBe("Unclosed end tag at byte offset 4");
  });
});

describe("formatText", () => {
  it("trims surrounding whitespace and shifts entities", () => {
    expect(formatText("  \n<b> hi</b>  ", "HTML")).toEqual({
      text: "hi",
      entities: [{ type: "bold", offset: 0, length: 2 }],
    });
  });

  it("adds the entities Telegram detects by itself, but not inside code", () => {
    expect(
      formatText("/start@my_bot hi @alice #tag https://x.org/p <code>/nope</code>", "HTML").entities,
    ).toEqual([
      { type: "bot_command", offset: 0, length: 13 },
      { type: "mention", offset: 17, length: 6 },
      { type: "hashtag", offset: 24, length: 4 },
      { type: "url", offset: 29, length: 15 },
      { type: "code", offset: 45, length: 5 },
    ]);
  });

  it("refuses bad markup with Telegram's prefix", () => {
    expect(() => formatText("<x>", "HTML")).toThrow(
      'Bad Request: can\'t parse entities: Unsupported start tag "x" at byte offset 0',
    );
  });
});
