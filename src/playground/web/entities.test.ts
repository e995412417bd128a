import { describe, expect, it } from "vitest";
import { type EntityNode, entityTree, safeUrl } from "./entities.js";

/** The tree as compact markup, to compare whole trees at a glance. */
const show = (nodes: EntityNode[]): string =>
  nodes
    .map((n) => (n.kind === "text" ? n.text : `<${n.entity.type}>${show(n.children)}</${n.entity.type}>`))
    .join("");

describe("entityTree", () => {
  it("plain text is one text node", () => {
    expect(entityTree("hello", undefined)).toEqual([{ kind: "text", text: "hello" }]);
  });

  it("nests entities and fills the text between them", () => {
    const text = "Hello, Daniel! I am Switchboard.";
    expect(
      show(
        entityTree(text, [
          { type: "bold", offset: 20, length: 11 },
          { type: "italic", offset: 0, length: 32 },
        ]),
      ),
    ).toBe("<italic>Hello, Daniel! I am <bold>Switchboard</bold>.</italic>");
  });

  it("counts offsets in UTF-16 code units, as Telegram does", () => {
    // "📈" is two UTF-16 units: "WAN" starts at 3.
    const text = "📈 WAN report";
    expect(show(entityTree(text, [{ type: "bold", offset: 3, length: 3 }]))).toBe(
      "📈 <bold>WAN</bold> report",
    );
  });

  it("splits an entity that crosses the end of its parent", () => {
    const text = "abcdef";
    expect(
      show(
        entityTree(text, [
          { type: "bold", offset: 0, length: 4 },
          { type: "italic", offset: 2, length: 4 },
        ]),
      ),
    ).toBe("<bold>ab<italic>cd</italic></bold><italic>ef</italic>");
  });

  it("keeps equal ranges nested, and ignores empty or out-of-range entities", () => {
    const text = "code";
    expect(
      show(
        entityTree(text, [
          { type: "bold", offset: 0, length: 4 },
          { type: "code", offset: 0, length: 4 },
          { type: "italic", offset: 2, length: 0 },
          { type: "underline", offset: 9, length: 3 },
          { type: "strikethrough", offset: 3, length: 10 },
        ]),
      ),
    ).toBe("<bold><code>cod<strikethrough>e</strikethrough></code></bold>");
  });
});

describe("safeUrl", () => {
  it("opens web, mail, phone and tg links; adds http:// to bare hosts", () => {
    expect(safeUrl("https://example.com/a?b=1")).toBe("https://example.com/a?b=1");
    expect(safeUrl("example.com")).toBe("http://example.com/");
    expect(safeUrl("mailto:a@example.com")).toBe("mailto:a@example.com");
    expect(safeUrl("tg://resolve?domain=netmon_bot")).toBe("tg://resolve?domain=netmon_bot");
  });

  it("refuses script and data URLs", () => {
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl("JavaScript:alert(1)")).toBeUndefined();
    expect(safeUrl("data:text/html,<b>x</b>")).toBeUndefined();
  });
});
