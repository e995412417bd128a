/**
 * The playground web chat. It acts as one demo person at a time through the emulator's control
 * API (`/control/*`) and follows everything that happens through its event stream
 * (`/control/events`): new messages, edits, deletions, "typing…", membership changes.
 */
import { createComposer } from "./composer.js";
import { renderPanel } from "./panel.js";
import { displayName, el, initials, messageElement, previewText } from "./render.js";
import { api, apiOr, avatarHue, showAlert, toast } from "./ui.js";

const $ = (id) => document.getElementById(id);
const USER_KEY = "switchboard.playground.user";
const LANGUAGES = { en: "English", ru: "Русский", ro: "Română", kk: "Қазақша" };
const ACTIONS = {
  typing: "typing…",
  upload_photo: "sending a photo…",
  upload_document: "sending a file…",
  find_location: "looking for a location…",
};

/**
 * @typedef {{ key: string, kind: "bot" | "group", title: string, target: string | number,
 *   testid: string, bot?: object, groupId?: number }} ChatEntry
 */
const state = {
  /** GET /playground/api/demo */
  demo: undefined,
  user: undefined,
  /** @type {ChatEntry[]} */
  chats: [],
  /** chat key → Map<message_id, message> */
  messages: new Map(),
  unread: new Map(),
  /** chat key → the reply keyboard a bot left open */
  keyboards: new Map(),
  openKey: undefined,
  /** message_id → element, for the open chat */
  elements: new Map(),
  typingTimer: undefined,
  /** Bumped whenever the person or the world changes: late answers of older loads are dropped. */
  generation: 0,
  /** Events that arrive while the chats load, replayed on top of the loaded transcripts. */
  held: undefined,
};

const composer = createComposer({ send: sendText });
/** The welcome shown while no chat is open (kept: the transcript replaces its children). */
const welcome = $("empty-state");
const openChatEntry = () => state.chats.find((c) => c.key === state.openKey);

function avatar(name, id, className = "avatar") {
  const node = el("span", { className, "aria-hidden": "true" }, initials(name));
  node.style.setProperty("--hue", String(avatarHue(id)));
  return node;
}

// ---------- people ----------

function renderIdentityChoices() {
  const select = $("user-select");
  select.replaceChildren(
    el("option", { value: "" }, "Choose a person…"),
    ...state.demo.users.map((u) => el("option", { value: String(u.id) }, displayName(u))),
  );
  select.addEventListener("change", () => {
    if (select.value) void chooseUser(Number(select.value));
  });
  $("identity-cards").replaceChildren(
    ...state.demo.users.map((u) =>
      el(
        "li",
        {},
        el(
          "button",
          {
            type: "button",
            className: "identity-card",
            dataset: { testid: `identity-${u.username}` },
            onClick: () => {
              $("identity-dialog").close();
              void chooseUser(u.id);
            },
          },
          avatar(displayName(u), u.id),
          el(
            "span",
            { className: "identity-card__text" },
            el("strong", {}, displayName(u)),
            el("span", {}, u.role),
            el(
              "span",
              { className: "identity-card__meta" },
              `@${u.username} · ${LANGUAGES[u.language_code] ?? u.language_code}`,
            ),
          ),
        ),
      ),
    ),
  );
}

async function chooseUser(id) {
  const user = state.demo.users.find((u) => u.id === id);
  if (!user) return;
  const previousBot = openChatEntry()?.bot?.username;
  state.user = user;
  localStorage.setItem(USER_KEY, String(id));
  $("user-select").value = String(id);
  $("user-role").textContent = `${user.role} · ${LANGUAGES[user.language_code] ?? user.language_code}`;
  closeChat();
  await loadChats();
  const again = previousBot && state.chats.find((c) => c.bot?.username === previousBot);
  if (again) await openChat(again.key);
}

// ---------- chats ----------

async function loadChats() {
  const generation = ++state.generation;
  const user = state.user;
  if (!user) return;
  state.held = [];
  try {
    await loadChatsOf(user, generation);
  } finally {
    if (generation === state.generation) {
      const held = state.held ?? [];
      state.held = undefined;
      for (const event of held) handleEvent(event);
    }
  }
}

