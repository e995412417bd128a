/** How a user is told to wait after too many typed secrets (OTPs, link codes, credentials). */
import type { BotContext } from "./context.js";

/**
 * "Try again in 40 s" for a short per-minute limit, "in 15 minutes" for a lockout: a wait of a
 * minute or more is said in minutes, as people count it.
 */
export function limitNotice(ctx: Pick<BotContext, "t">, retryAfterMs: number): string {
  if (retryAfterMs >= 60_000) return ctx.t("login-locked-out", { minutes: Math.ceil(retryAfterMs / 60_000) });
  return ctx.t("login-rate-limited", { seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
}
