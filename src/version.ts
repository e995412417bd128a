import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The nearest package.json above this file: from src/ (tsx) and from dist/src/ (a build). */
function packageFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above src/");
    dir = parent;
  }
  return join(dir, "package.json");
}

/** The package version, shown by /about and in logs. */
export const VERSION: string = JSON.parse(readFileSync(packageFile(), "utf8")).version;
