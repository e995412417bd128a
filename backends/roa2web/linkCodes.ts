/**
 * Link codes, as the web app's "Generate code" makes them: 8 characters from `A-Z` and `2-9`
 * without the look-alikes O and I (40 bits from the CSPRNG), valid 15 minutes by the backend's
 * clock. The backend keeps no copy: it hands the code to the bot's internal API
 * (`POST /internal/save-code`, Bearer `ERP_INTERNAL_API_KEY`), which stores and checks it; the bot
 * then calls verify-user. A 409 (the bot already holds that code) is answered with a fresh code,
 * up to three times. Codes and e-mails never reach the log, only the bot's status.
 */
import { randomInt } from "node:crypto";
import type { FastifyBaseLogger } from "fastify";
import { isoInstant } from "./calendar.js";
import type { ServerId } from "./servers.js";
import type { ErpUser } from "./users.js";

export const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const CODE_PATTERN = /^[A-HJ-NP-Z2-9]{8}$/;
export const CODE_TTL_MS = 15 * 60_000;
const CODE_LENGTH = 8;
const ATTEMPTS = 3;
const BOT_TIMEOUT_MS = 5_000;

/** Each character drawn uniformly (randomInt has no modulo bias). */
export function newLinkCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export interface LinkTarget {
  botUsername: string;
  /** A page standing in for Telegram (the playground's chat): `<base>?bot=<username>&start=<code>`. */
  telegramLinkBase?: string | undefined;
}

/** `https://t.me/<bot>?start=<code>`, or the stand-in page's URL when one is given. */
export function deepLink(code: string, target: LinkTarget): string {
  if (!target.telegramLinkBase) return `https://t.me/${target.botUsername}?start=${code}`;
  const url = new URL(target.telegramLinkBase);
  url.searchParams.set("bot", target.botUsername);
  url.searchParams.set("start", code);
  return url.toString();
}

/** The body of `POST /internal/save-code`, exactly as the contract has it. */
export interface SaveCodeBody {
  code: string;
  user_id: number;
  email: string;
  server_id: ServerId;
  expires_at: string;
}

export interface IssuedCode {
  code: string;
  userId: number;
  email: string;
  serverId: ServerId;
  /** ISO 8601. */
  expiresAt: string;
  deepLink: string;
  /** The bot's HTTP status; null when it could not be reached (or no URL is configured). */
  status: number | null;
  /** The bot stored it (201): the code can be used. */
  delivered: boolean;
  /** Why not, in a sentence for the page. */
  problem?: string;
}

export interface CodeIssuerOptions extends LinkTarget {
  /** The bot's save-code URL; undefined: no bot to hand codes to. */
  botInternalUrl: string | undefined;
  internalApiKey: string;
  now: () => number;
  logger?: FastifyBaseLogger | undefined;
}

const textField = (body: unknown, name: string): string | undefined => {
  const value = body && typeof body === "object" ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === "string" && value !== "" ? value : undefined;
};

/** What the bot's error body says: `field: message`, else its message or error code. */
function botReason(body: unknown): string | undefined {
  const field = textField(body, "field");
  const message = textField(body, "message");
  if (field && message) return `${field} ${message}`;
  return message ?? textField(body, "error");
}

function problemOf(status: number | null, body: unknown, url: string | undefined): string {
  if (!url) return "No Telegram bot is configured for this ERP (appUrl or botInternalUrl).";
  if (status === null)
    return `The Telegram bot is unreachable (${new URL(url).origin}): try again in a moment.`;
  if (status === 401)
    return "The Telegram bot refused this ERP's internal API key (ERP_INTERNAL_API_KEY differs).";
  if (status === 409) return "The Telegram bot already holds this code: generate another one.";
  if (status === 429) return "Too many codes in a minute: wait a moment and try again.";
  const reason = botReason(body);
  if (status === 400) return `The Telegram bot refused the code: ${reason ?? "bad request"}.`;
  return `The Telegram bot answered ${status}${reason ? ` (${reason})` : ""}: try again in a moment.`;
}

export class LinkCodeIssuer {
  constructor(private readonly options: CodeIssuerOptions) {}

  /** Makes a code for the user on that server and hands it to the bot; the outcome either way. */
  async issue(user: ErpUser, serverId: ServerId): Promise<IssuedCode> {
    let sent = this.codeFor(user, serverId);
    let outcome = await this.deliver(sent, 1);
    for (let attempt = 2; outcome.status === 409 && attempt <= ATTEMPTS; attempt++) {
      sent = this.codeFor(user, serverId);
      outcome = await this.deliver(sent, attempt);
    }
    const delivered = outcome.status === 201;
    return {
      code: sent.code,
      userId: user.id,
      email: user.email,
      serverId,
      expiresAt: sent.expires_at,
      deepLink: deepLink(sent.code, this.options),
      status: outcome.status,
      delivered,
      ...(delivered ? {} : { problem: problemOf(outcome.status, outcome.body, this.options.botInternalUrl) }),
    };
  }

  private codeFor(user: ErpUser, serverId: ServerId): SaveCodeBody {
    return {
      code: newLinkCode(),
      user_id: user.id,
      email: user.email,
      server_id: serverId,
      expires_at: isoInstant(this.options.now() + CODE_TTL_MS),
    };
  }

  private async deliver(
    body: SaveCodeBody,
    attempt: number,
  ): Promise<{ status: number | null; body: unknown }> {
    const url = this.options.botInternalUrl;
    const outcome = url ? await this.post(url, body) : { status: null, body: null };
    this.options.logger?.info({ status: outcome.status, attempt }, "bot save-code answered");
    return outcome;
  }

  private async post(url: string, body: SaveCodeBody): Promise<{ status: number | null; body: unknown }> {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          authorization: `Bearer ${this.options.internalApiKey}`,
          "content-type": "application/json",
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(BOT_TIMEOUT_MS),
      });
      const text = await response.text();
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = null;
      }
      return { status: response.status, body: parsed };
    } catch {
      return { status: null, body: null };
    }
  }
}
