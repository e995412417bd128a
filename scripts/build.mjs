// `npm run build [-- <outDir>]`: compiles src/, backends/ and scripts/ with tsc into `dist/` (or
// a folder inside it: tests build into their own), then copies what the compiled code reads at
// run time but tsc does not emit: Fluent message files, the playground's web files and the Bot
// API spec the emulator validates against. Paths mirror the sources, so code that finds its files
// next to itself works the same from src/ (tsx) and from dist/src/ (node). `dist/main.js` is the
// entry: `node dist/main.js` (npm run start:prod).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = resolve(root, process.argv[2] ?? "dist");
const inside = relative(root, outDir);
// Node finds the dependencies (node_modules) and `"type": "module"` (package.json) by walking up
// from the compiled files, so the output lives inside the project, in dist/.
if (inside.split(/[\\/]/)[0] !== "dist") {
  console.error(`build: the output folder must be dist/ or a folder inside it, not ${outDir}`);
  process.exit(1);
}

const ASSETS = new Set([".ftl", ".html", ".css", ".js", ".svg"]);

function copyAssets(from, to) {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory()) copyAssets(source, target);
    else if (ASSETS.has(extname(name))) cpSync(source, target);
  }
}

// What an earlier build left (a deleted source's output would linger); other builds inside
// dist/ (a test's) are left alone.
for (const part of ["src", "backends", "scripts", "spec", "main.js"]) {
  rmSync(join(outDir, part), { recursive: true, force: true });
}
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
try {
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", outDir], {
    cwd: root,
    stdio: "inherit",
  });
} catch {
  console.error("build: tsc reported errors (above)");
  process.exit(1);
}
copyAssets(join(root, "src"), join(outDir, "src"));
mkdirSync(join(outDir, "spec"), { recursive: true });
cpSync(join(root, "spec", "api.json"), join(outDir, "spec", "api.json"));
writeFileSync(
  join(outDir, "main.js"),
  '// The production entry point (`node dist/main.js`), written by scripts/build.mjs.\nimport "./src/main.js";\n',
);
console.log(`build: ${inside} is ready; start it with node ${join(inside, "main.js")}`);
