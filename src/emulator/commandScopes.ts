/**
 * Bot command lists by scope and language, and which list a user sees where: Telegram picks the
 * most specific scope that has commands (core.telegram.org/bots/api#determining-list-of-commands).
 */
import type { BotCommand } from "./apiTypes.js";
import { isAdmin } from "./membership.js";
import type { BotRecord, ChatRecord, EmulatorState } from "./state.js";

/** A BotCommandScope after chat_id resolution. */
export interface ResolvedScope {
  type: string;
  chatId?: number;
  userId?: number;
}

/** The map key a scope and language store their list under. */
export function scopeKey(scope: ResolvedScope, languageCode = ""): string {
  const parts = [scope.type];
  if (scope.chatId !== undefined) parts.push(String(scope.chatId));
  if (scope.userId !== undefined) parts.push(String(scope.userId));
  return `${parts.join(":")}|${languageCode}`;
}

/**
 * The commands `userId` sees in `chat` with client language `languageCode`, by Telegram's order of
 * scopes; within a scope a list for the language wins over the list for all languages.
 */
export function visibleCommands(
  state: EmulatorState,
  bot: BotRecord,
  chat: ChatRecord,
  userId: number,
  languageCode = "",
): BotCommand[] {
  const scopes: ResolvedScope[] = [];
  if (chat.type === "private") {
    scopes.push({ type: "chat", chatId: chat.id }, { type: "all_private_chats" });
  } else {
    const admin = isAdmin(state.member(chat, userId));
    scopes.push({ type: "chat_member", chatId: chat.id, userId });
    if (admin) scopes.push({ type: "chat_administrators", chatId: chat.id });
    scopes.push({ type: "chat", chatId: chat.id });
    if (admin) scopes.push({ type: "all_chat_administrators" });
    scopes.push({ type: "all_group_chats" });
  }
  scopes.push({ type: "default" });
  for (const scope of scopes) {
    const list = bot.commands.get(scopeKey(scope, languageCode)) ?? bot.commands.get(scopeKey(scope, ""));
    if (list) return list;
  }
  return [];
}
