/**
 * Receivables by age, as a chart and its caption: what is left to pay on the company's invoices,
 * split by how long past the due date (not yet due, 1–30, 31–60, 61–90, over 90 days), one bar per
 * currency. The chart's words are plain text (no HTML), so names go in as they are, cut.
 */
import { cut } from "../../../kernel/html.js";
import type { BarChartSpec } from "../../../platform/charts/index.js";
import { AGE_BUCKETS, type AgeBucket } from "../domain/invoices.js";
import type { ActiveCompany } from "../store/userState.js";
import { type Formats, NAME_LIMIT, type Translate } from "./format.js";

/** Fluent ids cannot hold `+`: the key of each bucket's name. */
const bucketKey = (bucket: AgeBucket): string => `erp-age-${bucket.replace("+", "-plus")}`;

/** The chart (titles through `plain`: a translation whose variables are not HTML-escaped). */
export function agingChartSpec(
  plain: Translate,
  f: Formats,
  company: ActiveCompany,
  byAge: ReadonlyArray<[string, number[]]>,
  asOf: number,
): BarChartSpec {
  return {
    title: `${plain("erp-chart-title")}: ${cut(company.name, NAME_LIMIT)}`,
    subtitle: plain("erp-chart-subtitle", { time: f.instant(asOf) }),
    categories: AGE_BUCKETS.map((bucket) => plain(bucketKey(bucket))),
    series: byAge.map(([currency, values]) => ({ name: currency, values })),
    formatValue: (value, series) => f.money(value, byAge[series]?.[0] ?? "RON"),
    formatAxis: (value) => f.count(value),
    noDataText: plain("erp-chart-empty"),
  };
}

/** The photo's caption: the same figures as text, bucket by bucket. */
export function agingCaption(
  t: Translate,
  f: Formats,
  company: ActiveCompany,
  byAge: ReadonlyArray<[string, number[]]>,
): string {
  const title = t("erp-chart-caption-title", { company: cut(company.name, NAME_LIMIT) });
  if (byAge.length === 0) return [title, t("erp-chart-empty")].join("\n");
  const lines = AGE_BUCKETS.map((bucket, i) => {
    const amounts = byAge.map(([currency, values]) => f.money(values[i] ?? 0, currency));
    return t("erp-chart-line", { bucket: t(bucketKey(bucket)), amounts: amounts.join(" · ") });
  });
  return [title, "", ...lines].join("\n");
}

/** The keys of every bucket's name (for the locale test). */
export const AGE_BUCKET_KEYS = AGE_BUCKETS.map(bucketKey);
