/**
 * Messages → DOM. Every piece of text goes in through text nodes (never innerHTML): what a bot or
 * a user wrote cannot become markup. Formatting comes only from Telegram entities.
 */
import { entityTree, safeUrl } from "./entities.js";

/**
 * Creates an element: `el("a", { href, className: "x", dataset: { testid: "y" } }, child, "text")`.
 * @returns {HTMLElement}
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "className") node.className = value;
    else if (key === "onClick") node.addEventListener("click", value);
    else if (key in node && typeof value !== "string") node[key] = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/**
 * What the renderer needs from the page: who is reading, and what a click on a command, a
 * mention or a button does.
 * @typedef {{
 *   userId: number,
 *   isGroup: boolean,
 *   onCommand: (command: string) => void,
 *   onMention: (username: string) => boolean,
 *   onButton: (message: object, button: object, element: HTMLButtonElement) => void,
 *   onReply?: (message: object) => void,
 * }} RenderContext
 */

/** One entity node and its children. */
function entityElement(entity, children, text, ctx) {
  switch (entity.type) {
    case "bold":
      return el("strong", {}, children);
    case "italic":
      return el("em", {}, children);
    case "underline":
      return el("u", {}, children);
    case "strikethrough":
      return el("s", {}, children);
    case "spoiler": {
      const spoiler = el(
        "span",
        {
          className: "spoiler",
          role: "button",
          tabindex: "0",
          title: "Spoiler: click to reveal",
          "aria-pressed": "false",
        },
        children,
      );
      const reveal = () => {
        spoiler.classList.add("spoiler--revealed");
        spoiler.setAttribute("aria-pressed", "true");
      };
      spoiler.addEventListener("click", reveal);
      spoiler.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          reveal();
        }
      });
      return spoiler;
    }
    case "code":
      return el("code", {}, children);
    case "pre":
      return el(
        "pre",
        {},
        el("code", { dataset: entity.language ? { language: entity.language } : {} }, children),
      );
    case "blockquote":
    case "expandable_blockquote":
      return el("blockquote", {}, children);
    case "text_link":
    case "url":
    case "email":
    case "phone_number": {
      const raw =
        entity.type === "text_link"
          ? (entity.url ?? "")
          : entity.type === "email"
            ? `mailto:${text}`
            : entity.type === "phone_number"
              ? `tel:${text.replace(/[^\d+]/g, "")}`
              : text;
      const href = safeUrl(raw);
      if (!href) return el("span", {}, children);
      return el("a", { href, target: "_blank", rel: "noopener noreferrer" }, children);
    }
    case "mention": {
      const username = text.replace(/^@/, "");
      const link = el("a", { href: "#", className: "mention" }, children);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        if (!ctx.onMention(username)) link.classList.add("mention--unknown");
      });
      return link;
    }
    case "text_mention":
      return el("span", { className: "mention", title: entity.user?.first_name ?? "" }, children);
    case "hashtag":
    case "cashtag":
      return el("span", { className: "hashtag" }, children);
    case "bot_command": {
      const command = el("button", { type: "button", className: "command-link" }, children);
      command.addEventListener("click", () => ctx.onCommand(text));
      return command;
    }
    default:
      return el("span", { dataset: { entity: entity.type } }, children);
  }
}

/** Text with its entities as DOM nodes. */
export function formattedText(text, entities, ctx) {
  const toDom = (nodes) =>
    nodes.map((node) => {
      if (node.kind === "text") return document.createTextNode(node.text);
      const { entity } = node;
      const inner = text.slice(entity.offset, entity.offset + entity.length);
      return entityElement(entity, toDom(node.children), inner, ctx);
    });
  return toDom(entityTree(text, entities));
}

export const displayName = (user) =>
  user
    ? [user.first_name, user.last_name].filter(Boolean).join(" ") || user.username || "Someone"
    : "Someone";

/**
 * Who a group message shows as written by: a person, or for an anonymous admin (or a channel) the
 * chat itself, with the admin's title, as Telegram shows it.
 */
export const senderName = (message) =>
  message.sender_chat
    ? [message.sender_chat.title, message.author_signature].filter(Boolean).join(" · ")
    : displayName(message.from);

