/**
 * The step a private chat is at in /setup or /locations, kept in the chat's session (so in
 * storage: a restart mid-flow loses nothing). /setup does not use the conversations plugin on
 * purpose: the plugin stores every update it waits for, and one of them would be the pasted
 * Authorization header, in clear, until the conversation ends. Here the header is sealed the
 * moment it is read and the message holding it is deleted.
 */
import type { BotContext } from "../../../kernel/context.js";

export type Flow =
  | { step: "setup_header"; startedAt: number }
  /** `header` is sealed with the secret box. */
  | { step: "setup_partner"; startedAt: number; header: string }
  | { step: "locations_query"; startedAt: number };

interface NetmonSession {
  flow?: Flow;
}

/** A flow left alone this long is forgotten (and a sealed header with it). */
const FLOW_TTL_MS = { setup: 15 * 60_000, locations: 60 * 60_000 };

function session(ctx: BotContext): NetmonSession {
  const modules = ctx.session.modules;
  modules.netmon ??= {};
  return modules.netmon as NetmonSession;
}

/** The flow in progress, or the one that just expired (and is now cleared). */
export function flowState(ctx: BotContext, now: number): { active?: Flow; expired?: Flow } {
  const flow = session(ctx).flow;
  if (!flow) return {};
  const ttl = flow.step === "locations_query" ? FLOW_TTL_MS.locations : FLOW_TTL_MS.setup;
  if (now - flow.startedAt <= ttl) return { active: flow };
  clearFlow(ctx);
  return { expired: flow };
}

/** The flow in progress in this chat, or undefined (an expired one is cleared). */
export function currentFlow(ctx: BotContext, now: number): Flow | undefined {
  return flowState(ctx, now).active;
}

export function setFlow(ctx: BotContext, flow: Flow): void {
  session(ctx).flow = flow;
}

export function clearFlow(ctx: BotContext): void {
  delete session(ctx).flow;
}
