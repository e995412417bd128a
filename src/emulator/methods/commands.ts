/**
 * The bot's command lists (by scope and language) and its profile texts: name, description,
 * short description.
 */
import type { BotCommand } from "../apiTypes.js";
import { type ResolvedScope, scopeKey } from "../commandScopes.js";
import { badRequest } from "../errors.js";
import type { Params } from "../validate.js";
import { type MethodContext, type MethodTable, requireUser, resolveChat } from "./methodContext.js";

const COMMAND_PATTERN = /^[a-z0-9_]{1,32}$/;

function resolveScope(ctx: MethodContext, scope: unknown): ResolvedScope {
  const raw = (scope ?? { type: "default" }) as { type: string; chat_id?: number | string; user_id?: number };
  const resolved: ResolvedScope = { type: raw.type };
  if (raw.chat_id !== undefined) {
    const chat = resolveChat(ctx, raw.chat_id);
    if (raw.type !== "chat" && chat.type === "private")
      throw badRequest("can't use private chats in this scope");
    resolved.chatId = chat.id;
  }
  if (raw.user_id !== undefined) resolved.userId = requireUser(ctx, raw.user_id).id;
  return resolved;
}

function languageOf(params: Params): string {
  const code = (params.language_code as string | undefined) ?? "";
  if (code !== "" && !/^[a-z]{2}$/.test(code)) throw badRequest("invalid language code specified");
  return code;
}

function setMyCommands(ctx: MethodContext, params: Params): true {
  const commands = params.commands as BotCommand[];
  if (commands.length > 100) throw badRequest("too many commands specified");
  for (const { command, description } of commands) {
    if (!COMMAND_PATTERN.test(command)) throw badRequest("BOT_COMMAND_INVALID");
    if (description.length < 1 || description.length > 256)
      throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
  }
  const key = scopeKey(resolveScope(ctx, params.scope), languageOf(params));
  if (commands.length === 0) ctx.bot.commands.delete(key);
  else
    ctx.bot.commands.set(
      key,
      commands.map(({ command, description }) => ({ command, description })),
    );
  return true;
}

function getMyCommands(ctx: MethodContext, params: Params): BotCommand[] {
  return ctx.bot.commands.get(scopeKey(resolveScope(ctx, params.scope), languageOf(params))) ?? [];
}

function deleteMyCommands(ctx: MethodContext, params: Params): true {
  ctx.bot.commands.delete(scopeKey(resolveScope(ctx, params.scope), languageOf(params)));
  return true;
}

/** set/get pairs for the three profile texts, each with its Telegram length limit. */
function profileText(kind: "name" | "description" | "short_description", limit: number): MethodTable {
  const key = (params: Params) => `${kind}|${languageOf(params)}`;
  return {
    set: (ctx, params) => {
      const value = (params[kind] as string | undefined) ?? "";
      if (value.length > limit) throw badRequest(`${kind.replace("_", " ")} is too long`);
      if (value === "") ctx.bot.profile.delete(key(params));
      else ctx.bot.profile.set(key(params), value);
      return true;
    },
    get: (ctx, params) => {
      const fallback = kind === "name" ? ctx.bot.user.first_name : "";
      return { [kind]: ctx.bot.profile.get(key(params)) ?? ctx.bot.profile.get(`${kind}|`) ?? fallback };
    },
  };
}

/** Menu buttons are kept per private chat, with the bot-wide default under "default". */
function setChatMenuButton(ctx: MethodContext, params: Params): true {
  const where = params.chat_id === undefined ? "default" : String(resolveChat(ctx, params.chat_id).id);
  ctx.bot.profile.set(`menu_button|${where}`, JSON.stringify(params.menu_button ?? { type: "default" }));
  return true;
}

function getChatMenuButton(ctx: MethodContext, params: Params): unknown {
  const where = params.chat_id === undefined ? "default" : String(resolveChat(ctx, params.chat_id).id);
  const stored = ctx.bot.profile.get(`menu_button|${where}`) ?? ctx.bot.profile.get("menu_button|default");
  return stored ? JSON.parse(stored) : { type: "commands" };
}

const names = profileText("name", 64);
const descriptions = profileText("description", 512);
const shortDescriptions = profileText("short_description", 120);

export const commandMethods: MethodTable = {
  setMyCommands,
  getMyCommands,
  deleteMyCommands,
  setChatMenuButton,
  getChatMenuButton,
  setMyName: names.set as MethodTable[string],
  getMyName: names.get as MethodTable[string],
  setMyDescription: descriptions.set as MethodTable[string],
  getMyDescription: descriptions.get as MethodTable[string],
  setMyShortDescription: shortDescriptions.set as MethodTable[string],
  getMyShortDescription: shortDescriptions.get as MethodTable[string],
};
