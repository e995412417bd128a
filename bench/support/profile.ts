/**
 * `BENCH_PROFILE=<file>` writes a CPU profile of the main thread while `work` runs (open it in
 * Chrome DevTools or any .cpuprofile viewer): where Switchboard's time goes under saturation.
 */
import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";

export async function profiled<T>(work: () => Promise<T>): Promise<T> {
  const file = process.env.BENCH_PROFILE;
  if (!file) return work();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  try {
    return await work();
  } finally {
    const { profile } = await session.post("Profiler.stop");
    await writeFile(file, JSON.stringify(profile));
    session.disconnect();
  }
}
