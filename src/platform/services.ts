/**
 * The `services` object every module receives in `setup`, `jobs` and `health`.
 * One instance per process, shared by all bots; nothing here is a module-level singleton,
 * so tests build their own with `createServices` and throw it away.
 */
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import type { AuditLog } from "./audit/auditLog.js";
import type { BackendClientFactory } from "./http/backendClient.js";
import type { JobRunner } from "./jobs/jobRunner.js";
import type { RateLimits } from "./rateLimit/rateLimits.js";
import type { SecretBox } from "./secrets/secretBox.js";
import type { Storage } from "./storage/storage.js";

export interface Services {
  /** Key/value, counters, locks and logs: SQLite or Redis behind one interface. */
  storage: Storage;
  /** AES-256-GCM for every credential or token at rest. */
  secrets: SecretBox;
  /** Makes the one HTTP client modules use to talk to their backend. */
  http: BackendClientFactory;
  /** Per-user update limit and the brute-force limiter for typed secrets. */
  rateLimits: RateLimits;
  /** Append-only record of privileged actions. */
  audit: AuditLog;
  /** Scheduled, delayed and repeatable work. */
  jobs: JobRunner;
  /** The process logger (secrets redacted); handlers use `ctx.log` instead. */
  logger: Logger;
  /** The Prometheus registry `/metrics` serves. */
  metrics: Registry;
}
