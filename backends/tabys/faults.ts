/**
 * Tabys's parts for the kit's fault injection (`backends/kit/faults.ts`): `auth` (`/api/v1/`:
 * sign-in, OTPs, Telegram sessions) and `api` (`/api/v2/`: content, uploads, analytics, linking).
 * Faults hit `api` by default, so the admin page keeps working while the bot's data calls fail;
 * add `"auth"` to `targets` for the login calls. An injected error answers in FastAPI's shape.
 */
import { FaultInjector } from "../kit/faults.js";

export const TABYS_PARTS = { auth: "/api/v1/", api: "/api/v2/" } as const;
export type TabysPart = keyof typeof TABYS_PARTS;
export type TabysFaults = FaultInjector<TabysPart>;

/** `onRevokeTokens`: the `revokeTokens` action ends every Telegram session. */
export function createTabysFaults(onRevokeTokens: () => void): TabysFaults {
  return new FaultInjector({ parts: TABYS_PARTS, defaultTargets: ["api"], onRevokeTokens });
}

export function tabysFaultBody(_part: TabysPart, _status: number, message: string): unknown {
  return { detail: message };
}
