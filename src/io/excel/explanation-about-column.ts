import { columnIndex, columnLetter } from "../../core/model/grid";
import type { ExplanationAbout } from "../../core/read/explanation-about";
import { ABOUT_WORDS } from "../../core/read/explanation-about";
import type { ExplanationsSheet } from "../../core/settings/settings";
import type { ExcelTextCell } from "./excel-text";
import { excelTextCell } from "./excel-text";

/** The header of the column the pane adds for the first explanation of the forecast change. */
export const ABOUT_HEADER = "Avser";

/**
 * What the "Avser" cell of a written row holds: "Prognosförändring", or "Avvikelse" where the sheet has
 * the column; undefined leaves a sheet without the column as it is (every row explains the deviation).
 */
export function aboutCell(layout: ExplanationsSheet, about: ExplanationAbout): ExcelTextCell | undefined {
  if (about === "deviation" && layout.columns.about === undefined) return undefined;
  return excelTextCell(ABOUT_WORDS[about]);
}

/**
 * The layout a row about `about` is written with. A first explanation of the forecast change in a sheet
 * without an "Avser" column adds one, on the user's explicit edit: its header goes after the last used
 * cell of the header row (never over a colleague's column), queued on `ws` for the caller's next sync.
 * Two syncs, before the caller reads the row it checks, so that the time between that check and the
 * write stays one round trip.
 */
export async function withAboutColumn(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  layout: ExplanationsSheet,
  about: ExplanationAbout,
): Promise<{ layout: ExplanationsSheet; added: boolean }> {
  if (about === "deviation" || layout.columns.about !== undefined) return { layout, added: false };
  const used = ws.getUsedRange(true);
  used.load("columnIndex,columnCount");
  await context.sync();
  const h = layout.headerRow;
  const header = ws.getRange(`A${h}:${columnLetter(used.columnIndex + used.columnCount - 1)}${h}`);
  header.load("values");
  await context.sync();
  const cells = header.values[0] ?? [];
  let last = Math.max(
    ...[layout.columns.level, layout.columns.text, layout.columns.amount].map((c) => columnIndex(c) ?? 0),
  );
  cells.forEach((v, c) => {
    if (v !== null && String(v).trim() !== "") last = Math.max(last, c);
  });
  const letter = columnLetter(last + 1);
  const cell = ws.getRange(`${letter}${h}`);
  const written = excelTextCell(ABOUT_HEADER);
  cell.numberFormat = [[written.numberFormat]];
  cell.values = [[written.value]];
  return { layout: { ...layout, columns: { ...layout.columns, about: letter } }, added: true };
}
