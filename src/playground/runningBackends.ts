/**
 * Starting, resetting and stopping every reference backend of `demoBackends.ts` alike, and the
 * side panel they describe.
 */
import { join } from "node:path";
import type { Logger } from "pino";
import type { Clock } from "../../backends/kit/clock.js";
import type { RunningBackend, StartReferenceBackend } from "../../backends/kit/index.js";
import { type DemoBackendName, demoBackends, type StartedBackends, upcomingPanels } from "./demoBackends.js";
import type { PanelSection } from "./panel.js";

/** The erased shape of a backend entry, for code that handles them all alike. */
interface AnyBackend {
  start: StartReferenceBackend;
  panel(backend: RunningBackend): PanelSection;
  seed?(backend: RunningBackend): Promise<void>;
}
const specs = demoBackends as unknown as Record<DemoBackendName, AnyBackend>;
const names = Object.keys(demoBackends) as DemoBackendName[];

const startedOf = (backends: StartedBackends) =>
  names.flatMap((name) => {
    const backend = backends[name] as RunningBackend | undefined;
    return backend ? [{ name, backend }] : [];
  });

/**
 * A backend logs what goes wrong (warn and above) under the playground's logger, not each
 * request: the playground's own log would drown in the bots' polling of the backends.
 */
function backendLogger(logger: Logger, name: string): Logger {
  const { values } = logger.levels;
  const level = (values[logger.level] ?? 0) >= values.warn! ? logger.level : "warn";
  return logger.child({ backend: name }, { level });
}

export interface BackendStartContext {
  /** The playground's data folder (`<DATA_DIR>/demo`); each backend gets `<it>/<name>`. */
  dataDir: string;
  /** The Switchboard app's base URL. */
  appUrl: string;
  logger: Logger;
  /** The playground's clock, which every backend's own (movable) clock follows. */
  clock?: Clock;
}

/** Starts them all, in order; if one fails, stops those already started and rethrows. */
export async function startBackends(context: BackendStartContext): Promise<StartedBackends> {
  const started: Record<string, RunningBackend> = {};
  try {
    for (const name of names) {
      const backend = await specs[name].start({
        dataDir: join(context.dataDir, name),
        appUrl: context.appUrl,
        logger: backendLogger(context.logger, name),
        ...(context.clock ? { clock: context.clock } : {}),
      });
      started[name] = backend;
      await specs[name].seed?.(backend);
      context.logger.info({ backend: name, url: backend.url }, "reference backend started");
    }
  } catch (error) {
    await stopBackends(started as StartedBackends, context.logger);
    throw error;
  }
  return started as StartedBackends;
}

/** Each back to its start, with what the demo world needs in it again. */
export async function resetBackends(backends: StartedBackends): Promise<void> {
  for (const { name, backend } of startedOf(backends)) {
    await backend.reset();
    await specs[name].seed?.(backend);
  }
}

/** Stops each one; one that fails to stop is logged and does not keep the others running. */
export async function stopBackends(backends: StartedBackends, logger: Logger): Promise<void> {
  for (const { name, backend } of startedOf(backends)) {
    await backend.close().catch((error: unknown) => {
      logger.warn({ backend: name, err: error }, "reference backend did not stop cleanly");
    });
  }
}

/** The side panel: how to log in to each backend, linked to the bot that uses it. */
export function backendPanels(
  backends: StartedBackends,
  bots: ReadonlyArray<{ module: string; backend?: string; username: string; name: string }>,
): PanelSection[] {
  const panels = startedOf(backends).map(({ name, backend }) => {
    const panel = specs[name].panel(backend);
    const bot = bots.find((b) => b.backend === name);
    return bot ? { ...panel, bot: { username: bot.username, name: bot.name } } : { ...panel, upcoming: true };
  });
  const running = new Set(bots.map((b) => b.module));
  return [...panels, ...upcomingPanels.filter((p) => !running.has(p.module))];
}
