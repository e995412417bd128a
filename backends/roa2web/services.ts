/**
 * Everything the routes share, built once per backend from its database, clock and options:
 * stores, the token issuer, the access guard, the reports and the code issuer. Nothing here is
 * global, so every test can build its own backend.
 */
import type { FastifyBaseLogger } from "fastify";
import { type AccessGuard, createAccessGuard } from "./accessGuard.js";
import type { ErpDb } from "./db/openDatabase.js";
import { AccessTokens } from "./jwt.js";
import { LedgerStore } from "./ledgerStore.js";
import { LinkCodeIssuer } from "./linkCodes.js";
import { ErpReports } from "./reports.js";
import { TelegramLinks } from "./telegramLinks.js";
import { UserStore } from "./users.js";
import { WebSessions } from "./webSessions.js";

export interface Roa2webConfig {
  /** Access token lifetime. */
  jwtTtlSec: number;
  /** Refresh token lifetime (each rotation starts a new one). */
  refreshTtlSec: number;
  /** What the bot sends on verify-user, and what this backend sends to the bot's save-code. */
  internalApiKey: string;
  botUsername: string;
  /** The bot's `POST /internal/save-code` URL; undefined when no bot is known. */
  botInternalUrl: string | undefined;
  telegramLinkBase: string | undefined;
}

export interface Roa2webServices {
  erp: ErpDb;
  now: () => number;
  config: Roa2webConfig;
  users: UserStore;
  links: TelegramLinks;
  tokens: AccessTokens;
  guard: AccessGuard;
  reports: ErpReports;
  codes: LinkCodeIssuer;
  webSessions: WebSessions;
}

export function createServices(
  erp: ErpDb,
  now: () => number,
  config: Roa2webConfig,
  signingKey: Uint8Array,
  logger?: FastifyBaseLogger,
): Roa2webServices {
  const users = new UserStore(erp.db);
  const links = new TelegramLinks(erp, now, config.refreshTtlSec * 1000);
  const tokens = new AccessTokens(signingKey, now, config.jwtTtlSec);
  return {
    erp,
    now,
    config,
    users,
    links,
    tokens,
    guard: createAccessGuard({ tokens, links, users }),
    reports: new ErpReports(new LedgerStore(erp.db), now),
    codes: new LinkCodeIssuer({
      botInternalUrl: config.botInternalUrl,
      internalApiKey: config.internalApiKey,
      botUsername: config.botUsername,
      telegramLinkBase: config.telegramLinkBase,
      now,
      logger,
    }),
    webSessions: new WebSessions(erp.db, now),
  };
}
