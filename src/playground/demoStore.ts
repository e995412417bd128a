/**
 * The demo's store and how it is emptied. The emulated Telegram lives in memory, the store on
 * disk (`<DATA_DIR>/demo`), so the two must be kept consistent by hand:
 * - at start-up the emulator is new and numbers updates from 1 again, so remembered update ids
 *   (the kernel's de-duplication markers) would make the bots drop every fresh update;
 * - a reset empties both, but keeps the update counters of the running bots' queues (their
 *   pollers confirm by offset: numbering from 1 again would silently drop every new update) and
 *   the job schedules the modules registered at start-up.
 */
import { join } from "node:path";
import type { Storage } from "../platform/storage/storage.js";

/** Where the demo's SQLite file and generated secret key live. */
export const demoDataDir = (dataDir: string): string => join(dataDir, "demo");

export const demoStorageUrl = (dataDir: string): string =>
  `sqlite:${join(demoDataDir(dataDir), "switchboard.db")}`;

/** The kernel's de-duplication markers (`update:<bot>:<update_id>`). */
const UPDATE_MARKERS = "update:";
/** The job runner's state: module schedules are registered once, at start-up. */
const JOB_STATE = "jobs:";

async function deleteKeys(storage: Storage, prefix: string, keep: (key: string) => boolean): Promise<number> {
  let deleted = 0;
  for (const key of await storage.listKeys(prefix)) {
    if (keep(key)) continue;
    if (await storage.delete(key)) deleted++;
  }
  return deleted;
}

/** Forgets update ids handled by a previous run: the new emulator will use them again. */
export const forgetHandledUpdates = (storage: Storage): Promise<number> =>
  deleteKeys(storage, UPDATE_MARKERS, () => false);

/** Deletes every key but the job runner's (sessions, conversations, module data, rate limits, …). */
export const clearDemoStore = (storage: Storage): Promise<number> =>
  deleteKeys(storage, "", (key) => key.startsWith(JOB_STATE));
