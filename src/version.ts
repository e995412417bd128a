import { readFileSync } from "node:fs";

/** The package version, shown by /about and in logs. */
export const VERSION: string = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
).version;
