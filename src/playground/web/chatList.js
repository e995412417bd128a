/** The sidebar's list of the person's chats: each bot, then their groups, with the last message and unread count. */
import { el, previewText } from "./render.js";
import { avatar } from "./ui.js";

/**
 * @param {Array<object>} chats the person's chat entries (app.js `ChatEntry`)
 * @param {{ messages: Map<string, Map<number, object>>, unread: Map<string, number>,
 *   openKey: string | undefined, open: (key: string) => void }} view
 */
export function renderChatList(chats, { messages, unread, openKey, open }) {
  document.getElementById("chat-list").replaceChildren(
    ...chats.map((chat) => {
      const last = [...(messages.get(chat.key)?.values() ?? [])].at(-1);
      const count = unread.get(chat.key) ?? 0;
      return el(
        "li",
        {},
        el(
          "button",
          {
            type: "button",
            className: "chat-item",
            "aria-current": chat.key === openKey ? "true" : undefined,
            dataset: { testid: chat.testid, key: chat.key },
            onClick: () => open(chat.key),
          },
          avatar(chat.title, chat.bot?.id ?? chat.groupId),
          el(
            "span",
            { className: "chat-item__body" },
            el(
              "span",
              { className: "chat-item__title" },
              chat.title,
              el("span", { className: "tag tag--small" }, chat.tag),
            ),
            el(
              "span",
              { className: "chat-item__preview" },
              last ? previewText(last) : chat.kind === "bot" ? chat.bot.description : "No messages yet",
            ),
          ),
          count > 0
            ? el("span", { className: "badge", "aria-label": `${count} unread` }, String(count))
            : undefined,
        ),
      );
    }),
  );
}
