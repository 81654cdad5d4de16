/**
 * A header's or label's text as the rules compare it: lower case, one plain space for any run of white
 * space (no-break and thin spaces too), dashes and the minus sign as "-", no trailing punctuation.
 */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0\u202f\u2009]+/g, " ")
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .trim()
    .replace(/[:.;,]+$/, "");
}
