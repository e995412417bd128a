// After `tsc`, copies what the compiled code reads at run time but tsc does not emit: Fluent
// message files and the playground's web files. Paths mirror src/, so code that finds its
// files next to itself works the same from src/ (tsx) and from dist/src/ (node).
import { cpSync, readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";

const ASSETS = new Set([".ftl", ".html", ".css", ".js", ".svg"]);

function copy(from, to) {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory()) copy(source, target);
    else if (ASSETS.has(extname(name)) && !name.endsWith(".d.ts")) cpSync(source, target);
  }
}

copy("src", join("dist", "src"));
