/**
 * The open chat's messages on screen: the whole transcript at once, then messages as they arrive
 * or change, in message order. A reader at the bottom follows new messages; a reader who scrolled
 * up (say, to press a button on an older message) keeps their place, and the "new message ↓"
 * marker says something arrived below: a click scrolls to the first one they have not seen.
 */
import { messageElement } from "./render.js";

/** Closer than this to the bottom counts as "at the bottom". */
const BOTTOM_SLACK_PX = 80;

/**
 * @param {{ container: HTMLElement, marker: HTMLButtonElement }} elements the transcript and the
 *   marker (a button outside it: the transcript's children are replaced wholesale)
 */
export function createTranscript({ container, marker }) {
  /** message_id → element, for the open chat */
  let elements = new Map();
  /** Ids of new messages below the view that the reader has not scrolled to yet. */
  const unseen = new Set();
  /** Whether the reader is at the bottom: kept up to date by scrolling, read when content grows. */
  let following = true;

  const atBottom = () =>
    container.scrollHeight - container.scrollTop - container.clientHeight < BOTTOM_SLACK_PX;
  const toBottom = () => {
    container.scrollTop = container.scrollHeight;
    following = true;
  };

  const updateMarker = () => {
    const count = unseen.size;
    marker.hidden = count === 0;
    marker.dataset.count = String(count);
    marker.textContent = count === 1 ? "New message ↓" : `${count} new messages ↓`;
  };

  /** Drops the messages that have come into view. */
  const markSeen = () => {
    if (atBottom()) unseen.clear();
    else {
      const bottom = container.getBoundingClientRect().bottom;
      for (const id of unseen) {
        const node = elements.get(id);
        if (!node || node.getBoundingClientRect().top < bottom - 24) unseen.delete(id);
      }
    }
    updateMarker();
  };

  container.addEventListener(
    "scroll",
    () => {
      following = atBottom();
      markSeen();
    },
    { passive: true },
  );
  marker.addEventListener("click", () => {
    const first = Math.min(...unseen);
    const node = elements.get(first);
    if (node) {
      const offset = node.getBoundingClientRect().top - container.getBoundingClientRect().top;
      container.scrollTop += offset - 12;
    } else toBottom();
    following = atBottom();
    markSeen();
  });

  /** A photo that loads after arriving grows the transcript: a reader at the bottom stays there. */
  const keepFollowing = (node) => {
    for (const image of node.querySelectorAll("img")) {
      if (!image.complete) image.addEventListener("load", () => following && toBottom(), { once: true });
    }
  };

  return {
    /** Shows `messages` (any order) or, when there are none, `empty`; scrolls to the last one. */
    render(messages, ctx, empty) {
      elements = new Map();
      unseen.clear();
      updateMarker();
      if (messages.length === 0) {
        container.replaceChildren(empty);
        return;
      }
      const sorted = [...messages].sort((a, b) => a.message_id - b.message_id);
      container.replaceChildren(
        ...sorted.map((m) => {
          const node = messageElement(m, ctx);
          elements.set(m.message_id, node);
          keepFollowing(node);
          return node;
        }),
      );
      toBottom();
    },

    /**
     * Puts a new or changed message in place. `mine`: the reader sent it, so the view goes to it
     * wherever they were.
     */
    show(message, ctx, mine) {
      const wasAtBottom = atBottom();
      const node = messageElement(message, ctx);
      const existing = elements.get(message.message_id);
      if (existing) existing.replaceWith(node);
      else {
        if (elements.size === 0) container.replaceChildren();
        const after = [...elements.entries()]
          .filter(([id]) => id > message.message_id)
          .sort((a, b) => a[0] - b[0])[0];
        if (after) container.insertBefore(node, after[1]);
        else container.append(node);
      }
      elements.set(message.message_id, node);
      keepFollowing(node);
      if (wasAtBottom || mine) {
        toBottom();
        markSeen();
      } else if (!existing) {
        unseen.add(message.message_id);
        markSeen();
      }
    },

    /** No chat open: shows `content` (the welcome) instead. */
    clear(content) {
      elements = new Map();
      unseen.clear();
      updateMarker();
      container.replaceChildren(content);
    },
  };
}
