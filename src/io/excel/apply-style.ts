import type { CellStyle } from "../../core/report/layout";
import type { ExcelCapabilities } from "./excel-run";

const HORIZONTAL: Record<NonNullable<CellStyle["align"]>, "Left" | "Center" | "Right"> = {
  left: "Left",
  center: "Center",
  right: "Right",
};

const WEIGHT: Record<"thin" | "medium", "Thin" | "Medium"> = { thin: "Thin", medium: "Medium" };

/** "FF1F3864" (ARGB, as the layout has it) → "#1F3864" (as office.js takes it). */
export function cssColor(argb: string): string {
  return `#${argb.slice(-6)}`;
}

/** A layout style on a range, in office.js terms: only the properties the style sets are queued. */
export function applyStyle(range: Excel.Range, style: CellStyle, capabilities: ExcelCapabilities): void {
  const f = range.format;
  if (style.bold) f.font.bold = true;
  if (style.italic) f.font.italic = true;
  if (style.size) f.font.size = style.size;
  if (style.color) f.font.color = cssColor(style.color);
  if (style.fill) f.fill.color = cssColor(style.fill);
  if (style.align) f.horizontalAlignment = HORIZONTAL[style.align];
  if (style.wrap) f.wrapText = true;
  if (style.indent && capabilities.indentLevel) f.indentLevel = style.indent;
  if (style.borderTop) {
    const edge = f.borders.getItem("EdgeTop");
    edge.style = "Continuous";
    edge.weight = WEIGHT[style.borderTop];
  }
  if (style.borderBottom) {
    const edge = f.borders.getItem("EdgeBottom");
    edge.style = "Continuous";
    edge.weight = WEIGHT[style.borderBottom];
  }
}
