/**
 * Romanian texts address the user formally (dumneavoastră), as business software in Romania does.
 * Every `ro*.ftl` of the kernel and of every module is checked for the common informal forms.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";

type Message = FluentResource["body"][number];
type Pattern = NonNullable<Message["value"]>;

const SRC = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Informal words that are informal wherever they stand: possessives, pronouns, 2nd person singular verbs. */
const INFORMAL_WORDS = new Set([
  "tău",
  "ta",
  "tăi",
  "tale",
  "tu",
  "te",
  "ți",
  "îți",
  "ție",
  "tine",
  "poți",
  "vrei",
  "ești",
  "știi",
  "vezi",
  "urmărești",
  "folosești",
  "primești",
]);

/**
 * 2nd person singular imperatives. Most read the same as the 3rd person singular ("botul rulează",
 * "🔔 urmărește aici"), so they count only where only an imperative can stand: at the start of a
 * clause, after "acum" / "întâi", or with a pronoun after a hyphen ("trimite-l", "alege-o").
 */
const INFORMAL_IMPERATIVES = new Set([
  "actualizează",
  "alege",
  "anulează",
  "apas",
  "apasă",
  "așteaptă",
  "caută",
  "cere",
  "confirmă",
  "conectează",
  "copiază",
  "dă",
  "folosește",
  "încearcă",
  "introdu",
  "modifică",
  "oprește",
  "repornește",
  "rulează",
  "schimbă",
  "scrie",
  "selectează",
  "șterge",
  "trimite",
  "verifică",
]);

/** "ai" is also the plural genitive article ("pod-uri ai clientului"): informal only after these. */
const BEFORE_AI = new Set(["dacă", "că", "să", "ce", "nu", "când", "cum", "unde"]);
const BEFORE_IMPERATIVE = new Set(["acum", "întâi"]);

/** Every text a pattern can produce: one per combination of selector variants; placeables read as "X". */
function patternTexts(pattern: Pattern): string[] {
  if (typeof pattern === "string") return [pattern];
  let texts = [""];
  for (const element of pattern) {
    let parts: string[];
    if (typeof element === "string") parts = [element];
    else if (element.type === "select") parts = element.variants.flatMap((v) => patternTexts(v.value));
    else if (element.type === "str") parts = [element.value];
    else parts = ["X"];
    texts = texts.flatMap((text) => parts.map((part) => text + part));
  }
  return texts;
}

function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, "")
    .replace(/&[a-z0-9#]+;/gi, " ")
    .replace(/ş/g, "ș")
    .replace(/Ş/g, "Ș")
    .replace(/ţ/g, "ț")
    .replace(/Ţ/g, "Ț");
}

function startsClause(before: string): boolean {
  const rest = before.replace(/[^\p{L}\p{N}.!?:;,\n]+$/u, "");
  return rest === "" || /[.!?:;\n]$/.test(rest);
}

/** The informal words of one text, as written. */
function informalWords(text: string): string[] {
  const source = plain(text);
  const words = [...source.matchAll(/\p{L}+/gu)];
  const found: string[] = [];
  words.forEach((match, i) => {
    const word = match[0].toLocaleLowerCase("ro");
    const start = match.index;
    const end = start + match[0].length;
    const previous = words[i - 1];
    const joinedToPrevious =
      previous !== undefined && /^\s+$/.test(source.slice(previous.index + previous[0].length, start));
    const previousWord = joinedToPrevious ? previous[0].toLocaleLowerCase("ro") : "";
    const atClauseStart = startsClause(source.slice(0, start));
    if (INFORMAL_WORDS.has(word)) found.push(match[0]);
    else if (word === "ai" && (atClauseStart || BEFORE_AI.has(previousWord))) found.push(match[0]);
    else if (
      INFORMAL_IMPERATIVES.has(word) &&
      (atClauseStart || BEFORE_IMPERATIVE.has(previousWord) || /^-\p{L}/u.test(source.slice(end)))
    )
      found.push(match[0]);
  });
  return found;
}

/** `ro.ftl` and `ro.<part>.ftl` under src/kernel/locales and every src/modules/<module>/locales. */
function romanianFiles(): string[] {
  const modules = join(SRC, "modules");
  const dirs = [
    join(SRC, "kernel", "locales"),
    ...readdirSync(modules, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(modules, entry.name, "locales")),
  ];
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((file) => /^ro(\.[a-z-]+)?\.ftl$/.test(file))
        .map((file) => join(dir, file)),
    )
    .sort();
}

