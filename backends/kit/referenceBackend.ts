/**
 * How every reference backend is started, so the playground and the tests start them all alike:
 * `start<Name>Backend({ dataDir, appUrl, clock?, logger? })` → a running backend with its URL.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import type { Clock } from "./clock.js";

export interface BackendStartOptions {
  /** A folder for the backend's persistent database (`./data/demo/<backend>` in the playground). */
  dataDir: string;
  /** Switchboard's base URL, e.g. `http://127.0.0.1:8080`, for backends that call the app. */
  appUrl: string;
  /** The time the backend lives in (default: real time). The backend shifts it, never moves it. */
  clock?: Clock;
  logger?: FastifyBaseLogger;
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1: a demo backend is not for the network. */
  host?: string;
}

export interface RunningBackend {
  /** Root URL, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Faults, clock, counters and demo data back to their initial state (`POST /_control/reset`). */
  reset(): void | Promise<void>;
  /** Stops listening and lets go of everything, hanging requests included. */
  close(): Promise<void>;
}

export type StartReferenceBackend<Running extends RunningBackend = RunningBackend> = (
  options: BackendStartOptions,
) => Promise<Running>;

/**
 * The Fastify app of a reference backend: silent unless given a logger, and closing at once even
 * with requests a fault keeps hanging (a test's backend must let go when the test ends).
 */
export function createBackendApp(logger?: FastifyBaseLogger): FastifyInstance {
  return (
    logger
      ? Fastify({ loggerInstance: logger, forceCloseConnections: true })
      : Fastify({ logger: false, forceCloseConnections: true })
  ) as FastifyInstance;
}

/** Listens (loopback and a free port by default) and answers the root URL. */
export async function listenBackend(
  app: FastifyInstance,
  options: { port?: number; host?: string } = {},
): Promise<string> {
  const host = options.host ?? "127.0.0.1";
  await app.listen({ port: options.port ?? 0, host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

/** Creates the backend's data folder (owner-only: it holds demo accounts) and returns its full path. */
export function prepareDataDir(dataDir: string): string {
  const path = resolve(dataDir);
  mkdirSync(path, { recursive: true, mode: 0o700 });
  return path;
}
