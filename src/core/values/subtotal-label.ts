/**
 * The one rule of the engine for a label that sums other rows: "Summa …", "S:a …", "Totalt", "Total"
 * alone or before a name (never "Total renovering"), "Totalsumma", "Grand Total", and a pivot's
 * "Barn och unga Summa". Ledger, explanations, investments, pivots and long data all ask it.
 */
const SUBTOTAL_LABEL = /^(totalsumma|grand\s+total|summa|s:a|totalt|total)(?=$|[\s:.,-])/i;

/** "Total" before a lower-case word: the Swedish adjective ("Total renovering"), not a sum (no `i` flag: it would fold the case of \p{Ll}). */
const TOTAL_ADJECTIVE = /^[Tt][Oo][Tt][Aa][Ll]\s+\p{Ll}/u;

/**
 * A PivotTable's subtotal names its item first: "Barn och unga Summa", "Barn och unga Total", "LSS
 * Totalt". Only a capitalised word counts (no `i` flag): at the end of a sentence the word is lower
 * case, and an explanation "Kostnaderna ökar med 2 mnkr totalt" is data.
 */
const SUFFIX_TOTAL = /[\s:,-]+(Summa|SUMMA|Totalt|TOTALT|Total|TOTAL)[\s:.]*$/u;

/** What is left of "Summa totalt" once its first word is gone: the grand total has no subject. */
const TOTAL_WORD_ONLY = /^(totalsumma|totalt|total)[\s:.]*$/i;

/**
 * "Summa Hälsa, vård och omsorg", "S:a LSS", "Totalt", "Total", "Total: LSS", "Total HVO", and a
 * PivotTable's "Totalsumma", "Grand Total", "Barn och unga Summa": a row that sums others, not data.
 * The one rule for every reader. "Summa", "S:a", "Totalt" and "Totalsumma" are the Swedish words for
 * a sum whatever follows them; "Total" is one alone, before punctuation or before a name (a capital or
 * a digit), but not before a lower-case word, where it is the adjective: a project "Total renovering"
 * is data. After a name, a capitalised "Summa", "Total" or "Totalt" ends a pivot's subtotal label.
 */
export function isSubtotalLabel(text: string): boolean {
  const t = text.trim();
  if (SUBTOTAL_LABEL.test(t)) return !TOTAL_ADJECTIVE.test(t);
  const m = SUFFIX_TOTAL.exec(t);
  return m !== null && /[\p{L}\p{N})]/u.test(t.slice(0, m.index));
}

/**
 * What the subtotal sums: "Summa Hälsa, vård och omsorg" and "Barn och unga Summa" give the level's
 * name; a grand total ("Totalt", "Totalsumma", "Grand Total", "Summa totalt") gives "".
 */
export function subtotalSubject(text: string): string {
  const t = text.trim();
  if (SUBTOTAL_LABEL.test(t)) {
    const rest = t
      .replace(SUBTOTAL_LABEL, "")
      .replace(/^[\s:.,-]+/, "")
      .trim();
    return TOTAL_WORD_ONLY.test(rest) ? "" : rest;
  }
  const m = SUFFIX_TOTAL.exec(t);
  return m === null ? t : t.slice(0, m.index).trim();
}

/** A PivotTable's label for an empty item: "(tom)" in Swedish Excel, "(blank)" in English. */
export function isBlankItem(text: string): boolean {
  return /^\((tom|blank)\)$/i.test(text.trim());
}
