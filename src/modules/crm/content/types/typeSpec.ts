/**
 * The shape of a content type's declaration (`catalog.ts` holds the twelve): where it lives in
 * the Tabys API, how its list answers, its fields and which screens show which of them. Every
 * screen, form and button is generated from these, so a new type is one more entry, not new
 * handlers. Pure data and small pure helpers: no Telegram, no HTTP.
 */
import type { CrmModule } from "../../domain/rbac.js";

/**
 * What a field holds, which decides how it is asked (typed text, buttons, a photo), checked and
 * shown. `text` is one line, `longtext` a description; `datetime` is a local date and time (in
 * `TABYS_TIME_ZONE`), `date` a calendar date.
 */
export type FieldKind =
  | "text"
  | "longtext"
  | "date"
  | "datetime"
  | "int"
  | "enum"
  | "bool"
  | "photo"
  | "url"
  | "email";

export interface FieldSpec {
  /**
   * The backend's field, or for a `pair` the stem of its two: `title` for `title_ru` and
   * `title_kz`. Also the label's Fluent key: `crm-field-<name>`.
   */
  name: string;
  kind: FieldKind;
  /** Needed on create. A pair is needed as a pair: at least one of its two languages. */
  required?: boolean;
  /** A Russian and a Kazakh variant (`<name>_ru`, `<name>_kz`), asked one after the other. */
  pair?: boolean;
  /** Text: shortest and longest length; int: smallest and largest value. */
  min?: number;
  max?: number;
  /** Enum: the values, in the order the buttons show them (labels `crm-field-<name>-<value>`). */
  values?: readonly string[];
  /** How an int reads: an amount in tenge, minutes, years. */
  unit?: "kzt" | "minutes" | "years";
}

/** How a list answers: `{items, total, total_pages, …}`, `{data, total, total_pages}`, or a bare array. */
export type ListShape = "items" | "data" | "array";

/** Sections of the public site that have a page per item. */
export type PublicSection = "events" | "news" | "vacancies";

export interface TypeSpec {
  module: CrmModule;
  /** Before the type's name on its menu button and list title. */
  icon: string;
  /** The collection, with its trailing slash: `/api/v2/events/`. */
  path: string;
  /** Whether an item's path ends with a slash (`/api/v2/events/7/` but `/api/v2/courses/7`). */
  itemSlash: boolean;
  shape: ListShape;
  /** Browsed one item at a time as a photo with its caption, instead of a numbered list. */
  carousel: boolean;
  /** The button to the item's page on saryarqa-jastary.kz. */
  publicSection?: PublicSection;
  /** The enum field the list can be filtered by (`?category=sport`). */
  filter?: string;
  /** The field naming an item (in lists, captions, "Delete «…»?"). */
  title: string;
  /** The photo field, shown by a carousel. */
  photo?: string;
  /** Every field, in the order the create form asks them. */
  fields: readonly FieldSpec[];
  /** Shown after the title on a list line. */
  line: readonly string[];
  /** Shown under the title in a carousel's caption, before `body` (carousel types). */
  caption?: readonly string[];
  /** Shown under the title in a detail view and the full text under "More", before `body`. */
  detail: readonly string[];
  /** The long text, last in a caption or a detail view (cut there; whole under "More"). */
  body?: string;
  /** `[start, end]`: an end must not come before its start. */
  order?: readonly [start: string, end: string];
}

/** The zone local dates and times are typed and shown in (Kazakhstan, UTC+5 all year). */
export const TABYS_TIME_ZONE = "Asia/Almaty";

/** The public site's item pages. */
const PUBLIC_SITE = "https://www.saryarqa-jastary.kz/ru";

/** The two languages of a pair, in the order the forms ask them. */
const PAIR_LANGUAGES = ["ru", "kz"] as const;
export type PairLanguage = (typeof PAIR_LANGUAGES)[number];

/**
 * One backend field as a form asks it: a plain field, or one language of a pair. `key` is the
 * backend's name (`title_ru`), also the form step's.
 */
export interface BackendField {
  key: string;
  field: FieldSpec;
  language?: PairLanguage;
}

/** The backend fields of a declared field: one, or two for a pair. */
function backendFields(field: FieldSpec): BackendField[] {
  return field.pair
    ? PAIR_LANGUAGES.map((language) => ({ key: `${field.name}_${language}`, field, language }))
    : [{ key: field.name, field }];
}

/** Every backend field of a type, in form order. */
export const allBackendFields = (type: TypeSpec): BackendField[] => type.fields.flatMap(backendFields);

/** The declared field named `name` (a pair by its stem). */
export function fieldOf(type: TypeSpec, name: string): FieldSpec | undefined {
  return type.fields.find((f) => f.name === name);
}

/** The backend field `key` (`title_kz`, `location`), with its declaration. */
export function backendField(type: TypeSpec, key: string): BackendField | undefined {
  return allBackendFields(type).find((f) => f.key === key);
}

/** An item's page on the public site, for the types that have one. */
export function publicUrl(type: TypeSpec, id: number): string | undefined {
  return type.publicSection ? `${PUBLIC_SITE}/${type.publicSection}/${id}` : undefined;
}

/** An item's path. */
export function itemPath(type: TypeSpec, id: number): string {
  return `${type.path}${id}${type.itemSlash ? "/" : ""}`;
}
