import type { ReportContext } from "../report/header-block";
import type { Presentation } from "../report/cells";
import { changeExplanationRows } from "../report/change-explanations";
import { NOT_COUNTED_LABEL, explanationsSheet } from "../report/explanations-sheet";
import { cellText, documentRows } from "./cell-text";
import type { DocumentTable } from "./document-layout";
import { sheetTable } from "./sheet-table";

/** The explanation column is wide; the amount takes the rest. */
const TEXT_PERCENT = 80;

/**
 * Viktigaste förklaringar as the explanations sheet lists them: per level its explanations, "Ej
 * förklarat" whenever a part shows, "Totalt <nivå>", and the committee's total, which ends the table.
 * The explanations the sheet lists as not counted (their level is none of the ledger's) come back as a
 * note for under the table, so that the document hides nothing the sheet says.
 */
export function explanationsTable(
  ctx: ReportContext,
  caption: string,
): { table: DocumentTable; note?: string } {
  const sheet = explanationsSheet(ctx);
  const body = sheet.rows.slice(sheet.freeze.rows);
  const grandTotal = body.findIndex((row) => row[0]?.style === "textTotal");
  const table = sheetTable(sheet, caption, TEXT_PERCENT, {
    columns: [0, 1],
    rowCount: grandTotal < 0 ? body.length : grandTotal + 1,
  });
  const notCounted = body.findIndex((row) => cellText(row[0]) === NOT_COUNTED_LABEL);
  if (notCounted < 0) return { table };
  const items = body
    .slice(notCounted + 1)
    .filter((row) => row[0] !== undefined)
    .map((row) => `${cellText(row[0])} (${cellText(row[1])})`);
  return { table, note: `${NOT_COUNTED_LABEL} ${items.join("; ")}.` };
}

/**
 * The explanations of the forecast change, in the same shape, with the sheet's note on what they are
 * measured against; undefined when the result has neither a change nor explanations of one.
 */
export function changeExplanationsTable(
  ctx: ReportContext,
  caption: string,
): { table: DocumentTable; note: string } | undefined {
  const r = ctx.result;
  const p: Presentation = { unit: r.settings.reportUnit, sign: r.settings.reportSign };
  // [empty, heading, note, …rows]: the heading becomes the caption, the note a paragraph under the table
  const rows = changeExplanationRows(r, p, 1);
  if (rows.length === 0) return undefined;
  const note = cellText(rows[2]?.[0]);
  return {
    table: {
      kind: "table",
      caption,
      columns: [
        { widthPercent: TEXT_PERCENT, align: "left" },
        { widthPercent: 100 - TEXT_PERCENT, align: "right" },
      ],
      header: [[{ text: "Förklaring" }, { text: "Belopp" }]],
      rows: documentRows(rows.slice(3), [0, 1]),
    },
    note,
  };
}
