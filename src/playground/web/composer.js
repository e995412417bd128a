/**
 * The message box: typing, the command suggestions ("/" shows the bot's commands, filtered as you
 * type; arrows, Enter or Tab pick one), the reply keyboard a bot left open, the message being
 * replied to, and sending. Near Telegram's length limit a counter shows; a text over it is not
 * sent: a notice in the person's language says so, and the text stays in the box. A person muted,
 * banned or otherwise kept from writing finds the box closed, with the reason above it.
 */
import { counterText, TEXT_LIMIT, tooLongNotice } from "./messageLimit.js";
import { el, senderName } from "./render.js";

/**
 * @param {{ send: (text: string, replyTo?: number) => Promise<boolean>, language: () => string | undefined,
 *   join: () => void }} options
 *   `send` resolves false when the text was not sent (it stays in the box); `language` is the
 *   person's `language_code`, for the length notice; `join` rejoins the open group (offered to a
 *   person who is out of it)
 */
export function createComposer({ send, language, join }) {
  const form = document.getElementById("composer");
  const input = /** @type {HTMLTextAreaElement} */ (document.getElementById("composer-input"));
  const sendButton = /** @type {HTMLButtonElement} */ (document.getElementById("send-button"));
  const menuButton = document.getElementById("menu-button");
  const list = document.getElementById("command-suggestions");
  const replyKeyboard = document.getElementById("reply-keyboard");
  const counter = document.getElementById("composer-counter");
  const notice = document.getElementById("composer-notice");
  const restrictionBox = document.getElementById("composer-restriction");
  const restrictionText = document.getElementById("composer-restriction-text");
  const joinButton = document.getElementById("join-button");
  const replyBar = document.getElementById("reply-bar");
  const replyName = document.getElementById("reply-bar-name");
  const replyPreview = document.getElementById("reply-bar-preview");
  const replyCancel = document.getElementById("reply-cancel");
  joinButton.addEventListener("click", () => join());

  /** A chat is open. */
  let chatOpen = false;
  /** Why the person may not write here (restrictionNotice.js), if something is in the way. */
  let restriction;
  /** The message the next text answers. */
  let replyTo;

  /** @type {Array<{ command: string, description: string }>} */
  let commands = [];
  let shown = [];
  let active = -1;

  const grow = () => {
    input.style.height = "auto";
    input.style.height = `${Math.min(input.scrollHeight, 160)}px`;
  };

  const hideNotice = () => {
    notice.hidden = true;
    notice.textContent = "";
  };

  /** The counter, near the limit. */
  const measure = () => {
    const length = input.value.trim().length;
    const text = counterText(language(), length);
    counter.hidden = text === undefined;
    counter.textContent = text ?? "";
    counter.dataset.over = String(length > TEXT_LIMIT);
    return length;
  };

  const showTooLong = (length) => {
    const { lang, text } = tooLongNotice(language(), length);
    notice.lang = lang;
    notice.dataset.length = String(length);
    notice.textContent = text;
    notice.hidden = false;
  };

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    shown = [];
    active = -1;
    menuButton.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };

  const highlight = (index) => {
    active = index;
    list.querySelectorAll("[role=option]").forEach((option, i) => {
      option.setAttribute("aria-selected", String(i === index));
      if (i === index) {
        input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
      }
    });
  };

  const open = (items) => {
    shown = items;
    active = -1;
    if (items.length === 0) return close();
    list.replaceChildren(
      ...items.map((item, index) =>
        el(
          "div",
          {
            id: `command-option-${index}`,
            role: "option",
            "aria-selected": "false",
            className: "suggestion",
            dataset: { testid: "command-option", command: item.command },
          },
          el("span", { className: "suggestion__command" }, `/${item.command}`),
          el("span", { className: "suggestion__description" }, item.description),
        ),
      ),
    );
    list.hidden = false;
    menuButton.setAttribute("aria-expanded", "true");
  };

  /** Commands matching what is typed, while the first word is still a command being typed. */
  const suggest = () => {
    const value = input.value;
    if (!value.startsWith("/") || /\s/.test(value)) return close();
    const prefix = value.slice(1).toLowerCase();
    open(commands.filter((c) => c.command.toLowerCase().startsWith(prefix)));
  };

  const submit = async (text) => {
    const trimmed = text.trim();
    if (!trimmed || input.disabled) return;
    close();
    if (trimmed.length > TEXT_LIMIT) {
      // Telegram would refuse it: say why, and leave the text where it is.
      if (!input.value) input.value = text;
      showTooLong(trimmed.length);
      input.focus();
      return;
    }
    input.value = "";
    grow();
    measure();
    hideNotice();
    const answering = replyTo;
    const sent = await send(trimmed, answering?.message_id);
    if (sent && replyTo === answering) setReplyTo(undefined);
    if (!sent && !input.value) {
      input.value = text;
      grow();
      measure();
    }
  };

  /** The box is open when a chat is, unless a restriction closes it. */
  const refresh = () => {
    const closed = restriction?.closes === true;
    const enabled = chatOpen && !closed;
    input.disabled = !enabled;
    sendButton.disabled = !enabled;
    input.placeholder = closed ? restriction.text : "Message";
    restrictionBox.hidden = !restriction;
    restrictionBox.dataset.block = restriction?.block ?? "";
    restrictionText.lang = restriction?.lang ?? "";
    restrictionText.textContent = restriction?.text ?? "";
    joinButton.hidden = restriction?.block !== "left";
    if (closed) {
      replyKeyboard.hidden = true;
      setReplyTo(undefined);
    } else if (replyKeyboard.childElementCount > 0) replyKeyboard.hidden = false;
    if (enabled) measure();
    else {
      close();
      hideNotice();
    }
  };

  function setReplyTo(message) {
    replyTo = message;
    replyBar.hidden = !message;
    replyName.textContent = message ? senderName(message) : "";
    replyPreview.textContent = message ? (message.text ?? message.caption ?? "").slice(0, 80) : "";
    if (message && !input.disabled) input.focus();
  }
  replyCancel.addEventListener("click", () => setReplyTo(undefined));

  list.addEventListener("mousedown", (event) => event.preventDefault()); // keep the focus in the box
  list.addEventListener("click", (event) => {
    const option = event.target.closest("[role=option]");
    if (option) void submit(`/${option.dataset.command}`);
  });

  input.addEventListener("input", () => {
    grow();
    // The notice goes once the text fits again.
    if (measure() <= TEXT_LIMIT) hideNotice();
    suggest();
  });
  input.addEventListener("keydown", (event) => {
    if (!list.hidden && shown.length > 0) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        highlight((active + step + shown.length) % shown.length);
        return;
      }
      if (event.key === "Tab") {
        event.preventDefault();
        input.value = `/${shown[Math.max(active, 0)].command} `;
        close();
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        close();
        return;
      }
      if (event.key === "Enter" && !event.shiftKey && active >= 0) {
        event.preventDefault();
        void submit(`/${shown[active].command}`);
        return;
      }
    }
    if (event.key === "Escape" && replyTo) {
      event.preventDefault();
      setReplyTo(undefined);
      return;
    }
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void submit(input.value);
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void submit(input.value);
  });
  menuButton.addEventListener("click", () => {
    if (!list.hidden) return close();
    input.focus();
    open(commands);
  });

  return {
    setCommands(items) {
      commands = items;
      menuButton.hidden = items.length === 0;
      if (!list.hidden) suggest();
    },
    /** A chat was opened (true) or closed (false); what restricted the last one is forgotten. */
    setEnabled(enabled) {
      chatOpen = enabled;
      restriction = undefined;
      refresh();
    },
    /**
     * What keeps the person from writing in the open chat (`restrictionNotice`'s answer), or
     * undefined: a notice that `closes` closes the box; one that does not (text only) just shows.
     */
    setRestriction(next) {
      restriction = next;
      refresh();
    },
    /** The message the next text answers, or undefined; shown above the box with a way to cancel. */
    setReplyTo,
    /** The emulator refused a text as too long (`length` characters): the notice, as above. */
    showTooLong,
    /** Shows a reply keyboard (`{keyboard: [[...]]}`), hides it on `{remove_keyboard: true}`. */
    setReplyKeyboard(markup) {
      const rows = markup?.keyboard;
      if (!rows || rows.length === 0) {
        replyKeyboard.hidden = true;
        replyKeyboard.replaceChildren();
        return;
      }
      replyKeyboard.replaceChildren(
        ...rows.map((row) =>
          el(
            "div",
            { className: "reply-keyboard__row" },
            row.map((button) => {
              const text = typeof button === "string" ? button : button.text;
              return el(
                "button",
                {
                  type: "button",
                  className: "reply-button",
                  dataset: { testid: "reply-button" },
                  onClick: () => {
                    if (markup.one_time_keyboard) this.setReplyKeyboard(undefined);
                    void submit(text);
                  },
                },
                text,
              );
            }),
          ),
        ),
      );
      replyKeyboard.hidden = restriction?.closes === true;
    },
    insert(value) {
      if (input.disabled) return;
      const start = input.selectionStart ?? input.value.length;
      const end = input.selectionEnd ?? input.value.length;
      input.value = input.value.slice(0, start) + value + input.value.slice(end);
      grow();
      measure();
      input.focus();
    },
    focus() {
      input.focus();
    },
    sendNow: submit,
  };
}
