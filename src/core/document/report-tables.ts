import type { ReportContext } from "../report/header-block";
import { costTypeSheet } from "../report/cost-type-sheet";
import { investmentsSheet } from "../report/investments-sheet";
import { keyFiguresSheet } from "../report/key-figures-sheet";
import type { DocumentTable } from "./document-layout";
import { sheetTable } from "./sheet-table";

/** The figure columns of Driftredovisning: last year's columns stay in the workbook (A4 portrait is narrow). */
const COST_TYPE_COLUMNS = [0, 1, 2, 3, 4, 5, 6];

/**
 * Driftredovisning per kostnadsslag: the cost-type sheet's rows and subtotals as they stand (its row
 * logic, not a copy), under the same period and year headings as the level table.
 */
export function costTypeTable(ctx: ReportContext, caption: string): DocumentTable | undefined {
  if (ctx.result.costTypes.length === 0) return undefined;
  const sheet = costTypeSheet(ctx);
  const table = sheetTable(sheet, caption, 28, { columns: COST_TYPE_COLUMNS });
  const groups = sheet.rows[sheet.freeze.rows - 2] ?? [];
  return {
    ...table,
    header: [
      [
        { text: "" },
        { text: groups[1]?.kind === "text" ? groups[1].text : "", span: 3 },
        { text: groups[4]?.kind === "text" ? groups[4].text : "", span: 3 },
      ],
      ...table.header,
    ],
  };
}

/** Investeringsredovisning per level, expenditure positive, as the investments sheet shows it. */
export function investmentsTable(ctx: ReportContext, caption: string): DocumentTable | undefined {
  const sheet = investmentsSheet(ctx);
  return sheet && sheetTable(sheet, caption, 36);
}

/** Nyckeltal, each in its own unit and decimals, as the key figures sheet shows them. */
export function keyFiguresTable(ctx: ReportContext, caption: string): DocumentTable | undefined {
  const sheet = keyFiguresSheet(ctx);
  return sheet && sheetTable(sheet, caption, 28);
}
