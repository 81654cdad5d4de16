import type { SheetGrid, WorkbookGrid } from "../model/grid";
import { cellText } from "../model/grid";

/**
 * What the product keeps in a workbook: the settings the user chose and the sheets it created. It
 * lives in a very hidden sheet, as JSON text in column A: that survives exceljs copies (which drop
 * custom XML parts and add-in settings) and syncs between co-authors like any sheet.
 */
export type ProductState = {
  version: 1;
  /** the settings JSON, as `--config` takes it */
  settings?: unknown;
  /** names of the sheets the product created: only these may be replaced */
  reportSheets: string[];
};

export const STATE_SHEET = "Budgetrapport_inställningar";

const MARKER = "Budgetrapport: inställningar och skapade blad. Ändras av tillägget; ändra inte för hand.";

/** Excel's limit on text in one cell is 32 767 characters. */
const CHUNK = 32_000;

export function findStateSheet(workbook: WorkbookGrid): SheetGrid | undefined {
  return workbook.sheets.find((s) => s.name === STATE_SHEET && cellText(s.rows[0]?.[0]) === MARKER);
}

/** The state, or undefined when the workbook has none (or it cannot be read: then it is rewritten). */
export function readProductState(workbook: WorkbookGrid): ProductState | undefined {
  const sheet = findStateSheet(workbook);
  if (!sheet) return undefined;
  const json = sheet.rows
    .slice(1)
    .map((row) => (typeof row?.[0] === "string" ? row[0] : ""))
    .join("");
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const p = parsed as Partial<ProductState>;
    const reportSheets = Array.isArray(p.reportSheets)
      ? p.reportSheets.filter((s): s is string => typeof s === "string")
      : [];
    return { version: 1, ...(p.settings !== undefined ? { settings: p.settings } : {}), reportSheets };
  } catch {
    // Unreadable state is treated as none: the product then claims no sheet, which is the safe side.
    return undefined;
  }
}

/** The state sheet's column A: the marker, then the JSON in chunks that fit a cell. */
export function stateSheetRows(state: ProductState): string[] {
  const json = JSON.stringify(state);
  const rows = [MARKER];
  for (let i = 0; i < json.length; i += CHUNK) rows.push(json.slice(i, i + CHUNK));
  return rows;
}
