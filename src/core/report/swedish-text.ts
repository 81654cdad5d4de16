/** Small rules of written Swedish the report's texts follow. */
import { MONTH_NAMES } from "../model/period";

/** "A", "A och B", "A, B och C". */
export function swedishList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1] ?? ""}`;
}

/** "Vakanta tjänster" → "vakanta tjänster" mid-sentence; "IFO:s lokaler" keeps its capitals. */
export function midSentence(text: string): string {
  const t = text.trim().replace(/\.$/, "");
  return /^\p{Lu}\p{Ll}/u.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/**
 * The month a previous forecast was made after, as the report names it: "juli", or "juli 2022" when it
 * is of another year; undefined when the forecast names no month (a column "Föregående prognos").
 */
export function previousMonth(
  previous: { period: { year: number; month: number } | null },
  current: { year: number },
): string | undefined {
  const p = previous.period;
  if (!p) return undefined;
  const name = MONTH_NAMES[p.month - 1] ?? "";
  return p.year === current.year ? name : `${name} ${p.year}`;
}
