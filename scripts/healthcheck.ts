/**
 * The container's health check (Dockerfile HEALTHCHECK, compose healthchecks):
 * `node dist/scripts/healthcheck.js [url]` exits 0 when `url` answers 2xx within 3 s, 1 otherwise.
 * The default is Switchboard's liveness route on this container, `http://127.0.0.1:$PORT/healthz`.
 * A script rather than curl, which the slim Node image does not have.
 */
const url = process.argv[2] ?? `http://127.0.0.1:${process.env.PORT || "8080"}/healthz`;

try {
  const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
  if (!response.ok) {
    process.stderr.write(`healthcheck: ${url} answered ${response.status}\n`);
    process.exit(1);
  }
} catch (error) {
  process.stderr.write(`healthcheck: ${url}: ${(error as Error).message}\n`);
  process.exit(1);
}
