/**
 * The erp reports benchmark's other side, in one thread of its own so that none of it is counted
 * against the bot: a stand-in for the Bot API (answering like Telegram) and the Telegram users, who
 * link their accounts through the real flow and then read their reports through the bot's webhook.
 * Plain JavaScript: worker threads do not inherit tsx's loader on Node 20.
 *
 * workerData: `{ roa2webUrl, internalApiKey, emails, users, firstUserId, bot }` — `users` Telegram
 * users, the n-th linked to `emails[n % emails.length]`. Posts `{ port }` (the Bot API root is
 * `http://127.0.0.1:<port>`) when listening, then answers `{ id, op, ... }` with `{ id, result }`:
 * - `target` (`url`, `path`, `secret`): the bot's webhook;
 * - `link` (`concurrency`): every user gets a code from ROA2WEB's control route (`POST
 *   /_control/code`, which hands it to the bot's save-code as "Generate code" does), sends
 *   `/start CODE`, picks the first company the picker offers and opens `/facturi`: `{ ready }`;
 * - `view` (`perUser`, `lanes`): each user in turn either sends `/dashboard` or pages their
 *   `/facturi` list (Next ›, or ‹ Previous at the end), alternately; `lanes` views in flight, never
 *   two of one user; each answer is checked: `{ dashboard, invoices, seconds, wrong, problem }`
 *   (latencies in ms per kind);
 * - `raw` (`count`, `lanes`): the baseline, the backend GET each view makes (`/api/dashboard/{id}`,
 *   `/api/invoices/{id}?page=&page_size=10`), alternately, with a bot-side access token:
 *   `{ dashboard, invoices, seconds }`;
 * - `calls`: Bot API calls so far, by method.
 */
import { workerData } from "node:worker_threads";
import { Pool, request } from "undici";
import { botApiServer, serveWorker } from "./support/botApiWorker.mjs";
import { webhookClient } from "./support/webhookClient.mjs";

const job = workerData;
const PAGE_SIZE = 10;

// ---------- the Bot API stand-in ----------

const calls = {};
/** Per chat: the last message the bot sent or changed `{ method, message_id, text, reply_markup }`. */
const lastByChat = new Map();
let messageId = 1000;

const parsed = (value) => {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

function answer(method, params) {
  calls[method] = (calls[method] ?? 0) + 1;
  const chatId = Number(params.chat_id);
  const chat = { id: chatId, type: "private", first_name: "User" };
  const markup = parsed(params.reply_markup);
  const message = (id, extra) => {
    const sent = { message_id: id, date: Math.floor(Date.now() / 1000), chat, from: job.bot, ...extra };
    if (markup) sent.reply_markup = markup;
    lastByChat.set(chatId, { method, message_id: id, text: extra.text ?? "", reply_markup: markup });
    return sent;
  };
  switch (method) {
    case "sendMessage":
      return message(++messageId, { text: params.text });
    case "editMessageText":
      return message(Number(params.message_id), { text: params.text, edit_date: 1 });
    default:
      // answerCallbackQuery, deleteMessage, sendChatAction, editMessageReplyMarkup, setWebhook, …
      return true;
  }
}

const server = botApiServer(answer);

// ---------- the users ----------

const client = webhookClient({ bot: job.bot, answer });
/** Per user: `{ userId, from, chat, companyId, list: { messageId, keyboard }, next: "d" | "i" }`. */
const users = [];

const { say } = client;
const press = (user, messageId, button) => client.press(user, messageId, button, { text: "…" });

const buttonOf = (markup, match) => markup?.inline_keyboard?.flat().find((b) => match(b.text));

async function linkOne(n) {
  const userId = job.firstUserId + n;
  const from = { id: userId, is_bot: false, first_name: `User${n}`, language_code: "en" };
  const user = {
    userId,
    from,
    chat: { id: userId, type: "private", first_name: from.first_name },
    next: "d",
  };
  const response = await request(new URL("/_control/code", job.roa2webUrl), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: job.emails[n % job.emails.length] }),
  });
  const issued = await response.body.json();
  if (!issued.delivered) throw new Error(`user ${userId}: the bot did not take the code (${issued.status})`);
  await say(user, `/start ${issued.code}`);
  const picker = lastByChat.get(userId);
  const company = buttonOf(picker?.reply_markup, (text) => text.startsWith("🏢"));
  if (!company) throw new Error(`user ${userId}: /start answered ${JSON.stringify(picker?.text)}`);
  await press(user, picker.message_id, company);
  if (!lastByChat.get(userId)?.text.includes("Active company"))
    throw new Error(`user ${userId}: choosing answered ${JSON.stringify(lastByChat.get(userId)?.text)}`);
  await say(user, "/facturi");
  const list = lastByChat.get(userId);
  if (!list?.text.includes("🧾"))
    throw new Error(`user ${userId}: /facturi answered ${JSON.stringify(list?.text)}`);
  user.list = { messageId: list.message_id, keyboard: list.reply_markup };
  users[n] = user;
}

