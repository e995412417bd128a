/**
 * A TTL cache of GET response bodies with single-flight: while one request for a key is in
 * flight, identical requests wait for it instead of sending their own.
 *
 * Bodies are kept as text and parsed per caller, so no caller can mutate another's result.
 * Keys must include whatever makes a response user-specific (the client hashes the headers into
 * them), otherwise two users could be served each other's data.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { path: string; body: string; expiresAt: number }>();
  private readonly inFlight = new Map<string, { path: string; body: Promise<string> }>();
  /** Bumped by `invalidate`: a response that started before it is not stored after it. */
  private generation = 0;

  /**
   * @param ttlMs how long a body is served from the cache; 0 keeps only the single-flight.
   * @param maxEntries oldest entries are dropped beyond this.
   */
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The body for `key`: from the cache, from the identical request in flight, or from `load`.
   * `hit` is false only when this call ran `load`. Failures are shared by the callers waiting
   * on them and never cached.
   */
  async get(key: string, path: string, load: () => Promise<string>): Promise<{ body: string; hit: boolean }> {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > this.now()) return { body: entry.body, hit: true };
    if (entry) this.entries.delete(key);
    const pending = this.inFlight.get(key);
    if (pending) return { body: await pending.body, hit: true };

    const generation = this.generation;
    const body = load();
    const flight = { path, body };
    this.inFlight.set(key, flight);
    try {
      const text = await body;
      if (this.ttlMs > 0 && generation === this.generation) this.store(key, path, text);
      return { body: text, hit: false };
    } finally {
      // Only our own flight: `invalidate` may already have let a newer one take the key.
      if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
    }
  }

  /** Forgets bodies (and requests in flight) whose path starts with `pathPrefix`; all when omitted. */
  invalidate(pathPrefix = ""): void {
    this.generation++;
    for (const [key, { path }] of this.entries) if (path.startsWith(pathPrefix)) this.entries.delete(key);
    for (const [key, { path }] of this.inFlight) if (path.startsWith(pathPrefix)) this.inFlight.delete(key);
  }

  clear(): void {
    this.invalidate();
  }

  private store(key: string, path: string, body: string): void {
    this.entries.delete(key); // re-insert at the end: Map order is the eviction order
    this.entries.set(key, { path, body, expiresAt: this.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