async function loadChatsOf(user, generation) {
  const bots = state.demo.bots.map((bot) => ({
    key: `p:${bot.id}:${user.id}`,
    kind: "bot",
    title: bot.name,
    subtitle: `@${bot.username}`,
    target: bot.username,
    testid: `chat-${bot.username}`,
    bot,
  }));
  const mine = await api("GET", `/control/users/${user.id}/chats`);
  const groups = mine
    .filter((c) => c.type !== "private")
    .map((c) => ({
      key: c.key,
      kind: "group",
      title: c.title ?? "Group",
      subtitle: "group",
      target: c.id,
      testid: c.id === state.demo.group.id ? `chat-group-${state.demo.group.username}` : `chat-group-${c.id}`,
      groupId: c.id,
    }));
  const chats = [...bots, ...groups];
  // Private chats exist once a first message was sent; only those have a transcript to read.
  const existing = new Set(mine.map((c) => c.key));
  const transcripts = await Promise.all(
    chats.map((c) =>
      existing.has(c.key) ? apiOr([], "GET", `/control/chats/${encodeURIComponent(c.key)}/transcript`) : [],
    ),
  );
  if (generation !== state.generation) return;
  state.chats = chats;
  state.messages = new Map(
    chats.map((c, i) => [c.key, new Map(transcripts[i].map((m) => [m.message_id, m]))]),
  );
  state.unread = new Map();
  state.keyboards = new Map();
  for (const [key, messages] of state.messages) {
    const keyboard = [...messages.values()].reverse().find((m) => m.keyboard !== undefined)?.keyboard;
    if (keyboard) state.keyboards.set(key, keyboard);
  }
  renderChatList();
  if (state.openKey && !chats.some((c) => c.key === state.openKey)) closeChat();
  else if (state.openKey) renderTranscript();
}

function renderChatList() {
  $("chat-list").replaceChildren(
    ...state.chats.map((chat) => {
      const messages = [...(state.messages.get(chat.key)?.values() ?? [])];
      const last = messages.at(-1);
      const unread = state.unread.get(chat.key) ?? 0;
      return el(
        "li",
        {},
        el(
          "button",
          {
            type: "button",
            className: "chat-item",
            "aria-current": chat.key === state.openKey ? "true" : undefined,
            dataset: { testid: chat.testid, key: chat.key },
            onClick: () => void openChat(chat.key),
          },
          avatar(chat.title, chat.bot?.id ?? chat.groupId),
          el(
            "span",
            { className: "chat-item__body" },
            el(
              "span",
              { className: "chat-item__title" },
              chat.title,
              el("span", { className: "tag tag--small" }, chat.kind === "bot" ? "bot" : "group"),
            ),
            el(
              "span",
              { className: "chat-item__preview" },
              last ? previewText(last) : chat.kind === "bot" ? chat.bot.description : "No messages yet",
            ),
          ),
          unread > 0
            ? el("span", { className: "badge", "aria-label": `${unread} unread` }, String(unread))
            : undefined,
        ),
      );
    }),
  );
}

function closeChat() {
  state.openKey = undefined;
  state.elements = new Map();
  $("chat-title").textContent = "Pick a chat";
  $("chat-status").textContent = "";
  $("chat-avatar").replaceChildren();
  $("transcript").replaceChildren(welcome);
  composer.setEnabled(false);
  composer.setCommands([]);
  composer.setReplyKeyboard(undefined);
  $("layout").dataset.view = "list";
}

async function openChat(key) {
  const chat = state.chats.find((c) => c.key === key);
  if (!chat) return;
  state.openKey = key;
  state.unread.delete(key);
  $("layout").dataset.view = "chat";
  $("chat-title").textContent = chat.title;
  $("chat-avatar").replaceChildren(avatar(chat.title, chat.bot?.id ?? chat.groupId, "avatar avatar--header"));
  setStatus();
  renderChatList();
  renderTranscript();
  composer.setEnabled(true);
  composer.setReplyKeyboard(state.keyboards.get(key));
  if (window.matchMedia("(min-width: 760px)").matches) composer.focus();
  await loadCommands(chat);
}

async function loadCommands(chat) {
  const generation = state.generation;
  const user = state.user;
  const bots = chat.kind === "bot" ? [chat.bot] : state.demo.bots;
  const lists = await Promise.all(
    bots.map((bot) => {
      const query = new URLSearchParams({ user: String(user.id) });
      if (chat.kind === "group") query.set("chat", String(chat.groupId));
      return apiOr([], "GET", `/control/bots/${encodeURIComponent(bot.username)}/commands?${query}`).catch(
        () => [],
      );
    }),
  );
  if (generation !== state.generation || state.openKey !== chat.key) return;
  const suffix = chat.kind === "group" && bots.length > 1;
  const commands = lists.flatMap((list, i) =>
    list.map((c) => ({ ...c, command: suffix ? `${c.command}@${bots[i].username}` : c.command })),
  );
  composer.setCommands(commands);
}

