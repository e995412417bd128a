/**
 * How control API callers name things: users by id, bots by username (with or without "@") or
 * token, groups and channels by id or "@username", private chats by the bot plus the acting user.
 */
import type { ApiUser } from "./apiTypes.js";
import type { EmulatorCore } from "./core.js";
import type { BotRecord, ChatRecord } from "./state.js";

/** A control API failure; `status` is the HTTP status the control routes answer with. */
export class ControlError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 408 | 409,
    message: string,
  ) {
    super(message);
    this.name = "ControlError";
  }
}

/**
 * A chat as control callers name it: a group or channel id (negative number), its "@username", a
 * bot's username or id (the private chat between that bot and the acting user), or a chat key
 * from an event (`g:-100…`, `p:<botId>:<userId>`).
 */
export type ChatTarget = number | string;

export function requireHuman(core: EmulatorCore, userId: number): ApiUser {
  const user = core.state.users.get(userId);
  if (!user) throw new ControlError(404, `no user with id ${userId}; create it first`);
  if (user.is_bot) throw new ControlError(400, `user ${userId} is a bot`);
  return user;
}

/** A bot by username, "@username", numeric id or token. */
export function requireBot(core: EmulatorCore, bot: string | number): BotRecord {
  const { state } = core;
  const byId = typeof bot === "number" || /^\d+$/.test(bot) ? state.bots.get(Number(bot)) : undefined;
  const byToken =
    typeof bot === "string" && bot.includes(":") ? state.bots.get(Number(bot.split(":")[0])) : undefined;
  const found = byId ?? byToken ?? (typeof bot === "string" ? state.botByUsername(bot) : undefined);
  if (!found) throw new ControlError(404, `no bot ${bot}; register it or let it call getMe first`);
  return found;
}

/**
 * The chat `target` names for `userId`; private chats are created on demand when `create` is set.
 * @throws ControlError 404 when nothing matches
 */
export function resolveTarget(
  core: EmulatorCore,
  target: ChatTarget,
  userId?: number,
  create = false,
): ChatRecord {
  const { state } = core;
  if (typeof target === "string" && /^[pg]:/.test(target)) {
    const chat = state.chats.get(target);
    if (!chat) throw new ControlError(404, `no chat ${target}`);
    return chat;
  }
  if (typeof target === "number" && target < 0) return requireGroupChat(core, target);
  if (typeof target === "string" && /^-\d+$/.test(target)) return requireGroupChat(core, Number(target));
  if (typeof target === "string") {
    const group = state.groupByUsername(target);
    if (group && !state.botByUsername(target)) return group;
  }
  const bot = requireBot(core, target);
  if (userId === undefined)
    throw new ControlError(400, "a private chat needs the user's id as well as the bot");
  const chat = state.privateChat(bot.id, userId, create);
  if (!chat) throw new ControlError(404, `user ${userId} has no chat with @${bot.user.username} yet`);
  return chat;
}

export function requireGroupChat(core: EmulatorCore, chatId: number): ChatRecord {
  const chat = core.state.group(chatId);
  if (!chat) throw new ControlError(404, `no group or channel with id ${chatId}`);
  return chat;
}
