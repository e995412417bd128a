import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { BotContext } from "./context.js";
import type { AnyModule, CommandScope, CommandSpec } from "./defineModule.js";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "./i18n.js";

/** The commands a bot offers, in module order, with the module that owns each. */
export function listCommands(modules: readonly AnyModule[]): Array<CommandSpec & { module: string }> {
  return modules.flatMap((m) => (m.commands ?? []).map((c) => ({ ...c, module: m.name })));
}

const inScope = (spec: CommandSpec, scope: Exclude<CommandScope, "all">) =>
  !spec.hidden && ((spec.scope ?? "private") === scope || spec.scope === "all");

/** The menu for one chat kind in one language, as setMyCommands takes it. */
export function commandMenu(
  modules: readonly AnyModule[],
  i18n: I18n<BotContext>,
  language: Language,
  scope: Exclude<CommandScope, "all">,
): BotCommand[] {
  return listCommands(modules)
    .filter((spec) => inScope(spec, scope))
    .map((spec) => ({ command: spec.command, description: i18n.t(language, spec.description) }));
}

/**
 * Publishes the command menu for private chats and groups in every supported language, plus a
 * language-less default (English) for users whose language we do not support.
 */
export async function publishCommands(api: Api, modules: readonly AnyModule[], i18n: I18n<BotContext>) {
  const scopes = [
    { kind: "private", scope: { type: "all_private_chats" } },
    { kind: "groups", scope: { type: "all_group_chats" } },
  ] as const;
  const languages: Array<Language | undefined> = [undefined, ...LANGUAGES];
  for (const { kind, scope } of scopes) {
    for (const language of languages) {
      const commands = commandMenu(modules, i18n, language ?? DEFAULT_LANGUAGE, kind);
      if (commands.length === 0) {
        await api.deleteMyCommands({ scope, ...(language ? { language_code: language } : {}) });
      } else {
        await api.setMyCommands(commands, { scope, ...(language ? { language_code: language } : {}) });
      }
    }
  }
}

/**
 * Shows a private chat the command menu in the language its user chose with /language: Telegram
 * picks the default menus by the app's language, which the choice does not change. A menu is a
 * convenience: when Telegram refuses it, the choice still stands and the failure is only logged.
 */
export async function publishChatCommands(
  ctx: BotContext,
  modules: readonly AnyModule[],
  i18n: I18n<BotContext>,
  language: Language,
): Promise<void> {
  if (ctx.chat?.type !== "private") return;
  const scope = { type: "chat", chat_id: ctx.chat.id } as const;
  const commands = commandMenu(modules, i18n, language, "private");
  try {
    if (commands.length === 0) await ctx.api.deleteMyCommands({ scope });
    else await ctx.api.setMyCommands(commands, { scope });
  } catch (error) {
    ctx.log.warn({ err: error }, "could not set the chat's command menu");
  }
}
