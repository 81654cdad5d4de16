import Decimal from "decimal.js";
import { formatSwedishDecimal } from "../format";
import type { ReportCell, StyleName } from "../report/layout";
import type { DocumentRow } from "./document-layout";

/**
 * A report cell as the sheet shows it, in Swedish: the cached value at its number format's decimals
 * ("#,##0.0" → one), a per cent format times a hundred with a space before the sign, U+2212 for minus
 * and a no-break space between thousands. The document's tables are made of the report sheets' own
 * cells through this one function, so a figure cannot differ between a sheet and the document.
 */
export function cellText(cell: ReportCell | undefined): string {
  if (!cell) return "";
  if (cell.kind === "text") return cell.text;
  const positive = cell.format.split(";")[0] ?? "";
  const decimals = /\.(0+)/.exec(positive)?.[1]?.length ?? 0;
  const percent = positive.includes("%");
  const value = new Decimal(cell.value).times(percent ? 100 : 1);
  // a no-break space before "%": the figure and its sign stay on one line in a narrow column
  return `${formatSwedishDecimal(value, decimals)}${percent ? "\u00a0%" : ""}`;
}

/** How a sheet row's first cell is styled says what the row is in a document table. */
const KIND_OF_STYLE: Partial<Record<StyleName, DocumentRow["kind"]>> = {
  subtitle: "group",
  textSubtotal: "subtotal",
  amountSubtotal: "subtotal",
  textTotal: "total",
  amountTotal: "total",
};

/**
 * Sheet rows as document rows: only the columns asked for, in that order; empty rows dropped. A row
 * is a group, subtotal or total as its first cell is styled in the sheet.
 */
export function documentRows(
  rows: readonly (readonly (ReportCell | undefined)[])[],
  columns: readonly number[],
): DocumentRow[] {
  return rows
    .filter((row) => row.some((c) => c !== undefined))
    .map((row) => ({
      kind: KIND_OF_STYLE[row[0]?.style ?? "text"] ?? "line",
      cells: columns.map((c) => cellText(row[c])),
    }));
}