function setStatus(text) {
  const chat = openChatEntry();
  const status = $("chat-status");
  status.classList.toggle("chat__status--active", Boolean(text));
  status.textContent =
    text ??
    (chat?.kind === "bot"
      ? `@${chat.bot.username} · bot`
      : chat
        ? `group · ${state.demo.bots.length} bots`
        : "");
}

// ---------- the open transcript ----------

const renderContext = () => ({
  userId: state.user.id,
  isGroup: openChatEntry()?.kind === "group",
  onCommand: (command) => void sendText(command),
  onMention: (username) => {
    const chat = state.chats.find((c) => c.bot?.username.toLowerCase() === username.toLowerCase());
    if (chat) void openChat(chat.key);
    return Boolean(chat);
  },
  onButton: pressButton,
});

function emptyChat(chat) {
  if (chat.kind === "group")
    return el("div", { className: "empty" }, el("p", { className: "empty__title" }, "No messages yet."));
  return el(
    "div",
    { className: "empty" },
    avatar(chat.title, chat.bot.id, "avatar avatar--large"),
    el("p", { className: "empty__title" }, chat.title),
    el("p", {}, chat.bot.description),
    el(
      "button",
      {
        type: "button",
        className: "button",
        dataset: { testid: "start-button" },
        onClick: () => void sendText("/start"),
      },
      "Start",
    ),
  );
}

function renderTranscript() {
  const chat = openChatEntry();
  const transcript = $("transcript");
  state.elements = new Map();
  const messages = [...(state.messages.get(chat.key)?.values() ?? [])].sort(
    (a, b) => a.message_id - b.message_id,
  );
  if (messages.length === 0) {
    transcript.replaceChildren(emptyChat(chat));
    return;
  }
  const ctx = renderContext();
  transcript.replaceChildren(
    ...messages.map((m) => {
      const node = messageElement(m, ctx);
      state.elements.set(m.message_id, node);
      return node;
    }),
  );
  transcript.scrollTop = transcript.scrollHeight;
}

/** Puts a new or changed message on screen in place, keeping the reader's scroll position. */
function showMessage(message) {
  const transcript = $("transcript");
  const nearBottom = transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 80;
  const node = messageElement(message, renderContext());
  const existing = state.elements.get(message.message_id);
  if (existing) existing.replaceWith(node);
  else {
    if (state.elements.size === 0) transcript.replaceChildren();
    const after = [...state.elements.entries()]
      .filter(([id]) => id > message.message_id)
      .sort((a, b) => a[0] - b[0])[0];
    if (after) transcript.insertBefore(node, after[1]);
    else transcript.append(node);
  }
  state.elements.set(message.message_id, node);
  if (nearBottom || message.from?.id === state.user.id) transcript.scrollTop = transcript.scrollHeight;
}

// ---------- acting ----------

async function sendText(text) {
  const chat = openChatEntry();
  if (!chat) return false;
  try {
    const message = await api("POST", "/control/messages", { from: state.user.id, chat: chat.target, text });
    receive(chat.key, message, "sent");
    return true;
  } catch (error) {
    toast(error.message, "error");
    return false;
  }
}

async function pressButton(message, button, element) {
  const chat = openChatEntry();
  if (!chat) return;
  if (button.copy_text) {
    await navigator.clipboard?.writeText(button.copy_text.text).catch(() => undefined);
    toast("Copied");
    return;
  }
  element.disabled = true;
  element.setAttribute("aria-busy", "true");
  try {
    const answer = await api("POST", "/control/buttons", {
      from: state.user.id,
      chat: chat.key,
      messageId: message.message_id,
      data: button.callback_data,
    });
    if (answer.text) {
      if (answer.show_alert) showAlert(answer.text);
      else toast(answer.text);
    } else if (!answer.answered) toast("The bot did not answer this button.", "error");
    if (answer.url) toast(`The bot opened ${answer.url}`);
  } catch (error) {
    toast(error.message, "error");
  } finally {
    element.disabled = false;
    element.removeAttribute("aria-busy");
  }
}

// ---------- live events ----------

