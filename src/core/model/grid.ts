/**
 * The engine's input: the workbook as plain data, the same from exceljs, office.js or a test.
 * A cell holds what the spreadsheet shows as its value (a formula's cached result).
 */
export type CellError = { readonly error: string };

export type CellValue = string | number | boolean | CellError | null;

export type SheetGrid = {
  readonly name: string;
  /** rows[r][c] is the cell at row r+1, column c+1; rows may be ragged or missing (sparse) */
  readonly rows: readonly (readonly CellValue[] | undefined)[];
};

export type WorkbookGrid = {
  readonly sheets: readonly SheetGrid[];
};

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  return sheet.rows[row]?.[col] ?? null;
}

/** Text of a label cell: trimmed string, numbers as written ("510"), anything else empty. */
export function cellText(value: CellValue | undefined): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26; undefined for anything that is not a column. */
export function columnIndex(letter: string): number | undefined {
  if (!/^[A-Z]{1,3}$/.test(letter)) return undefined;
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Zero-based row and column to an A1 reference: (8, 3) → "D9". */
export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}
