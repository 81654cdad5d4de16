/** Small rules of written Swedish the report's texts follow. */

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
