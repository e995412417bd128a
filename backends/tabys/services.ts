/**
 * Everything the routes share, built once per backend from its database, clock and options:
 * stores, the JWT issuer and the auth guard. Nothing here is global, so every test can build
 * its own backend.
 */
import { AccountStore } from "./accounts.js";
import { type AuthGuard, createAuthGuard } from "./authGuard.js";
import { ContentStore } from "./contentStore.js";
import type { TabysDb } from "./db/openDatabase.js";
import { JwtIssuer } from "./jwt.js";
import { OtpStore } from "./otps.js";
import { SessionStore } from "./sessions.js";
import { TelegramLinks } from "./telegramLinks.js";

export interface TabysConfig {
  jwtTtlSec: number;
  /** An OTP's lifetime when the admin does not choose one. */
  otpTtlSec: number;
  /** A Telegram session ends after this long without activity. */
  sessionTtlSec: number;
  linkTokenTtlSec: number;
  botSecret: string;
}

export interface TabysServices {
  tabys: TabysDb;
  now: () => number;
  config: TabysConfig;
  accounts: AccountStore;
  sessions: SessionStore;
  otps: OtpStore;
  links: TelegramLinks;
  content: ContentStore;
  jwt: JwtIssuer;
  guard: AuthGuard;
}

export function createServices(
  tabys: TabysDb,
  now: () => number,
  config: TabysConfig,
  jwtSecret?: string,
): TabysServices {
  const accounts = new AccountStore(tabys.db);
  const sessions = new SessionStore(tabys, now, config.sessionTtlSec * 1000);
  const jwt = new JwtIssuer(now, config.jwtTtlSec, jwtSecret);
  return {
    tabys,
    now,
    config,
    accounts,
    sessions,
    otps: new OtpStore(tabys.db, now),
    links: new TelegramLinks(tabys.db, now),
    content: new ContentStore(tabys.content, now),
    jwt,
    guard: createAuthGuard({ jwt, sessions, accounts }),
  };
}

/** An instant of the backend's clock as the API shows it. */
export const isoAt = (ms: number) => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null) => (ms === null ? null : isoAt(ms));