async function link({ concurrency }) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < job.users) await linkOne(next++);
    }),
  );
  return { ready: users.filter(Boolean).length };
}

/** One view of `user`: /dashboard, or the next page of their invoice list (checked). */
async function viewOnce(user) {
  const kind = user.next;
  user.next = kind === "d" ? "i" : "d";
  if (kind === "d") {
    const latency = await say(user, "/dashboard");
    const shown = lastByChat.get(user.userId);
    const ok = shown?.method === "sendMessage" && shown.text.includes("📊") && shown.text.includes("Balance");
    return { kind, latency, problem: ok ? undefined : `/dashboard answered ${JSON.stringify(shown?.text)}` };
  }
  const button =
    buttonOf(user.list.keyboard, (t) => t.startsWith("Next")) ??
    buttonOf(user.list.keyboard, (t) => t.includes("Previous"));
  const latency = await press(user, user.list.messageId, button);
  const shown = lastByChat.get(user.userId);
  const ok =
    shown?.method === "editMessageText" &&
    shown.message_id === user.list.messageId &&
    shown.text.includes("🧾");
  if (ok) user.list.keyboard = shown.reply_markup;
  return {
    kind,
    latency,
    problem: ok ? undefined : `paging answered ${shown?.method} ${JSON.stringify(shown?.text)}`,
  };
}

async function view({ perUser, lanes }) {
  const dashboard = [];
  const invoices = [];
  const left = users.map(() => perUser);
  const busy = new Set();
  let wrong = 0;
  let problem;
  let cursor = 0;
  const nextUser = () => {
    for (let i = 0; i < users.length; i++) {
      const n = (cursor + i) % users.length;
      if (left[n] > 0 && !busy.has(n)) {
        cursor = n + 1;
        return n;
      }
    }
    return -1;
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let n = nextUser(); n >= 0; n = nextUser()) {
        busy.add(n);
        left[n]--;
        const result = await viewOnce(users[n]);
        (result.kind === "d" ? dashboard : invoices).push(result.latency);
        if (result.problem) {
          wrong++;
          problem ??= `user ${users[n].userId}: ${result.problem}`;
        }
        busy.delete(n);
      }
    }),
  );
  return { dashboard, invoices, seconds: (performance.now() - started) / 1000, wrong, problem };
}

/** The baseline: the GET each view makes, fetched raw with a token the bot would hold. */
async function raw({ count, lanes }) {
  const response = await request(new URL("/api/telegram/auth/verify-user", job.roa2webUrl), {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${job.internalApiKey}` },
    body: JSON.stringify({ user_id: 1, server_id: "main", telegram_user_id: "999999999" }),
  });
  const session = await response.body.json();
  if (response.statusCode !== 200) throw new Error(`verify-user answered ${response.statusCode}`);
  const companyId = session.user.companies[0];
  const pool = new Pool(job.roa2webUrl, { connections: lanes });
  const dashboard = [];
  const invoices = [];
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (sent < count) {
        const n = sent++;
        const isDashboard = n % 2 === 0;
        const path = isDashboard
          ? `/api/dashboard/${companyId}`
          : `/api/invoices/${companyId}?page=${((n >> 1) % 10) + 1}&page_size=${PAGE_SIZE}`;
        const begun = performance.now();
        const answer = await pool.request({
          path,
          method: "GET",
          headers: { authorization: `Bearer ${session.access_token}` },
        });
        await answer.body.json();
        if (answer.statusCode !== 200) throw new Error(`${path}: ${answer.statusCode}`);
        (isDashboard ? dashboard : invoices).push(performance.now() - begun);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return { dashboard, invoices, seconds };
}

const ops = {
  target: async (message) => {
    client.connect(message);
    return null;
  },
  link,
  view,
  raw,
  calls: async () => ({ ...calls }),
};

serveWorker(server, ops);
