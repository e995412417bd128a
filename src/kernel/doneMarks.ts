/**
 * The "handled" markers of updates that wrote nothing else, written together: one store round trip
 * for every update that finished within a few milliseconds of each other, instead of one each. On
 * a busy group most updates are ordinary messages that no module acts on; their marker was half of
 * their cost.
 *
 * The price is a window of a few milliseconds: an update handled in it when the process dies has
 * no marker, so its redelivery is handled again (its answer may then be sent twice). That is the
 * only duplicate the platform allows (see the README's delivery guarantee). `drain()` writes what
 * is pending (shutdown).
 */
import type { Logger } from "pino";
import type { Storage, StorageOp } from "../platform/storage/storage.js";

/** How long a marker waits for others to share its round trip. */
const WAIT_MS = 5;
/** A batch this large goes at once. */
const MAX_BATCH = 256;

export class DoneMarks {
  private pending: StorageOp[] = [];
  private written: Array<() => void> = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: Storage,
    private readonly ttlMs: number,
    private readonly logger: Logger,
  ) {}

  /** Marks `key` done soon; `onWritten` runs once the marker is in the store (or failed to be). */
  add(key: string, onWritten?: () => void): void {
    this.pending.push({ op: "set", key, value: "done", ttlMs: this.ttlMs });
    if (onWritten) this.written.push(onWritten);
    if (this.pending.length >= MAX_BATCH) this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), WAIT_MS);
      this.timer.unref();
    }
  }

  /** Writes everything pending and waits for every write started so far. */
  async drain(): Promise<void> {
    this.flush();
    await this.writing;
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const ops = this.pending.splice(0);
    const written = this.written.splice(0);
    if (ops.length === 0) return;
    const write = this.storage
      .batch(ops)
      .then(
        () => undefined,
        // The claims expire on their own: a redelivery is then handled again, nothing is lost.
        (error) => this.logger.warn({ err: error, updates: ops.length }, "could not mark updates handled"),
      )
      .then(() => {
        for (const done of written) done();
      });
    this.writing = Promise.all([this.writing, write]).then(() => undefined);
  }
}