/** Merges a message into the cache (an older copy never replaces a newer edit) and shows it. */
function receive(key, message, how) {
  const messages = state.messages.get(key);
  if (!messages) return;
  const known = messages.get(message.message_id);
  if (known && (known.edit_date ?? 0) > (message.edit_date ?? 0)) return;
  messages.set(message.message_id, { ...message, deleted: message.deleted || known?.deleted || false });
  const mine = message.from?.id === state.user.id;
  if (message.keyboard !== undefined) {
    state.keyboards.set(key, message.keyboard);
    if (key === state.openKey) composer.setReplyKeyboard(message.keyboard);
  }
  if (key === state.openKey) {
    showMessage(messages.get(message.message_id));
    if (message.from?.is_bot) setStatus();
  } else if (how === "sent" && !known && !mine) {
    state.unread.set(key, (state.unread.get(key) ?? 0) + 1);
  }
  renderChatList();
}

function handleEvent(event) {
  if (!state.user) return;
  if (state.held) {
    state.held.push(event);
    return;
  }
  const key = event.chat?.key;
  switch (event.type) {
    case "message.sent":
    case "message.edited":
      receive(key, event.message, event.type === "message.sent" ? "sent" : "edited");
      break;
    case "message.deleted": {
      const message = state.messages.get(key)?.get(event.message_id);
      if (message) receive(key, { ...message, deleted: true }, "deleted");
      break;
    }
    case "chat.action":
      if (key === state.openKey) {
        setStatus(ACTIONS[event.action] ?? "busy…");
        clearTimeout(state.typingTimer);
        state.typingTimer = setTimeout(() => setStatus(), 5000);
      }
      break;
    case "member.changed":
      if (event.user.id === state.user.id || state.messages.has(key)) void loadChats();
      break;
  }
}

/** Opens the event stream; resolves once it is connected (or gives up waiting after a while). */
function connectEvents() {
  const connection = $("connection");
  const label = connection.querySelector(".connection__text");
  const setConnection = (value, text) => {
    connection.dataset.state = value;
    label.textContent = text;
  };
  return new Promise((resolve) => {
    const source = new EventSource("/control/events");
    let connectedBefore = false;
    source.addEventListener("open", () => {
      setConnection("live", "Live");
      // Whatever happened while the stream was down is in the transcripts.
      if (connectedBefore && state.user) void loadChats().catch(() => undefined);
      connectedBefore = true;
      resolve();
    });
    source.addEventListener("error", () => setConnection("down", "Reconnecting…"));
    source.addEventListener("message", (message) => handleEvent(JSON.parse(message.data)));
    setTimeout(resolve, 3000);
  });
}

// ---------- start ----------

async function resetDemo() {
  const button = $("reset-button");
  button.disabled = true;
  try {
    await fetch("/playground/reset", { method: "POST" }).then((r) => {
      if (!r.ok) throw new Error(`reset failed: HTTP ${r.status}`);
    });
    state.keyboards = new Map();
    const open = openChatEntry();
    closeChat();
    await loadChats();
    if (open) await openChat(open.key);
    toast("The demo is back to its start: chats, bot data and backends.");
  } catch (error) {
    toast(error.message, "error");
  } finally {
    button.disabled = false;
  }
}

function wireChrome() {
  $("reset-button").addEventListener("click", () => void resetDemo());
  $("back-button").addEventListener("click", () => {
    $("layout").dataset.view = "list";
  });
  const togglePanel = (open) => {
    $("layout").dataset.panel = open ? "open" : "closed";
    $("panel-toggle").setAttribute("aria-expanded", String(open));
  };
  $("panel-toggle").addEventListener("click", () => togglePanel($("layout").dataset.panel !== "open"));
  $("panel-close").addEventListener("click", () => togglePanel(false));
}

async function main() {
  wireChrome();
  state.demo = await fetch("/playground/api/demo").then((r) => r.json());
  renderIdentityChoices();
  renderPanel($("panel-sections"), state.demo.panels, {
    openBot: (username) => {
      const chat = state.chats.find((c) => c.bot?.username === username);
      if (chat) void openChat(chat.key);
      else toast("Choose who you are first.");
    },
    insert: (value) => {
      if (state.openKey) composer.insert(value);
      else toast("Open a chat first.");
    },
  });
  closeChat();
  await connectEvents();
  const saved = Number(localStorage.getItem(USER_KEY));
  if (state.demo.users.some((u) => u.id === saved)) await chooseUser(saved);
  else $("identity-dialog").showModal();
  document.body.dataset.ready = "true";
}

main().catch((error) => {
  toast(`The playground could not start: ${error.message}`, "error");
});
