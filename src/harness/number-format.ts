/**
 * A cell's text as Swedish Excel shows it: the number format's sections, decimals, thousands
 * separators (a no-break space), decimal comma, percent and [Red]; text ("@" or not) as it is. The
 * formats the report and ordinary workbooks use, not the whole of Excel's format language (dates
 * show as General numbers).
 */
import type { CellScalar } from "../emulator";

export type CellText = { text: string; red: boolean };

const GROUP = "\u00a0";
const DECIMAL = ",";

export function cellText(
  value: CellScalar | undefined,
  numberFormat: string | undefined,
  error = false,
): CellText {
  if (value === undefined) return { text: "", red: false };
  if (error || typeof value === "string") return { text: String(value), red: false };
  if (typeof value === "boolean") return { text: value ? "SANT" : "FALSKT", red: false };
  const format = numberFormat ?? "General";
  if (format === "General" || format === "@") return { text: general(value), red: false };
  const sections = splitSections(format);
  // Two or more sections: the second is for negatives, which then carries its own sign.
  const negative = value < 0 && sections.length > 1;
  const section = value === 0 && sections.length > 2 ? sections[2]! : negative ? sections[1]! : sections[0]!;
  const red = /\[red\]/i.test(section);
  const body = section.replace(/\[[^\]]*\]/g, "");
  const shown = formatSection(negative ? -value : value, body);
  return { text: value < 0 && !negative ? `-${shown}` : shown, red };
}

/** Excel's General in Swedish: up to 10 significant digits, decimal comma, no grouping. */
function general(value: number): string {
  if (value === 0) return "0";
  const text =
    Math.abs(value) >= 1e11 || Math.abs(value) < 1e-9
      ? value
          .toExponential(5)
          .replace(/\.?0+e/, "e")
          .replace("e", "E")
      : String(Number(value.toPrecision(10)));
  return text.replace(".", DECIMAL);
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** One section applied to a value that is not negative (or whose sign the section writes itself). */
function formatSection(value: number, section: string): string {
  const placeholder = /[#0?][#0?,]*(?:\.[#0?]*)?|\.[#0?]+/.exec(section);
  if (!placeholder) return literal(section);
  const pattern = placeholder[0];
  const [integerPart = "", decimalPart = ""] = pattern.split(".");
  const decimals = decimalPart.replace(/[^0?#]/g, "").length;
  const minDecimals = decimalPart.replace(/[^0?]/g, "").length;
  const percent = section.includes("%");
  const grouped = integerPart.includes(",") && /[#0?],[#0?]/.test(integerPart);
  // A comma after the last digit scales by a thousand, as in "#,##0," for tkr.
  const scale = 1000 ** (/,+$/.exec(integerPart)?.[0].length ?? 0);
  const scaled = (percent ? value * 100 : value) / scale;
  // Excel rounds the value as it holds it (15 significant digits), half away from zero.
  const fixed = Number(Math.abs(scaled).toPrecision(15)).toFixed(decimals);
  let [whole = "0", fraction = ""] = fixed.split(".");
  while (fraction.length > minDecimals && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  const minWhole = integerPart.replace(/[^0]/g, "").length;
  if (whole === "0" && minWhole === 0) whole = "";
  whole = whole.padStart(minWhole, "0");
  if (grouped) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  const number = fraction === "" ? whole : `${whole}${DECIMAL}${fraction}`;
  const before = section.slice(0, placeholder.index);
  const after = section.slice(placeholder.index + pattern.length);
  return `${literal(before)}${number}${literal(after)}`;
}

/** The literal text of a format: quoted text, escaped characters, the rest as written. */
function literal(text: string): string {
  return text
    .replace(/"([^"]*)"/g, "$1")
    .replace(/\\(.)/g, "$1")
    .replace(/_./g, " ")
    .replace(/\*./g, "");
}
