/**
 * The playground web chat. It acts as one demo person at a time through the emulator's control
 * API (`/control/*`) and follows everything that happens through its event stream
 * (`/control/events`): new messages, edits, deletions, "typing…", membership changes. In a group
 * it keeps the person's standing current (standing.js): muted, banned or in a group closed to
 * members, their message box is closed with the reason, and opens again when that ends.
 */
import { renderChatList } from "./chatList.js";
import { createComposer } from "./composer.js";
import { deepLinkFrom } from "./deepLink.js";
import { createFaultControls } from "./faults.js";
import { connectEvents } from "./liveEvents.js";
import { renderPanel } from "./panel.js";
import { renderIdentityChoices, roleLine } from "./people.js";
import { el } from "./render.js";
import { restrictionNotice } from "./restrictionNotice.js";
import { createStandingWatch, restrictionSummary, standingOf } from "./standing.js";
import { createTranscript } from "./transcript.js";
import { api, apiOr, avatar, confirmDialog, showAlert, toast } from "./ui.js";

const $ = (id) => document.getElementById(id);
const USER_KEY = "switchboard.playground.user";
const ACTIONS = {
  typing: "typing…",
  upload_photo: "sending a photo…",
  upload_document: "sending a file…",
  find_location: "looking for a location…",
};

/**
 * @typedef {{ key: string, kind: "bot" | "group", title: string, target: string | number,
 *   testid: string, tag: "bot" | "group" | "channel", bot?: object, groupId?: number }} ChatEntry
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
  typingTimer: undefined,
  /** Bumped whenever the person or the world changes: late answers of older loads are dropped. */
  generation: 0,
  /** Events that arrive while the chats load, replayed on top of the loaded transcripts. */
  held: undefined,
  /** The open group's restrictions, for its header ("1 muted"). */
  groupSummary: undefined,
};

const composer = createComposer({
  send: sendText,
  language: () => state.user?.language_code,
  join: () => void joinOpenGroup(),
});
const standing = createStandingWatch({ onStanding: showStanding });
const transcript = createTranscript({ container: $("transcript"), marker: $("new-message-marker") });
/** The welcome shown while no chat is open (kept: the transcript replaces its children). */
const welcome = $("empty-state");
const openChatEntry = () => state.chats.find((c) => c.key === state.openKey);

// ---------- people ----------

async function chooseUser(id) {
  const user = state.demo.users.find((u) => u.id === id);
  if (!user) return;
  const previousBot = openChatEntry()?.bot?.username;
  state.user = user;
  localStorage.setItem(USER_KEY, String(id));
  $("user-select").value = String(id);
  $("user-role").textContent = roleLine(user);
  closeChat();
  await loadChats();
  if (await followDeepLink()) return;
  const again = previousBot && state.chats.find((c) => c.bot?.username === previousBot);
  if (again) await openChat(again.key);
}

/** Followed once someone is chosen: `/start <payload>` in that bot's chat, as Telegram's START does. */
let deepLink = deepLinkFrom(window.location.search);
async function followDeepLink() {
  const link = deepLink;
  if (!link) return false;
  deepLink = undefined;
  // Followed once: a reload must not send it again.
  window.history.replaceState(null, "", window.location.pathname);
  const chat = state.chats.find((c) => c.bot?.username === link.bot);
  if (!chat) {
    toast(`No bot @${link.bot} in this playground.`, "error");
    return false;
  }
  await openChat(chat.key);
  await sendText(`/start ${link.payload}`);
  return true;
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
    tag: "bot",
    title: bot.name,
    subtitle: `@${bot.username}`,
    target: bot.username,
    testid: `chat-${bot.username}`,
    bot,
  }));
  // Groups and channels the person is in, and those they were banned from or left: the reason
  // their message box is closed shows there.
  const [mine, theirGroups] = await Promise.all([
    api("GET", `/control/users/${user.id}/chats`),
    api("GET", `/playground/api/users/${user.id}/groups`),
  ]);
  const groups = theirGroups.map((c) => ({
    key: c.key,
    kind: "group",
    tag: c.type === "channel" ? "channel" : "group",
    title: c.title ?? "Group",
    subtitle: c.type === "channel" ? "channel" : "group",
    target: c.id,
    testid: c.id === state.demo.group.id ? `chat-group-${state.demo.group.username}` : `chat-group-${c.id}`,
    groupId: c.id,
  }));
  const chats = [...bots, ...groups];
  // Private chats exist once a first message was sent; only those have a transcript to read.
  const existing = new Set([...mine.map((c) => c.key), ...groups.map((c) => c.key)]);
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
  refreshChatList();
  if (state.openKey && !chats.some((c) => c.key === state.openKey)) closeChat();
  else if (state.openKey) renderTranscript();
}

function refreshChatList() {
  const { chats, messages, unread, openKey } = state;
  renderChatList(chats, { messages, unread, openKey, open: (key) => void openChat(key) });
}

