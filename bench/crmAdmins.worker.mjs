/**
 * The crm carousel benchmark's other side, in one thread of its own so that none of it is
 * counted against the bot: a stand-in for the Bot API (answering like Telegram: a photo sent or
 * put in place comes back with a `file_id`, so the bot's photo cache works as it does live) and
 * the Telegram administrators, who press the buttons the bot last showed them, through the bot's
 * webhook. Plain JavaScript: worker threads do not inherit tsx's loader on Node 20.
 *
 * workerData: `{ tabysUrl, accounts: [{ email, password }], users, firstUserId, bot }` — `users`
 * Telegram users, the n-th signed in as `accounts[n % accounts.length]`. Posts `{ port }` (the
 * Bot API root is `http://127.0.0.1:<port>`) when listening, then answers `{ id, op, ... }` with
 * `{ id, result }`:
 * - `target` (`url`, `path`, `secret`): the bot's webhook;
 * - `signIn` (`concurrency`): every user gets an OTP from Tabys (its web sign-in, then "Generate
 *   Telegram OTP"), sends `/login <OTP>` and presses Events on the menu: `{ ready, total }`, where
 *   `total` is the carousel's count;
 * - `page` (`presses`, `lanes`, `users?`): each user (all, or the first `users`) presses › on
 *   their carousel `presses` times, one press at a time, with `lanes` presses in flight across
 *   users; each view is checked (the same message's photo replaced, the counter one further):
 *   `{ latencies, seconds, views, wrong, problem }`;
 * - `fetchPages` (`count`, `lanes`, `total`): the baseline, the backend's own page of one event
 *   (what one carousel view asks of it), fetched raw with an administrator's web JWT, `lanes` in flight:
 *   `{ latencies, seconds }`;
 * - `calls`: Bot API calls so far, by method (`<method> (upload)`: with a file, multipart).
 */
import { workerData } from "node:worker_threads";
import { Pool, request } from "undici";
import { botApiServer, serveWorker } from "./support/botApiWorker.mjs";
import { webhookClient } from "./support/webhookClient.mjs";

const job = workerData;

// ---------- the Bot API stand-in ----------

/** Bot API calls by method. */
const calls = {};
/** Per chat: the last message the bot sent or changed `{ method, message_id, text, reply_markup }`. */
const lastByChat = new Map();
let messageId = 1000;
let fileId = 0;

/** The fields of a multipart/form-data body (grammY's uploads); files are left out. */
function formFields(body, contentType) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) return {};
  const fields = {};
  const text = body.toString("latin1");
  for (const part of text.split(`--${boundary[1] ?? boundary[2]}`)) {
    const head = /content-disposition:\s*form-data;\s*name="([^"]+)"(;\s*filename=)?/i.exec(part);
    if (!head || head[2]) continue;
    const start = part.indexOf("\r\n\r\n");
    const value = part.slice(start + 4).replace(/\r\n$/, "");
    fields[head[1]] = Buffer.from(value, "latin1").toString("utf8");
  }
  return fields;
}

