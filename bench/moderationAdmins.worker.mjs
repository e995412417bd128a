/**
 * The moderation panel benchmark's Telegram side, in one thread of its own so that none of it is
 * counted against the bot: a stand-in for the Bot API that keeps each group's members as Telegram
 * would (an admin list with the bot allowed to restrict, restrictions applied and lifted), and the
 * groups' admins, who open a member's /settings panel and press its toggles through the bot's
 * webhook, taking the buttons the bot last showed them. Plain JavaScript: worker threads do not
 * inherit tsx's loader on Node 20.
 *
 * workerData: `{ bot, groups, firstUserId, firstGroupId }` — `groups` supergroups, each with an
 * owner, an admin who may restrict members and a member. Posts `{ port }` (the Bot API root is
 * `http://127.0.0.1:<port>`) when listening, then answers `{ id, op, ... }` with `{ id, result }`:
 * - `target` (`url`, `path`, `secret`): the bot's webhook;
 * - `open` (`lanes`): every group's admin sends `/settings <member id>`: `{ ready }`;
 * - `toggle` (`cycles`, `lanes`): each admin, `cycles` times, presses 🔇 Mute (the panel offers
 *   durations), 🔇 10 min (muted) and 🔊 Unmute (free again), one press at a time per group,
 *   `lanes` presses in flight across groups. A press's time runs from posting its update to the
 *   panel's edit reaching the Bot API; every edit is checked (the right buttons, the member's state
 *   on Telegram): `{ steps, toggles, seconds, wrong, problem }` (`steps`: the duration step's times,
 *   `toggles`: mute's and unmute's);
 * - `rawApi` (`count`, `lanes`, `url`, `key`): the baseline, what a toggle asks of API V2 (record
 *   the action, read the member's status) sent straight to it: `{ latencies, seconds }`;
 * - `calls`: Bot API calls so far, by method.
 */
import { workerData } from "node:worker_threads";
import { Pool } from "undici";
import { botApiServer, serveWorker } from "./support/botApiWorker.mjs";
import { webhookClient } from "./support/webhookClient.mjs";

const job = workerData;

// ---------- the Bot API stand-in ----------

/** Bot API calls by method. */
const calls = {};
let messageId = 1000;

/**
 * Per group: `{ chat, owner, admin, member, restricted: { until_date, can_send_messages } | null,
 * messageId, keyboard }`; by chat id.
 */
const groups = new Map();
/** Per chat: who waits for the bot's next edit there. */
const waiting = new Map();

const user = (id, first_name) => ({ id, is_bot: false, first_name, language_code: "en" });
const ADMIN_RIGHTS = {
  can_be_edited: false,
  is_anonymous: false,
  can_manage_chat: true,
  can_delete_messages: true,
  can_manage_video_chats: false,
  can_restrict_members: true,
  can_promote_members: false,
  can_change_info: false,
  can_invite_users: true,
  can_post_stories: false,
  can_edit_stories: false,
  can_delete_stories: false,
  can_pin_messages: true,
};

function chatMember(group, userId) {
  if (userId === group.owner.id) return { status: "creator", user: group.owner, is_anonymous: false };
  if (userId === group.admin.id) return { status: "administrator", user: group.admin, ...ADMIN_RIGHTS };
  if (userId === job.bot.id) return { status: "administrator", user: job.bot, ...ADMIN_RIGHTS };
  if (userId !== group.member.id) return { status: "left", user: user(userId, "Someone") };
  if (!group.restricted) return { status: "member", user: group.member };
  return {
    status: "restricted",
    user: group.member,
    is_member: true,
    until_date: group.restricted.until_date,
    can_send_messages: group.restricted.can_send_messages,
  };
}

const parsed = (value) => (typeof value === "string" ? JSON.parse(value) : value);

/** Answers one Bot API call as Telegram would. */
function answer(method, params) {
  calls[method] = (calls[method] ?? 0) + 1;
  const chatId = Number(params.chat_id);
  const group = groups.get(chatId);
  const edited = (extra) => {
    const view = {
      method,
      at: performance.now(),
      text: params.text,
      reply_markup: parsed(params.reply_markup),
    };
    const wake = waiting.get(chatId);
    waiting.delete(chatId);
    wake?.(view);
    return {
      message_id: Number(params.message_id),
      date: 0,
      chat: group?.chat,
      from: job.bot,
      edit_date: 1,
      ...extra,
    };
  };
  switch (method) {
    case "sendMessage": {
      const sent = { message_id: ++messageId, date: 0, chat: group?.chat, from: job.bot, text: params.text };
      if (group && params.reply_markup) {
        group.messageId = sent.message_id;
        group.keyboard = parsed(params.reply_markup);
        group.text = params.text;
      }
      return sent;
    }
    case "editMessageText":
      return edited({ text: params.text });
    case "editMessageReplyMarkup":
      return edited({ text: "panel" });
    case "getChatAdministrators":
      return [group.owner.id, group.admin.id, job.bot.id].map((id) => chatMember(group, id));
    case "getChatMember":
      return chatMember(group, Number(params.user_id));
    case "restrictChatMember": {
      const permissions = parsed(params.permissions);
      const free = Object.values(permissions).every(Boolean);
      group.restricted = free
        ? null
        : { until_date: Number(params.until_date ?? 0), can_send_messages: permissions.can_send_messages };
      return true;
    }
    default:
      // answerCallbackQuery, setWebhook, setMyCommands, …
      return true;
  }
}

