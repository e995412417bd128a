/**
 * Helpers for tests that drive the emulator: well-formed tokens and a matcher for Telegram-shaped
 * failures. Exported so end-to-end tests elsewhere can use them too.
 */
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
