import type { ReportContext } from "../report/header-block";
import type { Presentation } from "../report/cells";
import { PERIOD_DEVIATION_COLUMN, adjustmentRowsOf } from "../report/adjustment-rows";
import { cellText, documentRows } from "./cell-text";
import type { DocumentTable } from "./document-layout";
import { widths } from "./table-shape";

/**
 * The period's result, each adjustment (justering) and the result after them: the rows the level sheet
 * sets under its table, as a table of their own; undefined without adjustments. A note the block ends
 * with (an assumed unit) is returned apart, for a paragraph under the table.
 */
export function adjustmentsTable(
  ctx: ReportContext,
  caption: string,
): { table: DocumentTable; note?: string } | undefined {
  const r = ctx.result;
  const p: Presentation = { unit: r.settings.reportUnit, sign: r.settings.reportSign };
  const rows = adjustmentRowsOf(r, 1, 1, p);
  if (rows.length === 0) return undefined;
  const isNote = (row: (typeof rows)[number]): boolean => row[0]?.style === "note";
  const note = rows.filter(isNote).map((row) => cellText(row[0]))[0];
  return {
    table: {
      kind: "table",
      caption,
      columns: widths(2, 75),
      header: [[{ text: "Resultat och justeringar" }, { text: "Avvikelse perioden" }]],
      rows: documentRows(
        rows.filter((row) => !isNote(row)),
        [0, PERIOD_DEVIATION_COLUMN],
      ),
    },
    ...(note ? { note } : {}),
  };
}