function closeChat() {
  state.openKey = undefined;
  standing.stop();
  state.groupSummary = undefined;
  $("chat-title").textContent = "Pick a chat";
  $("chat-status").textContent = "";
  $("chat-avatar").replaceChildren();
  transcript.clear(welcome);
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
  state.groupSummary = undefined;
  setStatus();
  refreshChatList();
  renderTranscript();
  composer.setEnabled(true);
  composer.setReplyTo(undefined);
  composer.setReplyKeyboard(state.keyboards.get(key));
  if (chat.kind === "group") standing.watch(chat.groupId, state.user.id);
  else standing.stop();
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
  const summary = state.groupSummary;
  status.title = text ? "" : (summary?.names ?? "");
  status.textContent =
    text ??
    (chat?.kind === "bot"
      ? `@${chat.bot.username} · bot`
      : chat
        ? [
            chat.tag,
            chat.tag === "group" ? `${state.demo.bots.length} bots` : undefined,
            summary?.text || undefined,
          ]
            .filter(Boolean)
            .join(" · ")
        : "");
}

// ---------- standing in the open group ----------

/** The person's standing came in: the message box closes or opens, the header counts restrictions. */
function showStanding(standings, target) {
  const chat = openChatEntry();
  if (!chat || chat.groupId !== target.groupId || state.user?.id !== target.userId) return;
  const own = standingOf(standings, target.userId);
  composer.setRestriction(restrictionNotice(state.user.language_code, own, standings.now));
  state.groupSummary = restrictionSummary(standings);
  if (!$("chat-status").classList.contains("chat__status--active")) setStatus();
}

/** "Join group", offered to a person who is out of the open group. */
async function joinOpenGroup() {
  const chat = openChatEntry();
  if (chat?.kind !== "group") return;
  try {
    await api("POST", `/control/groups/${chat.groupId}/members`, { userId: state.user.id });
  } catch (error) {
    toast(error.message, "error");
  }
  standing.recheck();
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
  onReply: (message) => composer.setReplyTo(message),
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
  transcript.render([...(state.messages.get(chat.key)?.values() ?? [])], renderContext(), emptyChat(chat));
}

// ---------- acting ----------

async function sendText(text, replyTo) {
  const chat = openChatEntry();
  if (!chat) return false;
  try {
    const message = await api("POST", "/control/messages", {
      from: state.user.id,
      chat: chat.target,
      text,
      ...(replyTo === undefined ? {} : { replyTo }),
    });
    receive(chat.key, message, "sent");
    return true;
  } catch (error) {
    if (error.message === "message is too long") composer.showTooLong(text.length);
    else toast(error.message, "error");
    // Refused (muted a moment ago?): what stands in the way shows above the box.
    if (chat.kind === "group") standing.recheck();
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
    transcript.show(messages.get(message.message_id), renderContext(), mine);
    if (message.from?.is_bot) setStatus();
  } else if (how === "sent" && !known && !mine) {
    state.unread.set(key, (state.unread.get(key) ?? 0) + 1);
  }
  refreshChatList();
}

function handleEvent(event) {
  if (!state.user) return;
  if (state.held) {
    state.held.push(event);
    return;
  }
  const key = event.chat?.key;
  // A mute, a ban or one ending, a bot announcing a lockdown: the person's standing may have changed.
  if (key === state.openKey && (event.type === "member.changed" || event.message?.from?.is_bot))
    standing.recheck();
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

// ---------- start ----------

/** After the person confirms it in the page's own dialog (Cancel changes nothing). */
async function resetDemo() {
  if (!(await confirmDialog("reset-dialog", "reset"))) return;
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
    await faults.refresh();
    toast("The demo is back to its start: chats, bot data and backends.");
  } catch (error) {
    toast(error.message, "error");
  } finally {
    button.disabled = false;
  }
}

function togglePanel(open) {
  $("layout").dataset.panel = open ? "open" : "closed";
  $("panel-toggle").setAttribute("aria-expanded", String(open));
}

const faults = createFaultControls({
  container: $("panel-faults"),
  indicator: $("faults-indicator"),
  panelToggle: $("panel-toggle"),
  openPanel: () => togglePanel(true),
});

function wireChrome() {
  $("reset-button").addEventListener("click", () => void resetDemo());
  $("back-button").addEventListener("click", () => {
    $("layout").dataset.view = "list";
  });
  $("panel-toggle").addEventListener("click", () => togglePanel($("layout").dataset.panel !== "open"));
  $("panel-close").addEventListener("click", () => togglePanel(false));
}

async function main() {
  wireChrome();
  state.demo = await fetch("/playground/api/demo").then((r) => r.json());
  renderIdentityChoices(state.demo.users, (id) => void chooseUser(id));
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
  void faults.start();
  await connectEvents({
    onEvent: handleEvent,
    onReconnect: () => {
      if (state.user) void loadChats().catch(() => undefined);
      standing.recheck();
    },
  });
  const saved = Number(localStorage.getItem(USER_KEY));
  if (state.demo.users.some((u) => u.id === saved)) await chooseUser(saved);
  else $("identity-dialog").showModal();
  document.body.dataset.ready = "true";
}

main().catch((error) => {
  toast(`The playground could not start: ${error.message}`, "error");
});