const time = (unixSeconds) =>
  new Date(unixSeconds * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

const fileSize = (bytes) =>
  bytes === undefined
    ? ""
    : bytes < 1024
      ? `${bytes} B`
      : bytes < 1024 * 1024
        ? `${(bytes / 1024).toFixed(1)} KB`
        : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A service message (joins, leaves, a group created), or undefined for ordinary messages. */
export function serviceText(message) {
  const actor = displayName(message.from);
  if (message.new_chat_members) {
    const names = message.new_chat_members.map(displayName).join(", ");
    const self = message.new_chat_members.length === 1 && message.new_chat_members[0].id === message.from?.id;
    return self ? `${names} joined the group` : `${actor} added ${names}`;
  }
  if (message.left_chat_member) {
    return message.left_chat_member.id === message.from?.id
      ? `${displayName(message.left_chat_member)} left the group`
      : `${actor} removed ${displayName(message.left_chat_member)}`;
  }
  if (message.group_chat_created || message.supergroup_chat_created) return `${actor} created the group`;
  if (message.new_chat_title) return `${actor} renamed the group to “${message.new_chat_title}”`;
  if (message.pinned_message) return `${actor} pinned a message`;
  return undefined;
}

/** The message's inline keyboard as rows of buttons. */
function inlineKeyboard(message, ctx) {
  const rows = message.reply_markup?.inline_keyboard;
  if (!rows || rows.length === 0) return undefined;
  return el(
    "div",
    { className: "inline-keyboard", role: "group", "aria-label": "Buttons" },
    rows.map((row) =>
      el(
        "div",
        { className: "inline-keyboard__row" },
        row.map((button) => {
          if (button.url) {
            const href = safeUrl(button.url);
            return el(
              "a",
              {
                className: "inline-button inline-button--link",
                href: href ?? "#",
                target: "_blank",
                rel: "noopener noreferrer",
                dataset: { testid: "inline-button" },
              },
              button.text,
            );
          }
          const element = /** @type {HTMLButtonElement} */ (
            el(
              "button",
              { type: "button", className: "inline-button", dataset: { testid: "inline-button" } },
              button.text,
            )
          );
          if (button.callback_data === undefined && button.copy_text === undefined) {
            element.disabled = true;
            element.title = "This kind of button is not supported in the playground";
          }
          element.addEventListener("click", () => ctx.onButton(message, button, element));
          return element;
        }),
      ),
    ),
  );
}

function media(message) {
  const parts = [];
  if (message.photo && message.download_url) {
    const size = message.photo[message.photo.length - 1] ?? {};
    parts.push(
      el(
        "a",
        { className: "msg__photo", href: message.download_url, target: "_blank", rel: "noopener" },
        el("img", {
          src: message.download_url,
          alt: message.caption ? `Photo: ${message.caption.split("\n")[0]}` : "Photo",
          width: size.width ? String(size.width) : undefined,
          height: size.height ? String(size.height) : undefined,
          loading: "lazy",
          dataset: { testid: "message-photo" },
        }),
      ),
    );
  }
  if (message.document) {
    const doc = message.document;
    parts.push(
      el(
        "a",
        {
          className: "msg__document",
          href: message.download_url ?? "#",
          download: doc.file_name ?? "file",
          dataset: { testid: "message-document" },
        },
        el("span", { className: "msg__document-icon", "aria-hidden": "true" }, "⬇"),
        el(
          "span",
          { className: "msg__document-text" },
          el("span", { className: "msg__document-name" }, doc.file_name ?? "File"),
          el(
            "span",
            { className: "msg__document-size" },
            [fileSize(doc.file_size), doc.mime_type].filter(Boolean).join(" · "),
          ),
        ),
      ),
    );
  }
  return parts;
}

/** One message as an element, deleted ones as a placeholder. */
export function messageElement(message, ctx) {
  const service = serviceText(message);
  if (service) {
    return el(
      "div",
      { className: "service", dataset: { testid: "service-message", messageId: String(message.message_id) } },
      service,
    );
  }
  const mine = message.from?.id === ctx.userId;
  const who = mine ? "me" : message.from?.is_bot ? "bot" : "other";
  const base = {
    className: `msg msg--${who}`,
    dataset: { testid: "message", messageId: String(message.message_id), from: who },
  };
  if (message.deleted) {
    return el(
      "article",
      { ...base, className: `${base.className} msg--deleted`, dataset: { ...base.dataset, deleted: "true" } },
      el("p", { className: "msg__text" }, "Message deleted"),
    );
  }
  const reply = message.reply_to_message;
  const body = message.text ?? message.caption;
  const entities = message.text !== undefined ? message.entities : message.caption_entities;
  const unsupported = body === undefined && !message.photo && !message.document;
  return el(
    "article",
    base,
    el(
      "div",
      { className: "msg__bubble" },
      ctx.isGroup && !mine ? el("p", { className: "msg__sender" }, senderName(message)) : undefined,
      reply
        ? el(
            "p",
            { className: "msg__reply" },
            el("strong", {}, senderName(reply)),
            " ",
            (reply.text ?? reply.caption ?? "").slice(0, 80),
          )
        : undefined,
      media(message),
      body !== undefined
        ? el(
            "div",
            { className: "msg__text", dataset: { testid: "message-text" } },
            formattedText(body, entities, ctx),
          )
        : undefined,
      unsupported ? el("p", { className: "msg__text msg__text--muted" }, "Unsupported message") : undefined,
      el(
        "p",
        { className: "msg__meta" },
        message.edit_date
          ? el("span", { className: "msg__edited", dataset: { testid: "edited-mark" } }, "edited")
          : undefined,
        el("time", { datetime: new Date(message.date * 1000).toISOString() }, time(message.date)),
      ),
    ),
    inlineKeyboard(message, ctx),
    ctx.onReply
      ? el("button", {
          type: "button",
          className: "msg__reply-action",
          title: "Reply",
          "aria-label": `Reply to ${senderName(message)}`,
          dataset: { testid: "reply-action" },
          onClick: () => ctx.onReply(message),
        })
      : undefined,
  );
}

/** A short line for the chat list. */
export function previewText(message) {
  if (!message) return "";
  if (message.deleted) return "Message deleted";
  const service = serviceText(message);
  if (service) return service;
  if (message.text) return message.text.split("\n")[0];
  if (message.photo) return message.caption ? `Photo · ${message.caption.split("\n")[0]}` : "Photo";
  if (message.document) return `File · ${message.document.file_name ?? ""}`;
  return "Message";
}

export const initials = (name) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0]?.toUpperCase() ?? "")
    .join("");
