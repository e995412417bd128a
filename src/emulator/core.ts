/**
 * The emulator's parts wired together, as method handlers and the control API receive them.
 * One instance per emulator: nothing here is a module-level singleton, so tests run many side by side.
 */
import pino, { type Logger } from "pino";
import { CallbackQueries } from "./callbackQueries.js";
import { type Clock, systemClock } from "./clock.js";
import { EventHub } from "./events.js";
import { FloodControl } from "./floodControl.js";
import { type BotApiSpec, loadSpec } from "./spec.js";
import { EmulatorState } from "./state.js";
import { UpdateHub } from "./updates.js";

export interface EmulatorOptions {
  /** Flood control for bots that have not been switched individually. Default off. */
  floodControl?: boolean;
  /** Default: silent. */
  logger?: Logger;
  /** Base URL the emulator is reachable at, for download links in transcripts. */
  publicUrl?: string;
  /** The emulator's idea of now; pass a ManualClock in tests. */
  clock?: Clock;
  /** Delays between webhook delivery attempts (the last repeats). Default 1 s doubling to 60 s. */
  webhookRetryDelaysMs?: readonly number[];
  /** Per-delivery timeout. Default 10 s. */
  webhookTimeoutMs?: number;
  /** How long pressButton waits for answerCallbackQuery by default. Default 10 s. */
  callbackTimeoutMs?: number;
  /** Path of api.json; default: the project's spec/api.json. */
  specPath?: string;
}

export interface EmulatorCore {
  readonly spec: BotApiSpec;
  readonly state: EmulatorState;
  readonly updates: UpdateHub;
  readonly events: EventHub;
  readonly flood: FloodControl;
  readonly callbacks: CallbackQueries;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly callbackTimeoutMs: number;
  publicUrl?: string;
}

export function createCore(options: EmulatorOptions = {}): EmulatorCore {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? pino({ level: "silent" });
  const state = new EmulatorState(clock, options.floodControl ?? false);
  return {
    spec: loadSpec(options.specPath),
    state,
    updates: new UpdateHub({
      logger,
      retryDelaysMs: options.webhookRetryDelaysMs,
      timeoutMs: options.webhookTimeoutMs,
      nowSeconds: () => state.nowSeconds(),
    }),
    events: new EventHub(),
    flood: new FloodControl(clock),
    callbacks: new CallbackQueries(),
    clock,
    logger,
    callbackTimeoutMs: options.callbackTimeoutMs ?? 10_000,
    publicUrl: options.publicUrl,
  };
}
