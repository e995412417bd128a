/**
 * The reference ROA2WEB backend in a worker thread (started through roa2web.worker.mjs), so its
 * work is not counted against the bot it serves: its seeded demo world in an in-memory database,
 * handing link codes to the bot's `<appUrl>/internal/save-code`.
 *
 * ROA2WEB links one Telegram account per ERP user (a new link ends the old one), and the demo has
 * three active users: for `accounts` linked users, this adds `bench<n>@firma.ro` (n = 1..accounts),
 * each a copy of the demo accountant (id 1) with her companies, to the in-memory database.
 *
 * workerData: `{ appUrl, botUsername, accounts }`. Posts `{ url, internalApiKey, emails }` when
 * listening, then answers `{ id, op: "counts" }` with `{ id, result: RequestCounts }` (requests so
 * far, per part and per route).
 */
import { parentPort, workerData } from "node:worker_threads";
import { startRoa2webBackend } from "../../backends/roa2web/index.js";

const { appUrl, botUsername, accounts } = workerData as {
  appUrl: string;
  botUsername: string;
  accounts: number;
};
const roa2web = await startRoa2webBackend({ appUrl, botUsername });

const accountant = await roa2web.db
  .selectFrom("users")
  .selectAll()
  .where("id", "=", 1)
  .executeTakeFirstOrThrow();
const companies = await roa2web.db
  .selectFrom("user_companies")
  .selectAll()
  .where("user_id", "=", 1)
  .execute();
const emails: string[] = [];
for (let n = 1; n <= accounts; n++) {
  const id = 1_000 + n;
  const email = `bench${n}@firma.ro`;
  await roa2web.db
    .insertInto("users")
    .values({ ...accountant, id, email, full_name: `Bench ${n}` })
    .execute();
  await roa2web.db
    .insertInto("user_companies")
    .values(companies.map((c) => ({ ...c, user_id: id })))
    .execute();
  emails.push(email);
}

parentPort?.postMessage({ url: roa2web.url, internalApiKey: roa2web.internalApiKey, emails });
parentPort?.on("message", (message: { id: number; op: string }) => {
  if (message.op === "counts") parentPort?.postMessage({ id: message.id, result: roa2web.counts() });
});