describe("Romanian register", () => {
  const files = romanianFiles();

  it("finds the Romanian texts of the kernel and of every module", () => {
    const names = files.map((file) => relative(SRC, file).split("\\").join("/"));
    expect(names).toEqual(
      expect.arrayContaining([
        "kernel/locales/ro.ftl",
        "modules/about/locales/ro.ftl",
        "modules/netmon/locales/ro.ftl",
        "modules/netmon/locales/ro.alerts.ftl",
        "modules/netmon/locales/ro.reports.ftl",
      ]),
    );
  });

  it("every Romanian message addresses the user formally", () => {
    const findings: string[] = [];
    for (const file of files) {
      const resource = new FluentResource(readFileSync(file, "utf8"));
      for (const message of resource.body) {
        const patterns: [string, Pattern][] = Object.entries(message.attributes).map(([name, pattern]) => [
          `${message.id}.${name}`,
          pattern,
        ]);
        if (message.value !== null) patterns.unshift([message.id, message.value]);
        for (const [id, pattern] of patterns) {
          const words = new Set(patternTexts(pattern).flatMap(informalWords));
          for (const word of words) findings.push(`${relative(SRC, file)} ${id}: informal "${word}"`);
        }
      }
    }
    expect(findings).toEqual([]);
  });

  it("the check catches the informal forms and lets formal and 3rd person texts pass", () => {
    expect(informalWords("conectează clientul tău Plume API")).toEqual(["conectează", "tău"]);
    expect(informalWords("📡 Urmărești <b>Casă</b>. Starea ei: /status")).toEqual(["Urmărești"]);
    expect(informalWords("Acesta nu este un antet. Trimite-l ca <code>Basic</code> sau /cancel.")).toEqual([
      "Trimite",
    ]);
    expect(informalWords("Verifică dacă ai copiat antetul potrivit sau trimite /cancel.")).toEqual([
      "Verifică",
      "ai",
    ]);
    expect(informalWords("Mai întâi conectează-ți clientul Plume API.")).toEqual(["conectează", "ți"]);
    expect(informalWords("Am primit antetul. Acum trimite <b>Partner ID</b>-ul.")).toEqual(["trimite"]);
    expect(informalWords("Te rog rulează din nou /setup.")).toEqual(["Te"]);
    expect(informalWords("Cere proprietarului să îți adauge contul dacă ai nevoie de acces.")).toEqual([
      "Cere",
      "îți",
      "ai",
    ]);
    expect(informalWords("🗓 Oprește rezumatul zilnic")).toEqual(["Oprește"]);
    expect(informalWords("Sunt afișați doar primii 10: scrie mai mult din nume.")).toEqual(["scrie"]);
    expect(informalWords("Pentru siguranța ta, rulează /setup.")).toEqual(["ta"]);

    for (const formal of [
      "conectați clientul dumneavoastră Plume API",
      "Verificați dacă ați copiat antetul potrivit sau trimiteți /cancel.",
      "Mai întâi conectați-vă clientul Plume API: trimiteți-mi /setup.",
      "<b>X</b> rulează pe Switchboard X.",
      "🔔 urmărește aici locația dumneavoastră curentă, 🗑 oprește urmărirea.",
      "Acest chat urmărește acum <b>X</b>. Verific și scriu aici când se schimbă ceva.",
      "Vă rugăm să îl ștergeți singur: conține un secret.",
      "Doi clienți ai partenerului sunt offline. Arată așa: <code>Basic</code>.",
    ])
      expect(informalWords(formal), formal).toEqual([]);
  });
});
