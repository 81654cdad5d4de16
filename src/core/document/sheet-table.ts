import type { ReportCell, ReportSheet } from "../report/layout";
import { cellText, documentRows } from "./cell-text";
import type { DocumentTable } from "./document-layout";
import { widths } from "./table-shape";

/**
 * A report sheet with a single header row (its frozen rows end with it) as a document table: the header
 * row's headings, the rows under it up to `rowCount` of them (all when not given), in `columns` (all
 * the header's when not given). Headings set left in the sheet stay left (a unit, say), the rest right.
 */
export function sheetTable(
  sheet: ReportSheet,
  caption: string,
  firstPercent: number,
  options: { columns?: readonly number[]; rowCount?: number } = {},
): DocumentTable {
  const headerRow: readonly (ReportCell | undefined)[] = sheet.rows[sheet.freeze.rows - 1] ?? [];
  const columns = options.columns ?? headerRow.map((_, i) => i);
  const body = sheet.rows.slice(
    sheet.freeze.rows,
    options.rowCount === undefined ? undefined : sheet.freeze.rows + options.rowCount,
  );
  const shape = widths(columns.length, firstPercent).map((c, i) => ({
    ...c,
    align: headerRow[columns[i] ?? 0]?.style === "columnHeaderLeft" ? ("left" as const) : ("right" as const),
  }));
  return {
    kind: "table",
    caption,
    columns: shape,
    header: [columns.map((c) => ({ text: cellText(headerRow[c]) }))],
    rows: documentRows(body, columns),
  };
}
