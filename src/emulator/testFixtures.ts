/**
 * Helpers for tests that drive the emulator: well-formed tokens, matchers for Telegram-shaped
 * failures (in-process and over HTTP through grammY), reading a bot's updates. Exported so
 * end-to-end tests elsewhere can use them too.
 */
import { Api, GrammyError } from "grammy";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { ControlClient } from "./controlClient.js";
import { type StartedEmulator, startEmulator } from "./emulator.js";
import { BotApiError } from "./errors.js";

/** A token the emulator accepts, for bot id `id`. */
export const botToken = (id: number): string =>
  `${id}:AAH${String(id).padStart(8, "0")}emulatorTestTokenXYZ12345`;

/** Awaits `call` and returns the BotApiError it failed with (fails the test if it succeeded). */
export async function apiError(
  call: Promise<unknown>,
): Promise<{ code: number; description: string; parameters?: unknown }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof BotApiError) {
      return { code: error.errorCode, description: error.description, parameters: error.parameters };
    }
    throw error;
  }
  throw new Error("expected the call to fail");
}

/** A 1×1 PNG, for photo uploads that do not care about the picture. */
export const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** Awaits a grammY call over HTTP that must fail; returns Telegram's code and description. */
export async function refusal(call: Promise<unknown>): Promise<{ code: number; description: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof GrammyError) return { code: error.error_code, description: error.description };
    throw error;
  }
  throw new Error("expected the call to fail");
}

/**
 * The bot's pending updates over HTTP, confirmed so the next call starts after them.
 * @param allowedUpdates remembered by the emulator for updates created afterwards, as by Telegram
 */
export async function takeUpdates(api: Api, allowedUpdates?: readonly string[]): Promise<Update[]> {
  const options = allowedUpdates ? { allowed_updates: allowedUpdates as never } : {};
  const updates = await api.getUpdates({ timeout: 0, ...options });
  const last = updates.at(-1);
  if (last) await api.getUpdates({ offset: last.update_id + 1, timeout: 0 });
  return updates;
}

/** A file's emulator, as {@link emulatorPerFile} sets it up. */
export interface EmulatorUnderTest {
  server: StartedEmulator;
  client: ControlClient;
  /** The bot's Bot API, through grammY. */
  api: Api;
}

/**
 * One emulator for a test file, its control client and one bot's Api; every test starts from a
 * reset emulator with the bot registered (a test file's own `beforeEach` runs after this one's).
 */
export function emulatorPerFile(
  token: string,
  bot: { username: string; firstName?: string },
): EmulatorUnderTest {
  const env = {} as EmulatorUnderTest;
  beforeAll(async () => {
    env.server = await startEmulator({ port: 0 });
    env.client = new ControlClient(env.server.url);
    env.api = new Api(token, { apiRoot: env.server.apiRoot });
  });
  afterAll(() => env.server.close());
  beforeEach(async () => {
    await env.client.reset();
    await env.client.registerBot(token, bot);
  });
  return env;
}
