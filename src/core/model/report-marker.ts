import type { SheetGrid } from "./grid";

/**
 * The mark of a sheet the product made: the header block's source line, "Källa: bladet Underlag.
 * Framtagen 2024-05-13 09:00 av Budgetrapport.", in column A. It is a cell's text because that is what
 * survives everything a workbook goes through — an exceljs copy, a LibreOffice round trip, Excel's
 * "Move or Copy" — and what the engine sees (it reads only values); and it is there when the state
 * sheet, which lists the sheets by name, is lost. A user's copy of a report sheet carries it too.
 */
export const MARKER_ROWS = 5;

const PREFIX = "Källa: ";
const MARKED = /^Källa: .* Framtagen \d{4}-\d{2}-\d{2} \d{2}:\d{2} av Budgetrapport\.$/su;

/** The source line of a report sheet's header: `sources` ("bladet Underlag."), then the mark. */
export function markerLine(sources: string, generatedAt: string): string {
  const line = `${PREFIX}${sources} Framtagen ${generatedAt} av Budgetrapport.`;
  // The line is the only way to know the sheet later: a timestamp of another form would lose it.
  if (!MARKED.test(line)) throw new Error(`not a report marker: ${line}`);
  return line;
}

export function isMarkerText(value: unknown): boolean {
  return typeof value === "string" && MARKED.test(value.trim());
}

/** Whether the sheet is one the product made (or a copy of one): the mark in its header block. */
export function isReportSheet(sheet: SheetGrid): boolean {
  for (let r = 0; r < MARKER_ROWS; r++) if (isMarkerText(sheet.rows[r]?.[0])) return true;
  return false;
}
