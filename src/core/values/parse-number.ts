/**
 * Numbers that users type or paste as text, Swedish style: "12 345,5", "−1 234" (U+2212),
 * "1\u00a0234" (no-break space), "1\u202f234" (narrow no-break space), "(1 234)" for a negative.
 * Returns a plain decimal string ("-12345.5") or undefined when the text is not a number.
 */
export function parseSwedishNumber(text: string): string | undefined {
  let t = text.replace(/[\s\u00a0\u202f\u2009\u2007]+/g, "").replace(/[\u2212\u2013]/g, "-");
  if (t === "") return undefined;
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(t);
  if (parenthesised?.[1] !== undefined) {
    negative = true;
    t = parenthesised[1];
  }
  const m = /^([+-]?)(\d+)(?:[,.](\d+))?$/.exec(t);
  if (!m) return undefined;
  if (m[1] === "-") negative = !negative;
  const whole = (m[2] ?? "0").replace(/^0+(?=\d)/, "");
  const fraction = m[3] ? `.${m[3]}` : "";
  const sign = negative && /[1-9]/.test(whole + fraction) ? "-" : "";
  return `${sign}${whole}${fraction}`;
}