const server = botApiServer(answer);

// ---------- the admins ----------

const client = webhookClient({ bot: job.bot, answer });

for (let n = 0; n < job.groups; n++) {
  const first = job.firstUserId + n * 3;
  const chat = { id: job.firstGroupId - n, type: "supergroup", title: `Bench group ${n + 1}` };
  groups.set(chat.id, {
    chat,
    owner: user(first, `Owner${n}`),
    admin: user(first + 1, `Admin${n}`),
    member: user(first + 2, `Member${n}`),
    restricted: null,
  });
}

const buttonOf = (markup, text) => markup?.inline_keyboard?.flat().find((b) => b.text === text);
const labels = (markup) => (markup?.inline_keyboard ?? []).flat().map((b) => b.text);

/** The bot's next edit in `group`'s chat (its panel). */
function nextEdit(group) {
  return new Promise((resolve) => waiting.set(group.chat.id, resolve));
}

async function open({ lanes }) {
  const all = [...groups.values()];
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < all.length) {
        const group = all[next++];
        await client.say({ from: group.admin, chat: group.chat }, `/settings ${group.member.id}`);
        if (!group.text?.includes("Moderation:") || !buttonOf(group.keyboard, "🔇 Mute")) {
          throw new Error(`group ${group.chat.id}: /settings answered ${JSON.stringify(group.text)}`);
        }
      }
    }),
  );
  return { ready: all.filter((g) => g.messageId).length };
}

/** The admin presses `label` on the panel; the time until the panel's edit, and the edit. */
async function press(group, label) {
  const button = buttonOf(group.keyboard, label);
  if (!button) throw new Error(`group ${group.chat.id}: no ${label} among ${labels(group.keyboard)}`);
  const edit = nextEdit(group);
  const started = performance.now();
  const posted = client.press(
    { userId: group.admin.id, from: group.admin, chat: group.chat },
    group.messageId,
    button,
    {
      text: "panel",
    },
  );
  const view = await edit;
  await posted;
  group.keyboard = view.reply_markup;
  return { latency: view.at - started, view };
}

/** What each press of a cycle must show: the step's buttons, and the member's state on Telegram. */
const CYCLE = [
  { label: "🔇 Mute", shows: "🔇 10 min", muted: false },
  { label: "🔇 10 min", shows: "🔊 Unmute", muted: true },
  { label: "🔊 Unmute", shows: "🔇 Mute", muted: false },
];

async function toggle({ cycles, lanes }) {
  const steps = [];
  const toggles = [];
  let wrong = 0;
  let problem;
  const queue = [...groups.values()];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let group = queue.shift(); group; group = queue.shift()) {
        for (let c = 0; c < cycles; c++) {
          for (const [i, step] of CYCLE.entries()) {
            const { latency, view } = await press(group, step.label);
            (i === 0 ? steps : toggles).push(latency);
            const muted = group.restricted?.can_send_messages === false;
            if (!buttonOf(view.reply_markup, step.shows) || muted !== step.muted) {
              wrong++;
              problem ??= `group ${group.chat.id} after ${step.label}: ${view.method} [${labels(view.reply_markup)}] muted=${muted}`;
            }
          }
        }
      }
    }),
  );
  return { steps, toggles, seconds: (performance.now() - started) / 1000, wrong, problem };
}

/** Idempotency keys of the baseline's records, unique across its runs. */
let rawRecords = 0;

/** The baseline: a toggle's two API V2 requests (record, then read the status), sent straight. */
async function rawApi({ count, lanes, url, key }) {
  const pool = new Pool(url, { connections: lanes });
  const headers = { authorization: `Bearer ${key}`, "content-type": "application/json" };
  const latencies = [];
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      const groupId = -1_009_000_000_000 - lane;
      const userId = 9_000_000 + lane;
      while (sent < count) {
        const n = sent++;
        const record = ++rawRecords;
        const action = n % 2 === 0 ? "mute" : "unmute";
        const begun = performance.now();
        const recorded = await pool.request({
          path: `/api/v2/groups/${groupId}/enforcement/${action}`,
          method: "POST",
          headers: { ...headers, "idempotency-key": `bench-raw-${record}` },
          body: JSON.stringify({ user_id: userId, admin_id: 1, duration: action === "mute" ? 600 : null }),
        });
        await recorded.body.json();
        const status = await pool.request({
          path: `/api/v2/groups/${groupId}/users/${userId}/status`,
          method: "GET",
          headers,
        });
        await status.body.json();
        if (recorded.statusCode !== 201 || status.statusCode !== 200) {
          throw new Error(`API V2 answered ${recorded.statusCode} / ${status.statusCode}`);
        }
        latencies.push(performance.now() - begun);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return { latencies, seconds };
}

const ops = {
  target: async (message) => {
    client.connect(message);
    return null;
  },
  open,
  toggle,
  rawApi,
  calls: async () => ({ ...calls }),
};

serveWorker(server, ops);
