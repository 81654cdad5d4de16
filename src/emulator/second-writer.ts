/**
 * A second writer in the same workbook: a colleague co-authoring, or the add-in in a second window.
 * Office.js has no transaction across syncs: between two of the add-in's syncs anyone else's change may
 * land, whole. A test arms a change to land after a number of the add-in's syncs; the emulator makes it
 * just before the next sync is carried out, which is the same moment for the add-in (every value it
 * loaded has arrived, nothing it queued since has run). Syncs count when they are carried out (one refused
 * before that, for its size or a cell being edited, does not). The helpers below change the workbook as
 * a user would in Excel's window, directly in its data.
 */
import type { EmulatedCell, EmulatedSheet, EmulatedWorkbook } from "./model";
import { createSheet, findSheet } from "./model";

type Change = (workbook: EmulatedWorkbook) => void;

/** When an armed change lands: before the sync that follows the add-in's `after`-th sync from arming, or before the first sync with a statement `before` matches. */
type Armed = { after?: number; before?: RegExp; change: Change };

export class SecondWriter {
  private armed: Armed[] = [];
  private syncs = 0;

  /**
   * `change` lands after the add-in's `syncs`-th sync from now (1: between the next sync and the one
   * after it), once.
   */
  after(syncs: number, change: Change): void {
    if (!Number.isInteger(syncs) || syncs < 1) throw new Error("after(syncs): a whole number from 1");
    this.armed.push({ after: this.syncs + syncs, change });
  }

  /**
   * `change` lands just before the first sync that carries a call whose statement matches `statement`
   * (e.g. /\.delete\(\)/: as the add-in sends its deletes), once: a race placed by what the add-in
   * does, whatever number of syncs it takes to get there.
   */
  before(statement: RegExp, change: Change): void {
    this.armed.push({ before: statement, change });
  }

  /** Changes still waiting for their moment (a test checks that its race really happened). */
  get pending(): number {
    return this.armed.length;
  }

  /** The batch calls this as it starts to carry out a sync: the changes due before it land now. */
  beforeSync(workbook: EmulatedWorkbook, statements: readonly string[]): void {
    const done = this.syncs;
    this.syncs += 1;
    const due = (a: Armed): boolean =>
      (a.after !== undefined && a.after <= done) ||
      (a.before !== undefined && statements.some((s) => a.before?.test(s) === true));
    const now = this.armed.filter(due);
    this.armed = this.armed.filter((a) => !due(a));
    for (const { change } of now) change(workbook);
  }
}

function sheetOf(workbook: EmulatedWorkbook, name: string): EmulatedSheet {
  const sheet = findSheet(workbook, name);
  if (sheet === undefined) throw new Error(`the second writer finds no sheet ${name}`);
  return sheet;
}

/** Deletes a sheet, as right-click › Delete does. */
export function deleteSheet(workbook: EmulatedWorkbook, name: string): void {
  const sheet = sheetOf(workbook, name);
  workbook.sheets = workbook.sheets.filter((s) => s !== sheet);
  if (workbook.activeSheet === sheet.name) delete workbook.activeSheet;
}

export function renameSheet(workbook: EmulatedWorkbook, from: string, to: string): void {
  const sheet = sheetOf(workbook, from);
  if (findSheet(workbook, to) !== undefined) throw new Error(`a sheet ${to} exists`);
  if (workbook.activeSheet === sheet.name) workbook.activeSheet = to;
  sheet.name = to;
}

/** Adds a sheet at the end, with values from A1. */
export function addSheet(
  workbook: EmulatedWorkbook,
  name: string,
  rows: readonly (readonly (string | number)[])[] = [],
): EmulatedSheet {
  if (findSheet(workbook, name) !== undefined) throw new Error(`a sheet ${name} exists`);
  const sheet = createSheet(name);
  rows.forEach((row, r) => row.forEach((value, c) => sheet.cells.set(r, c, { value })));
  workbook.sheets = [...workbook.sheets, sheet];
  return sheet;
}

/** Types values into a row (1-based), from column A. */
export function typeRow(
  workbook: EmulatedWorkbook,
  name: string,
  row: number,
  values: readonly (string | number | undefined)[],
): void {
  const sheet = sheetOf(workbook, name);
  values.forEach((value, c) => sheet.cells.set(row - 1, c, value === undefined ? undefined : { value }));
}

/** Inserts `count` empty rows above `row` (1-based): every cell from that row on moves down. */
export function insertRows(workbook: EmulatedWorkbook, name: string, row: number, count = 1): void {
  const sheet = sheetOf(workbook, name);
  const moved: [number, number, EmulatedCell][] = [];
  sheet.cells.forEach((cell, r, c) => {
    if (r >= row - 1) moved.push([r, c, cell]);
  });
  for (const [r, c] of moved) sheet.cells.set(r, c, undefined);
  for (const [r, c, cell] of moved) sheet.cells.set(r + count, c, cell);
}

/**
 * Sorts the rows below `headerRow` (1-based) by the text of `column` (0-based), as Data › Sort does on
 * a list with a header: whole rows move together.
 */
export function sortRows(workbook: EmulatedWorkbook, name: string, headerRow: number, column: number): void {
  const sheet = sheetOf(workbook, name);
  const rows = new Map<number, Map<number, EmulatedCell>>();
  sheet.cells.forEach((cell, r, c) => {
    if (r < headerRow) return;
    const cells = rows.get(r) ?? new Map<number, EmulatedCell>();
    cells.set(c, cell);
    rows.set(r, cells);
  });
  const key = (cells: Map<number, EmulatedCell>): string => String(cells.get(column)?.value ?? "");
  const sorted = [...rows.values()].sort((a, b) => key(a).localeCompare(key(b), "sv"));
  for (const [r, cells] of rows) for (const c of cells.keys()) sheet.cells.set(r, c, undefined);
  sorted.forEach((cells, i) => {
    for (const [c, cell] of cells) sheet.cells.set(headerRow + i, c, cell);
  });
}
