// Module resolution hooks for devDependencyGuard.mjs: a resolution that lands in a dev-only
// package (`"dev": true` in package-lock.json) throws, naming the package and its importer.
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const lock = JSON.parse(readFileSync(new URL("../../package-lock.json", import.meta.url), "utf8"));
const devOnly = new Set(
  Object.entries(lock.packages ?? {})
    .filter(([path, info]) => path !== "" && info.dev === true)
    .map(([path]) => path),
);

/** `node_modules/a/node_modules/@s/b` for a file inside that package; undefined outside node_modules. */
function packageDir(path) {
  const parts = relative(root, path).split(sep);
  const last = parts.lastIndexOf("node_modules");
  if (last === -1) return undefined;
  const scoped = parts[last + 1]?.startsWith("@");
  return parts.slice(0, last + (scoped ? 3 : 2)).join("/");
}

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  if (!result.url.startsWith("file:")) return result;
  const dir = packageDir(fileURLToPath(result.url));
  if (dir !== undefined && devOnly.has(dir)) {
    const message = `dev-only package loaded at run time: ${dir} (imported by ${context.parentURL ?? "?"})`;
    process.stderr.write(`${message}\n`);
    throw new Error(message);
  }
  return result;
}
