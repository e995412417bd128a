/**
 * Hands each update to the modules it belongs to, and to no other: a command to the module that
 * declares it (in a group, a command nobody declares is an ordinary message), a button press to the module whose callback prefix it carries, an ordinary message
 * in a private chat to the module whose form is active there (else to the modules that asked for
 * such messages), and other update types to the modules that declared them. A module's gate (an
 * allowlist) therefore only ever stands in front of that module's own updates.
 */
import { Composer, type MiddlewareFn } from "grammy";
import type { BotContext } from "./context.js";
import type { MessageInterest, ModuleInstance } from "./defineModule.js";
import { commandFor, updateType } from "./updateKind.js";

/** A module instance as the router sees it. */
export interface RoutedModule {
  name: string;
  commands: ReadonlySet<string>;
  callbackPrefix?: string;
  messages: MessageInterest;
  updates: ReadonlySet<string>;
  startPayload?: ModuleInstance["startPayload"];
  prefetch?: ModuleInstance["prefetch"];
  /** The gate, then the features. */
  middleware: MiddlewareFn<BotContext>;
}

/** Marks `ctx.handledBy` when the module's middleware ends the chain instead of passing it on. */
function tracked(name: string, middleware: MiddlewareFn<BotContext>): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    let passed = false;
    try {
      await middleware(ctx, async () => {
        passed = true;
        await next();
      });
    } finally {
      // Also when it threw: the error belongs to this module.
      if (!passed) ctx.handledBy ??= name;
    }
  };
}

/** The module's gate and features as one middleware. */
export function moduleMiddleware(name: string, instance: ModuleInstance): MiddlewareFn<BotContext> {
  const composer = new Composer<BotContext>();
  if (instance.gate) composer.use(instance.gate);
  for (const feature of instance.features) composer.use(feature);
  return tracked(name, composer.middleware());
}

const wants = (interest: MessageInterest, chatType: string | undefined) =>
  interest === "all" ||
  (interest === "private" && chatType === "private") ||
  (interest === "groups" && (chatType === "group" || chatType === "supergroup"));

/** The modules an update belongs to, in the bot's module order. */
export function recipients(ctx: BotContext, modules: readonly RoutedModule[]): RoutedModule[] {
  const data = ctx.callbackQuery?.data;
  if (data !== undefined) {
    const prefix = data.slice(0, data.indexOf("."));
    return modules.filter((m) => m.callbackPrefix !== undefined && m.callbackPrefix === prefix);
  }
  const message = ctx.message ?? ctx.editedMessage;
  if (message) {
    const command = commandFor(ctx);
    if (command === "start") {
      const payload = (message.text ?? "").split(/\s+/)[1];
      const taker = payload ? modules.find((m) => m.startPayload?.(payload)) : undefined;
      if (taker) return [taker];
    }
    const chatType = ctx.chat?.type;
    if (command !== undefined) {
      const owners = modules.filter((m) => m.commands.has(command));
      // In a group a command no module takes (another bot's `/foo`) is chatter: the modules
      // that watch group messages (moderation's locks) see it; elsewhere it meets the fallbacks.
      if (owners.length > 0 || (chatType !== "group" && chatType !== "supergroup")) return owners;
    }
    if (chatType === "private") {
      const form = ctx.session.form?.module;
      if (form !== undefined) return modules.filter((m) => m.name === form);
    }
    return modules.filter((m) => wants(m.messages, chatType));
  }
  const type = updateType(ctx);
  return modules.filter((m) => m.updates.has(type));
}

/** The keys the owner of a command or a button will read; other updates prefetch nothing. */
export function prefetchKeys(ctx: BotContext, modules: readonly RoutedModule[]): readonly string[] {
  if (ctx.callbackQuery?.data === undefined && commandFor(ctx) === undefined) return [];
  // Commands and buttons are routed without the session, so this is safe before it is read.
  return recipients(ctx, modules).flatMap((m) => m.prefetch?.(ctx) ?? []);
}

/**
 * The middleware that runs the recipients in order, then whatever follows (the fallbacks).
 * Before a module runs, its role is resolved, so `ctx.can` is ready for its views.
 */
export function moduleRouter(modules: readonly RoutedModule[]): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const chain = recipients(ctx, modules);
    const run = async (index: number): Promise<void> => {
      const module = chain[index];
      if (!module) return next();
      await ctx.role(module.name);
      await module.middleware(ctx, () => run(index + 1));
    };
    await run(0);
  };
}
