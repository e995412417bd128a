/**
 * A field's value and name as a reader sees them: the pair in their language, an enum's label,
 * dates day first in Kazakhstan's time, amounts in tenge, Yes/No. Values come out as plain text
 * (the item views escape them); labels come from the locales.
 */
import type { BotContext } from "../../../../kernel/context.js";
import { formatIsoDate, formatLocalDateTime } from "../domain/fieldInput.js";
import type { ContentItem } from "../domain/listShape.js";
import { localized } from "../domain/localized.js";
import { type BackendField, type FieldSpec, fieldOf, type TypeSpec } from "../types/typeSpec.js";

/** What the views need of an update: its translations and the reader's language. */
export type Reader = Pick<BotContext, "t" | "language">;

/** `150000` as `150 000` (thin-spaced groups read the same in every language). */
export function groupDigits(value: number): string {
  const sign = value < 0 ? "-" : "";
  return sign + String(Math.abs(Math.trunc(value))).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
}

/** A backend name as a part of a message id: lowercase words joined by `-` (`full_time` → `full-time`). */
const idPart = (name: string) => name.replace(/_/g, "-").toLowerCase();

/** The message id of a field's name (`title_kz` → `crm-field-title-kz`), also a form step's label. */
export const fieldKey = (name: string): string => `crm-field-${idPart(name)}`;

/** The message id of a type's name (`tech_tasks` → `crm-type-tech-tasks`). */
export const typeKey = (module: string): string => `crm-type-${idPart(module)}`;

/** A field's name: "Location", "Title (Kazakh)". */
export const fieldLabel = (reader: Reader, name: string): string => reader.t(fieldKey(name));

/** A backend field's name: one language of a pair, or a plain field. */
export const backendLabel = (reader: Reader, field: BackendField): string => fieldLabel(reader, field.key);

/** An enum value's label (`crm-field-<field>-<value>`), or the value itself when the bot does not know it. */
export function enumLabel(reader: Reader, field: FieldSpec, value: string): string {
  return field.values?.includes(value) ? reader.t(`${fieldKey(field.name)}-${idPart(value)}`) : value;
}

/** A field's value for the reader, as plain text; undefined when it is empty. */
export function fieldText(
  reader: Reader,
  type: TypeSpec,
  name: string,
  item: ContentItem,
): string | undefined {
  const field = fieldOf(type, name);
  if (!field) return undefined;
  if (field.pair) return localized(item, name, reader.language);
  const value = item[name];
  if (value === null || value === undefined || value === "") return undefined;
  switch (field.kind) {
    case "enum":
      return enumLabel(reader, field, String(value));
    case "bool":
      return reader.t(value === true ? "crm-content-yes" : "crm-content-no");
    case "int":
      return typeof value === "number" ? amount(reader, field, value) : String(value);
    case "date":
      return formatIsoDate(String(value));
    case "datetime": {
      const instant = Date.parse(String(value));
      return Number.isNaN(instant) ? String(value) : formatLocalDateTime(instant);
    }
    default:
      return String(value).trim() || undefined;
  }
}

function amount(reader: Reader, field: FieldSpec, value: number): string {
  switch (field.unit) {
    case "kzt":
      return `${groupDigits(value)} ₸`;
    case "minutes":
      return reader.t("crm-content-minutes", { count: value });
    case "years":
      return reader.t("crm-content-years", { count: value });
    default:
      return groupDigits(value);
  }
}

/** What names an item in a list or a question: its title, else `#id`. */
export function itemTitle(reader: Reader, type: TypeSpec, item: ContentItem): string {
  return fieldText(reader, type, type.title, item) ?? `#${item.id}`;
}
