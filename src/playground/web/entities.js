/**
 * Telegram message entities → a tree the page turns into DOM nodes. Offsets and lengths are in
 * UTF-16 code units, which is exactly how JavaScript strings index, so `text.slice` is right.
 * Entities nest; one that crosses the end of its parent is split there, as Telegram clients do.
 * Pure (no DOM), so it is unit-tested in Node.
 *
 * @typedef {{ type: string, offset: number, length: number, url?: string, language?: string, user?: unknown }} Entity
 * @typedef {{ kind: "text", text: string } | { kind: "entity", entity: Entity, children: Node[] }} Node
 */

/**
 * @param {string} text
 * @param {Entity[] | undefined} entities
 * @returns {Node[]}
 */
export function entityTree(text, entities) {
  const queue = (entities ?? [])
    .filter((e) => Number.isInteger(e.offset) && Number.isInteger(e.length) && e.length > 0)
    .map((e) => ({ ...e, offset: Math.max(0, e.offset) }))
    .map((e) => ({ ...e, length: Math.min(e.offset + e.length, text.length) - e.offset }))
    .filter((e) => e.length > 0);
  const byStart = (a, b) => a.offset - b.offset || b.length - a.length;
  queue.sort(byStart);

  const root = { entity: null, start: 0, end: text.length, children: [] };
  const stack = [root];
  while (queue.length > 0) {
    const entity = /** @type {Entity} */ (queue.shift());
    const start = entity.offset;
    while (stack.length > 1 && start >= stack[stack.length - 1].end) stack.pop();
    const parent = stack[stack.length - 1];
    let end = start + entity.length;
    if (end > parent.end) {
      // Crosses its parent's end: keep the inside here, the rest becomes its own entity.
      queue.push({ ...entity, offset: parent.end, length: end - parent.end });
      queue.sort(byStart);
      end = parent.end;
    }
    const node = { entity: { ...entity, offset: start, length: end - start }, start, end, children: [] };
    parent.children.push(node);
    stack.push(node);
  }

  /** @returns {Node[]} */
  const build = (node) => {
    const out = [];
    let position = node.start;
    for (const child of node.children) {
      if (child.start > position) out.push({ kind: "text", text: text.slice(position, child.start) });
      out.push({ kind: "entity", entity: child.entity, children: build(child) });
      position = child.end;
    }
    if (position < node.end) out.push({ kind: "text", text: text.slice(position, node.end) });
    return out;
  };
  return build(root);
}

/** URL schemes a link may open; anything else (javascript:, data:) stays plain text. */
const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:", "tg:"]);

/**
 * The address a link entity may open, or undefined. Bare `example.com` gets `http://`, as
 * Telegram clients do.
 * @param {string} raw
 * @returns {string | undefined}
 */
export function safeUrl(raw) {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `http://${raw}`;
  try {
    const url = new URL(candidate);
    return SAFE_SCHEMES.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
