/**
 * The Bot API as spec/api.json describes it (a machine-readable copy of core.telegram.org/bots/api).
 * The emulator validates every request against it, so a field the bots misspell or mistype fails
 * here the way it would on Telegram, and a method Telegram lacks answers 404.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** A method parameter or an object field. `types` are Telegram's names: "Integer", "Array of String". */
export interface SpecField {
  name: string;
  types: string[];
  required: boolean;
  description: string;
}

export interface SpecMethod {
  name: string;
  fields: SpecField[];
  returns: string[];
}

/** An object type; abstract ones (BotCommandScope, ChatMember) list `subtypes` instead of fields. */
export interface SpecType {
  name: string;
  fields?: SpecField[];
  subtypes?: string[];
}

export interface BotApiSpec {
  /** e.g. "Bot API 10.1". */
  version: string;
  types: ReadonlyMap<string, SpecType>;
  /** Finds a method regardless of case, as Telegram does (`SENDMESSAGE` works). */
  method(name: string): SpecMethod | undefined;
  /** Every method name, in the spec's spelling. */
  methodNames(): string[];
}

interface RawSpec {
  version: string;
  methods: Record<string, { name: string; fields?: SpecField[]; returns?: string[] }>;
  types: Record<string, { name: string; fields?: SpecField[]; subtypes?: string[] }>;
}

/** Walks up from this file to the project's `spec/api.json`; works from src/ and from dist/. */
function findSpecFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "spec", "api.json");
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("spec/api.json not found above src/emulator");
    dir = parent;
  }
}

const cache = new Map<string, BotApiSpec>();

/** Reads and indexes the spec once per path (the file is ~900 kB; parsing it per emulator would add up in tests). */
export function loadSpec(path: string = findSpecFile()): BotApiSpec {
  const cached = cache.get(path);
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(path, "utf8")) as RawSpec;
  const methods = new Map<string, SpecMethod>();
  for (const m of Object.values(raw.methods)) {
    methods.set(m.name.toLowerCase(), { name: m.name, fields: m.fields ?? [], returns: m.returns ?? [] });
  }
  const types = new Map<string, SpecType>(Object.values(raw.types).map((t) => [t.name, t]));
  const spec: BotApiSpec = {
    version: raw.version,
    types,
    method: (name) => methods.get(name.toLowerCase()),
    methodNames: () => [...methods.values()].map((m) => m.name),
  };
  cache.set(path, spec);
  return spec;
}
