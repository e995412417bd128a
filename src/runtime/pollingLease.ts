/**
 * Several instances in polling mode on one shared store (Redis): Telegram lets one `getUpdates`
 * run per bot (a second one gets 409), so only the holder of this lease polls, and the others
 * stand by. The holder renews it while it runs; stopped cleanly it lets go at once, killed it
 * stops renewing and a standby takes over within `LEASE_MS`. This is the seed's "only one worker
 * may poll" made safe: nobody has to be told which instance that is. On SQLite one process owns
 * the store and needs no lease.
 */
import type { Logger } from "pino";
import { instanceId, LEASE_MS } from "../kernel/updateClaims.js";
import type { Storage } from "../platform/storage/storage.js";

/** How often a standby asks for the lease, and the holder renews it (well within LEASE_MS). */
const TRY_EVERY_MS = 3_000;

export interface PollingLease {
  /** Resolves once this instance holds the lease (never, when released first). */
  readonly acquired: Promise<void>;
  /** Stops asking or renewing; lets go of the lease when held. */
  release(): Promise<void>;
}

export function pollingLease(
  storage: Pick<Storage, "setIfAbsent" | "set" | "get" | "delete">,
  botId: string,
  logger: Logger,
  holder = instanceId,
): PollingLease {
  const key = `poller:${botId}`;
  let released = false;
  let held = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const pause = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, TRY_EVERY_MS);
    });

  const acquired = (async () => {
    let told = false;
    while (!released) {
      if (await storage.setIfAbsent(key, holder, LEASE_MS).catch(() => false)) {
        held = true;
        logger.info({ holder }, "polling: this instance polls");
        break;
      }
      if (!told) logger.info("polling: another instance polls; standing by to take over");
      told = true;
      await pause();
    }
    if (!held) return new Promise<void>(() => undefined);
    const renew = () => {
      timer = setTimeout(async () => {
        if (released) return;
        // A failed renewal is tried again; a lease that lapsed meanwhile is another's to take.
        await storage.set(key, holder, LEASE_MS).catch(() => undefined);
        renew();
      }, TRY_EVERY_MS);
      timer.unref();
    };
    renew();
  })();

  return {
    acquired,
    async release() {
      released = true;
      clearTimeout(timer);
      wake?.();
      if (held && (await storage.get(key).catch(() => undefined)) === holder) {
        await storage.delete(key).catch(() => undefined);
      }
    },
  };
}
