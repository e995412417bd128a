/**
 * ROA2WEB's parts for the kit's fault injection (`backends/kit/faults.ts`): `auth`
 * (`/api/telegram/`: verify-user, refresh-token, unlink) and `api` (every other `/api/` route: the
 * data the bot shows). Faults hit `api` by default, so linking keeps working while the data calls
 * fail; add `"auth"` to `targets` for the token calls. The web app and `/_control/` are never
 * faulted. An injected 429/5xx answers the API's own `{error, message}`.
 */
import { FaultInjector } from "../kit/faults.js";

/** In matching order: the first prefix a URL starts with names its part. */
export const ROA2WEB_PARTS = { auth: "/api/telegram/", api: "/api/" } as const;
export type Roa2webPart = keyof typeof ROA2WEB_PARTS;
export type Roa2webFaults = FaultInjector<Roa2webPart>;

/** `onRevokeTokens`: the `revokeTokens` action revokes every link's tokens. */
export function createRoa2webFaults(onRevokeTokens: () => void): Roa2webFaults {
  return new FaultInjector({ parts: ROA2WEB_PARTS, defaultTargets: ["api"], onRevokeTokens });
}