const parsed = (value) => {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

/** What a photo comes back as: the same id when the bot sent one, else a new one (an upload, a URL). */
function photoOf(media) {
  const id =
    typeof media === "string" && !media.startsWith("attach://") && !media.includes("://")
      ? media
      : `bench-photo-${++fileId}`;
  return [{ file_id: id, file_unique_id: `u-${id}`, width: 800, height: 450, file_size: 40_000 }];
}

/** Answers one Bot API call as Telegram would, and keeps what a chat was last shown. */
function answer(method, params, upload = false) {
  const counted = upload ? `${method} (upload)` : method;
  calls[counted] = (calls[counted] ?? 0) + 1;
  const chatId = Number(params.chat_id);
  const chat = { id: chatId, type: "private", first_name: "Admin" };
  const markup = parsed(params.reply_markup);
  const message = (id, extra) => {
    const sent = { message_id: id, date: Math.floor(Date.now() / 1000), chat, from: job.bot, ...extra };
    if (markup) sent.reply_markup = markup;
    lastByChat.set(chatId, {
      method,
      message_id: id,
      text: extra.text ?? extra.caption ?? "",
      reply_markup: markup,
    });
    return sent;
  };
  switch (method) {
    case "sendMessage":
      return message(++messageId, { text: params.text });
    case "editMessageText":
      return message(Number(params.message_id), { text: params.text, edit_date: 1 });
    case "sendPhoto":
      return message(++messageId, { photo: photoOf(params.photo), caption: params.caption });
    case "editMessageMedia": {
      const media = parsed(params.media);
      return message(Number(params.message_id), {
        photo: photoOf(media?.media),
        caption: media?.caption,
        edit_date: 1,
      });
    }
    default:
      // answerCallbackQuery, deleteMessage, setWebhook, setMyCommands, sendChatAction, …
      return true;
  }
}

const server = botApiServer(answer, { uploadFields: formFields });

// ---------- the administrators ----------

const client = webhookClient({ bot: job.bot, answer });

/**
 * Per user: `{ userId, from, chat, messageId, keyboard, place }`, the carousel as last shown.
 * @type {Array<any>}
 */
const admins = [];
let total = 0;

/** Presses `button` on the bot's message `messageId` (a photo message when `photo`). */
function press(user, messageId, button, photo) {
  return client.press(user, messageId, button, photo ? { photo: photoOf("pressed") } : { text: "menu" });
}

const { say } = client;

const buttonOf = (markup, match) => markup?.inline_keyboard?.flat().find((b) => match(b.text));
const counterOf = (markup) => markup?.inline_keyboard?.[0]?.[1]?.text;

async function backend(method, path, body, jwt) {
  const response = await request(new URL(path, job.tabysUrl), {
    method,
    headers: { "content-type": "application/json", ...(jwt ? { authorization: `Bearer ${jwt}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.body.json();
  if (response.statusCode >= 300) throw new Error(`Tabys ${path} answered ${response.statusCode}`);
  return answer;
}

/** As on the web admin page: sign in, then "Generate Telegram OTP". */
async function webJwt(account) {
  return (await backend("POST", "/api/v1/auth/login", { email: account.email, password: account.password }))
    .access_token;
}

async function signInOne(n, jwts) {
  const userId = job.firstUserId + n;
  const from = { id: userId, is_bot: false, first_name: `Admin${n}`, language_code: "en" };
  const user = { userId, from, chat: { id: userId, type: "private", first_name: from.first_name } };
  const account = n % job.accounts.length;
  const otp = await backend(
    "POST",
    "/api/v1/telegram-auth/generate-otp",
    { expires_in_minutes: 10 },
    jwts[account],
  );
  await say(user, `/login ${otp.otp_token}`);
  const menu = lastByChat.get(userId);
  const events = buttonOf(menu?.reply_markup, (text) => text.includes("Events"));
  if (!menu?.text.includes("Signed in as") || !events) {
    throw new Error(`user ${userId}: /login answered ${JSON.stringify(menu?.text)}`);
  }
  await press(user, menu.message_id, events, false);
  const carousel = lastByChat.get(userId);
  const counter = counterOf(carousel?.reply_markup);
  if (carousel?.method !== "sendPhoto" || !counter?.startsWith("1/")) {
    throw new Error(`user ${userId}: Events answered ${carousel?.method} ${JSON.stringify(carousel?.text)}`);
  }
  total = Number(counter.split("/")[1]);
  admins[n] = { ...user, messageId: carousel.message_id, keyboard: carousel.reply_markup, place: 1 };
}

async function signIn({ concurrency }) {
  const jwts = await Promise.all(job.accounts.map(webJwt));
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < job.users) await signInOne(next++, jwts);
    }),
  );
  return { ready: admins.filter(Boolean).length, total };
}

/** Each user presses › `presses` times, in turn; `lanes` presses in flight, never two of one user. */
async function page({ presses, lanes, users = admins.length }) {
  const latencies = [];
  const left = admins.slice(0, users).map(() => presses);
  const busy = new Set();
  let wrong = 0;
  let problem;
  let cursor = 0;
  const nextUser = () => {
    for (let i = 0; i < users; i++) {
      const n = (cursor + i) % users;
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
        const admin = admins[n];
        const expected = (admin.place % total) + 1;
        latencies.push(
          await press(
            admin,
            admin.messageId,
            buttonOf(admin.keyboard, (t) => t === "›"),
            true,
          ),
        );
        const shown = lastByChat.get(admin.userId);
        const counter = counterOf(shown?.reply_markup);
        if (
          shown?.method !== "editMessageMedia" ||
          shown.message_id !== admin.messageId ||
          counter !== `${expected}/${total}`
        ) {
          wrong++;
          problem ??= `user ${admin.userId} pressed › on ${admin.place}/${total}: ${shown?.method} ${counter}`;
        } else {
          admin.keyboard = shown.reply_markup;
          admin.place = expected;
        }
        busy.delete(n);
      }
    }),
  );
  return {
    latencies,
    seconds: (performance.now() - started) / 1000,
    views: latencies.length,
    wrong,
    problem,
  };
}

/** The baseline: the backend's page of one event, as a carousel view asks for it, fetched raw. */
async function fetchPages({ count, lanes, total: pages }) {
  const jwt = await webJwt(job.accounts[0]);
  const pool = new Pool(job.tabysUrl, { connections: lanes });
  const latencies = [];
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (sent < count) {
        const p = (sent++ % pages) + 1;
        const begun = performance.now();
        const response = await pool.request({
          path: `/api/v2/events/?page=${p}&page_size=1`,
          method: "GET",
          headers: { authorization: `Bearer ${jwt}` },
        });
        const body = await response.body.json();
        if (response.statusCode !== 200 || body.items.length !== 1)
          throw new Error(`page ${p}: ${response.statusCode}`);
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
  signIn,
  page,
  fetchPages,
  calls: async () => ({ ...calls }),
};

serveWorker(server, ops);
