import type { CellStyle, StyleName } from "./layout";

const HEADER_FILL = "FFDCE6F1";
const INK = "FF1F3864";

/** The report's look, decided once: header fill, bold totals with a rule above, red negatives (in the formats). */
export const REPORT_STYLES: Record<StyleName, CellStyle> = {
  title: { bold: true, size: 14, color: INK },
  subtitle: { bold: true, size: 11 },
  note: { italic: true, size: 9, color: "FF595959" },
  groupHeader: { bold: true, fill: HEADER_FILL, align: "center", borderBottom: "thin" },
  columnHeader: { bold: true, fill: HEADER_FILL, align: "right", wrap: true, borderBottom: "thin" },
  columnHeaderLeft: { bold: true, fill: HEADER_FILL, align: "left", wrap: true, borderBottom: "thin" },
  text: {},
  textIndent: { indent: 1 },
  amount: { align: "right" },
  textSubtotal: { bold: true, borderTop: "thin" },
  amountSubtotal: { bold: true, align: "right", borderTop: "thin" },
  textTotal: { bold: true, borderTop: "medium" },
  amountTotal: { bold: true, align: "right", borderTop: "medium" },
  warning: { bold: true, color: "FFC00000" },
  paragraph: { wrap: true, size: 11 },
  // The header lines of a sheet that is one wide column (Sammanfattning): wrapped there, not overflowing
  // past the printable width as they may over a table's empty neighbours.
  titleWrap: { bold: true, size: 14, color: INK, wrap: true },
  subtitleWrap: { bold: true, size: 11, wrap: true },
  noteWrap: { italic: true, size: 9, color: "FF595959", wrap: true },
};

/**
 * Invariant format codes: Excel and LibreOffice show them with the user's separators (space and comma
 * in Swedish). Only deviations turn red when negative: in an income-positive report every cost is
 * negative, and red there would say nothing.
 */
export const FORMATS = {
  tkr: { amount: "#,##0;-#,##0", deviation: "#,##0;[Red]-#,##0" },
  mkr: { amount: "#,##0.0;-#,##0.0", deviation: "#,##0.0;[Red]-#,##0.0" },
  // Swedish writes a space before the per cent sign ("35 %"), as Excel's Swedish percent format shows it.
  percent: "0 %",
} as const;
