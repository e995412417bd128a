/**
 * Which language of a Russian/Kazakh pair to show: the reader's own when it is filled (`title_kz`
 * for Kazakh, `title_ru` for Russian), else the best there is: the other one, else a plain field
 * of the same name (`title`, for types without pairs). Russian comes first for everyone else: the
 * backend's content is written in Russian first. Pure.
 */

const filled = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/** The order the variants of `stem` are tried in for a reader of `language`. */
export function variantOrder(stem: string, language: string): string[] {
  const first = language === "kk" ? ["kz", "ru"] : ["ru", "kz"];
  return [...first.map((suffix) => `${stem}_${suffix}`), stem];
}

/** The text of `stem` for a reader of `language`, or undefined when no variant is filled. */
export function localized(
  item: Readonly<Record<string, unknown>>,
  stem: string,
  language: string,
): string | undefined {
  for (const key of variantOrder(stem, language)) {
    const value = item[key];
    if (filled(value)) return value.trim();
  }
  return undefined;
}
