// The Telegram side of a bench's users, as a worker thread plays them: it POSTs their updates to
// the bot's webhook (a text, a command, a button press) and hands any Bot API call the bot put in
// its webhook answer to `answer`, as Telegram would run it. Shared by the crm, erp and moderation
// benches.
import { Pool } from "undici";

/**
 * @param {{ bot: object, answer: (method: string, params: object) => void }} options `bot` is the
 *   bot's own user object (the sender of the messages a button sits on)
 */
export function webhookClient({ bot, answer }) {
  /** @type {{ url: string, path: string, secret: string } | undefined} */
  let target;
  /** @type {Pool | undefined} */
  let webhook;
  let updateId = 1;

  /** POSTs one update to the bot's webhook; the latency in ms. A call in the webhook's answer counts too. */
  async function post(update) {
    const started = performance.now();
    const response = await webhook.request({
      path: target.path,
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": target.secret },
      body: JSON.stringify(update),
    });
    const text = await response.body.text();
    const latency = performance.now() - started;
    if (response.statusCode !== 200) throw new Error(`webhook answered ${response.statusCode}`);
    if (text.includes('"method"')) {
      const { method, ...params } = JSON.parse(text);
      answer(method, params);
    }
    return latency;
  }

  return {
    /** Where the bot's webhook is: `{ url, path, secret }`. */
    connect(where) {
      target = { url: where.url, path: where.path, secret: where.secret };
      webhook = new Pool(target.url, { connections: 64 });
    },

    /** `user` (`{ from, chat }`) types `text` in their chat with the bot. */
    say(user, text) {
      const id = updateId++;
      const entities = text.startsWith("/")
        ? [{ type: "bot_command", offset: 0, length: text.split(" ")[0].length }]
        : undefined;
      return post({
        update_id: id,
        message: {
          message_id: id,
          date: Math.floor(Date.now() / 1000),
          chat: user.chat,
          from: user.from,
          text,
          entities,
        },
      });
    },

    /**
     * `user` (`{ userId, from, chat }`) presses `button` on the bot's message `messageId`, whose
     * content is `content` (`{ text }` or `{ photo }`).
     */
    press(user, messageId, button, content) {
      const id = updateId++;
      return post({
        update_id: id,
        callback_query: {
          id: String(id),
          from: user.from,
          chat_instance: `bench-${user.userId}`,
          data: button.callback_data,
          message: {
            message_id: messageId,
            date: Math.floor(Date.now() / 1000),
            chat: user.chat,
            from: bot,
            ...content,
          },
        },
      });
    },
  };
}
