/**
 * Long polling with grammY's runner (concurrent across chats; `sequentialize` in the kernel keeps
 * one chat in order), fed by our own supplier so that an update is confirmed to Telegram only once
 * it is done (see updateLedger.ts): a crash or a kill loses nothing that was fetched.
 */
import {
  createConcurrentSink,
  createRunner,
  createSource,
  type RunnerHandle,
  type UpdateSupplier,
} from "@grammyjs/runner";
import { BotError, GrammyError } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { BuiltBot } from "../kernel/buildBot.js";
import type { BotContext } from "../kernel/context.js";
import { UpdateBusyError } from "../kernel/updateClaims.js";
import type { Storage } from "../platform/storage/storage.js";
import { pollingLease } from "./pollingLease.js";
import { UpdateLedger } from "./updateLedger.js";

/** While updates are open, how long to wait for one to finish before fetching again. */
const REFETCH_MS = 200;
/** How long an update another holder has (a lease of a process that died) waits before a retry. */
const BUSY_RETRY_MS = 1_000;
/** How long shutdown waits to confirm the last offset. */
const CONFIRM_TIMEOUT_MS = 2_000;
/** Give up on a broken Bot API server after this long of failures instead of retrying forever. */
const MAX_RETRY_MS = 5 * 60 * 1000;

export interface Polling {
  runner: RunnerHandle;
  /** Stops fetching, lets the updates in flight finish (bounded by the caller), confirms the offset. */
  stop(): Promise<void>;
  /** Confirms to Telegram every update done so far (after the handlers have drained). */
  confirm(): Promise<void>;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    const wake = () => {
      clearTimeout(timer);
      resolve();
    };
    signal?.addEventListener("abort", wake, { once: true });
  });

/** 401/404 (a revoked token) and 409 (another poller) will not heal by retrying. */
const unrecoverable = (error: unknown) =>
  error instanceof GrammyError && [401, 404, 409].includes(error.error_code);

/** The kernel's "held elsewhere" signal, as bot.handleUpdate rethrows it (wrapped in a BotError). */
const isBusy = (error: unknown) =>
  error instanceof UpdateBusyError || (error instanceof BotError && error.error instanceof UpdateBusyError);

function supplier(built: BuiltBot, ledger: UpdateLedger, logger: Logger): UpdateSupplier<Update> {
  const { api } = built.bot;
  return {
    async supply(batchSize, signal) {
      // The runner's AbortSignal type comes from a polyfill package; at run time it is Node's.
      const aborted = signal as unknown as AbortSignal;
      let retryIn = 100;
      const giveUpAt = Date.now() + MAX_RETRY_MS;
      for (;;) {
        const busy = ledger.size > 0;
        let updates: Update[];
        try {
          updates = await api.getUpdates(
            {
              ...(ledger.offset === undefined ? {} : { offset: ledger.offset }),
              limit: Math.max(1, Math.min(batchSize, 100)),
              // With updates open, Telegram answers at once (it repeats them): no long poll then.
              timeout: busy ? 0 : 30,
              // biome-ignore lint/suspicious/noExplicitAny: grammY types the list as literal update names
              allowed_updates: built.allowedUpdates as any,
            },
            signal,
          );
        } catch (error) {
          if (aborted.aborted || unrecoverable(error) || Date.now() + retryIn > giveUpAt) throw error;
          logger.warn({ err: error, retryInMs: retryIn }, "getUpdates failed; retrying");
          await sleep(retryIn, aborted);
          retryIn = Math.min(retryIn * 2, 30_000);
          continue;
        }
        retryIn = 100;
        const fresh = ledger.take(updates);
        if (fresh.length > 0) return fresh;
        if (aborted.aborted) return [];
        if (busy) await ledger.waitForDone(REFETCH_MS, aborted);
      }
    },
  };
}

/**
 * Starts polling `built`. A webhook left from another mode is removed first, or getUpdates would
 * answer 409. With a `shared` store (Redis), this instance polls only while it holds the bot's
 * polling lease, and stands by otherwise.
 */
export async function startPolling(
  built: BuiltBot,
  logger: Logger,
  shared?: Pick<Storage, "kind" | "setIfAbsent" | "set" | "get" | "delete">,
): Promise<Polling> {
  const { bot } = built;
  await bot.api.deleteWebhook({ drop_pending_updates: false });
  // On a shared store several instances may run: only the lease's holder polls (pollingLease.ts).
  const lease =
    shared && shared.kind !== "sqlite" ? pollingLease(shared, built.identity.id, logger) : undefined;
  const ledger = new UpdateLedger();
  const source = createSource(supplier(built, ledger, logger));
  const sink = createConcurrentSink<Update>(
    {
      async consume(update) {
        try {
          for (;;) {
            try {
              await bot.handleUpdate(update);
              return;
            } catch (error) {
              // Held by a lease whose process died: it lapses within seconds, then it is ours.
              if (!isBusy(error)) throw error;
              await sleep(BUSY_RETRY_MS);
            }
          }
        } finally {
          ledger.done(update.update_id);
        }
      },
    },
    async (error) => {
      try {
        await bot.errorHandler(error as BotError<BotContext>);
      } catch (handlerError) {
        logger.error({ err: handlerError }, "the bot's error handler failed");
      }
    },
  );
  const runner = createRunner(source, sink);
  let stopped = false;
  if (lease) void lease.acquired.then(() => stopped || runner.start());
  else runner.start();

  const confirm = async () => {
    const offset = ledger.offset;
    if (offset === undefined) return;
    // An offset confirms everything below it; `limit: 1, timeout: 0` fetches at most one update,
    // which stays unconfirmed for the next start. Bounded: a Bot API server that is gone (the
    // playground serves its emulator on the server being closed) must not hold shutdown up, and
    // an unconfirmed update is only handed out again, to be dropped by its "handled" marker.
    await bot.api
      .getUpdates({ offset, limit: 1, timeout: 0 }, AbortSignal.timeout(CONFIRM_TIMEOUT_MS) as never)
      .catch(() => undefined);
  };
  return {
    runner,
    confirm,
    async stop() {
      stopped = true;
      if (runner.isRunning()) await runner.stop();
      await lease?.release();
    },
  };
}
