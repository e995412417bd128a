/**
 * `npm run rotate-key`: re-seals every secret at rest (sealed credentials, tokens, sealed form
 * answers) under the FIRST key of SWITCHBOARD_SECRET_KEY (or of `<DATA_DIR>/secret.key` when the
 * variable is unset), so the older keys listed after it can then be removed. Safe while
 * Switchboard runs, once every instance runs with the new list. The procedure
 * (docs/operations.md, "Rotating SWITCHBOARD_SECRET_KEY"):
 *
 *   1. restart every instance with SWITCHBOARD_SECRET_KEY=<new>,<old> (the new key seals, both open);
 *   2. npm run rotate-key, with that same environment;
 *   3. restart every instance with SWITCHBOARD_SECRET_KEY=<new>.
 *
 * Exits 0 when every sealed value in the store opens with the first key alone, 1 otherwise.
 * Prints counts and key ids only, never a key or a secret.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { SecretBoxError, secretBoxFromKeys } from "../src/platform/secrets/secretBox.js";
import {
  loadOrCreateKeyFile,
  parseSecretKeys,
  SECRET_KEY_FILE,
  type SecretKey,
} from "../src/platform/secrets/secretKeys.js";
import { type ResealReport, resealRedis, resealSqlite } from "./keyRotation.js";
import { fail, operatorEnv, sqlitePath } from "./operatorEnv.js";

function readKeys(secretKeys: string | undefined, dataDir: string): { keys: SecretKey[]; source: string } {
  try {
    if (secretKeys) return { keys: parseSecretKeys(secretKeys), source: "SWITCHBOARD_SECRET_KEY" };
    const file = join(dataDir, SECRET_KEY_FILE);
    // Never generate one here: a fresh key would open nothing that is stored.
    if (!existsSync(file))
      fail(`rotate-key: no key: SWITCHBOARD_SECRET_KEY is unset and ${file} does not exist`);
    return { keys: loadOrCreateKeyFile(dataDir), source: file };
  } catch (error) {
    if (error instanceof SecretBoxError) fail(`rotate-key: ${error.message}`);
    throw error;
  }
}

const env = operatorEnv();
const { keys, source } = readKeys(env.secretKeys, env.dataDir);
const box = secretBoxFromKeys(keys);
const others = keys.slice(1).map((k) => `"${k.id}"`);
console.log(
  `rotate-key: sealing with key "${box.keyId}" (the first in ${source}); ` +
    (others.length > 0 ? `also opening with ${others.join(", ")}` : "no other key listed"),
);

const path = sqlitePath(env.storageUrl);
let report: ResealReport;
try {
  report = path ? await resealSqlite(path, box) : await resealRedis(env.storageUrl, box);
} catch (error) {
  fail(`rotate-key: ${(error as Error).message}`);
}

console.log(`  re-sealed        ${report.resealed}`);
console.log(`  already current  ${report.current}`);
console.log(`  unreadable       ${report.unreadable}`);
if (report.inLogs > 0) console.log(`  in logs          ${report.inLogs}`);
if (report.retried > 0) console.log(`  written meanwhile by the app, re-read: ${report.retried}`);

if (report.unreadable > 0) {
  fail(
    `rotate-key: ${report.unreadable} sealed value(s) open with none of the listed keys: ` +
      "keep the key that sealed them in the list (first the new key, then every older one) and run again",
  );
}
if (report.inLogs > 0) {
  fail(
    `rotate-key: ${report.inLogs} sealed value(s) sit in append-only logs and were not re-sealed: ` +
      "keep the old key listed after the new one",
  );
}
console.log(
  `Every sealed value opens with key "${box.keyId}" alone: keep only that key in ${source}, ` +
    "then restart every instance.",
);
