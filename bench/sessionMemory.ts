import about from "../src/modules/about/index.js";
import { benchBot, benchServices } from "./fixtures.js";
import { report } from "./stats.js";

/** Heap after N users each have a session: sessions live in the store, so the heap stays flat. */
export async function sessionMemory(): Promise<void> {
  const { services, close } = await benchServices();
  const { built } = await benchBot(
    { id: "mem", token: "1:MEM-token-secret-part-abcdefghijklmn", modules: [{ module: about, config: {} }] },
    services,
    "polling",
  );
  const rows: Array<[string, string]> = [];
  let updateId = 1;
  let users = 0;
  for (const target of [1000, 10_000, 30_000]) {
    for (; users < target; users++) {
      const id = 10_000 + users;
      await built.bot.handleUpdate({
        update_id: updateId++,
        message: {
          message_id: 1,
          date: 0,
          chat: { id, type: "private", first_name: "U" },
          from: { id, is_bot: false, first_name: "U" },
          text: "/about",
          entities: [{ type: "bot_command", offset: 0, length: 6 }],
        },
      });
    }
    global.gc?.();
    rows.push([
      `${target.toLocaleString("en-US")} sessions`,
      `${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MiB heap`,
    ]);
  }
  const keys = await services.storage.listKeys("session:mem:");
  rows.push(["sessions in the store", keys.length.toLocaleString("en-US")]);
  report(
    `Memory by number of sessions${global.gc ? "" : " (run with --expose-gc for steadier figures)"}`,
    rows,
  );
  await close();
}
