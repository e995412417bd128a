import { benchServices, startBackend } from "./fixtures.js";
import { report } from "./stats.js";

/** 1,000 concurrent identical reads → 1 backend request; connection reuse over sequential reads. */
export async function backendReads(): Promise<void> {
  const backend = await startBackend();
  const { services, close } = await benchServices();
  const cached = services.http({ name: "bench-cached", baseUrl: backend.url, cacheTtlMs: 5000 });
  await Promise.all(Array.from({ length: 1000 }, () => cached.request({ path: "/status" })));
  const coalesced = await backend.requests();

  const plain = services.http({ name: "bench-plain", baseUrl: backend.url });
  const before = await backend.requests();
  const reads = 5000;
  for (let i = 0; i < reads; i++) await plain.request({ path: `/status/${i}`, cache: false });
  const requests = (await backend.requests()) - before;
  const metrics = await services.metrics.getSingleMetricAsString(
    "switchboard_backend_connections_opened_total",
  );
  const opened = Number(metrics.match(/backend="bench-plain"[^}]*\} (\d+)/)?.[1] ?? Number.NaN);

  report("Backend client", [
    ["concurrent identical GETs", 1000],
    ["backend requests for them", `${coalesced} (target 1)`],
    ["sequential GETs", requests],
    ["connections opened", opened],
    ["connection reuse", `${(((requests - opened) / requests) * 100).toFixed(2)} % (target ≥ 99.9 %)`],
  ]);
  await cached.close();
  await plain.close();
  await backend.close();
  await close();
}
