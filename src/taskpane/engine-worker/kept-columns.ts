import { HEADER_SEARCH_ROWS } from "../../core/detect/detect-header-row";
import type { EngineOutput } from "../../core/engine";
import type { CellValue, SheetGrid } from "../../core/model/grid";
import { columnIndex } from "../../core/model/grid";
import type { SheetSettings } from "../../core/settings/settings";

/**
 * What of a large sheet is kept once the engine has run on all of it. A full sheet is ten million
 * cells, and the pane needs few of them again: the engine, to compute again when a choice changes, and
 * the Underlag step, to show headers and a preview. So of a sheet of more than TRIM_CELLS cells:
 * - its first rows stay whole (HEAD_ROWS, or through the header and PREVIEW_ROWS more): the titles, the
 *   header with every column a user may choose, and the preview;
 * - of the rows below, only the columns its settings name (level, account, the figures, dimensions,
 *   months, the checked deviations, …): all other cells are dropped; a sheet read as nothing keeps none.
 * The cut is kept only if the engine computes exactly the same on what remains (engine-core.ts checks);
 * and a later choice that names a dropped column makes the pane read the workbook again.
 */
export const TRIM_CELLS = 100_000;
/** Distinct texts the worker shares among cells (engine-core.ts); past it, new texts are kept as they come. */
export const SHARED_TEXTS = 500_000;
/** Rows the preview shows under the header (sources-step.tsx). */
export const PREVIEW_ROWS = 4;
/** Every title and the header lie in the first HEADER_SEARCH_ROWS rows (detectHeaderRow). */
const HEAD_ROWS = HEADER_SEARCH_ROWS + PREVIEW_ROWS;

/** Of one sheet: its first `headRows` rows whole, and of the rest the columns `columns`. */
export type Kept = { headRows: number; columns: ReadonlySet<number> };

export function settingsOf(output: EngineOutput, sheet: string): SheetSettings | undefined {
  return output.settings.sheets?.find((s) => s.name === sheet);
}

/** Rows at the top of a sheet that stay whole: titles, the header and the preview. */
export function headRows(settings: SheetSettings | undefined): number {
  const header = settings && "headerRow" in settings ? settings.headerRow : 1;
  return Math.max(HEAD_ROWS, header + PREVIEW_ROWS);
}

/** Every column the settings of a sheet name, at any depth (months, dimensions, deviations, …). */
export function namedColumns(settings: SheetSettings | undefined): Set<number> {
  const found = new Set<number>();
  const visit = (v: unknown): void => {
    if (typeof v === "string") {
      const c = columnIndex(v);
      if (c !== undefined) found.add(c);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === "object" && v !== null) Object.values(v).forEach(visit);
  };
  if (settings && "columns" in settings) visit(settings.columns);
  return found;
}

/** Whether the sheet is large enough for its unused cells to be worth dropping. */
export function isLarge(sheet: SheetGrid): boolean {
  let cells = 0;
  for (const row of sheet.rows) {
    cells += row?.length ?? 0;
    if (cells > TRIM_CELLS) return true;
  }
  return false;
}

/** The cells a cut took out of a sheet, by column, to be put back if the cut is not kept. */
export type Stash = Map<number, CellValue[]>;

/**
 * Makes the cut in the sheet's own rows (the head stays whole; below it, every cell outside the kept
 * columns becomes null, and a row ends after its last kept column): no row is copied, so the cut never
 * needs more memory than the sheet had. Returns what it took out.
 */
export function cut(rows: (CellValue[] | undefined)[], kept: Kept): Stash {
  const stash: Stash = new Map();
  const end = Math.max(-1, ...kept.columns) + 1;
  for (let r = kept.headRows; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined || kept.columns.has(c)) continue;
      let column = stash.get(c);
      if (!column) stash.set(c, (column = []));
      column[r] = v;
      row[c] = null;
    }
    if (row.length > end) row.length = end;
  }
  return stash;
}

/** Puts back what `cut` took out. */
export function restore(rows: (CellValue[] | undefined)[], stash: Stash): void {
  for (const [c, column] of stash)
    column.forEach((v, r) => {
      const row = rows[r];
      if (!row) return;
      while (row.length < c) row.push(null);
      row[c] = v;
    });
}

/** Whether what `settings` name for the sheet is still held: the head rows and every named column. */
export function holds(kept: Kept, settings: SheetSettings | undefined): boolean {
  if (headRows(settings) > kept.headRows) return false;
  for (const c of namedColumns(settings)) if (!kept.columns.has(c)) return false;
  return true;
}
