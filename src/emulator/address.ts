/** A1 addresses: parsing what getRange accepts and formatting what Range.address returns. */
import type { CellBlock } from "./model";
import { MAX_COLUMNS, MAX_ROWS } from "./model";

export function columnName(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Excel quotes a sheet name in an address unless it is a plain word that cannot be read as a cell. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "A1", "A1:C3", "A:C" (whole columns), "2:4" (whole rows), as Excel writes them. */
export function formatBlock(block: CellBlock): string {
  const wholeColumns = block.row === 0 && block.rowCount === MAX_ROWS;
  const wholeRows = block.column === 0 && block.columnCount === MAX_COLUMNS;
  const lastRow = block.row + block.rowCount - 1;
  const lastColumn = block.column + block.columnCount - 1;
  if (wholeRows) return `${block.row + 1}:${lastRow + 1}`;
  if (wholeColumns) return `${columnName(block.column)}:${columnName(lastColumn)}`;
  const first = `${columnName(block.column)}${block.row + 1}`;
  if (block.rowCount === 1 && block.columnCount === 1) return first;
  return `${first}:${columnName(lastColumn)}${lastRow + 1}`;
}

export function formatAddress(sheetName: string, block: CellBlock): string {
  return `${quoteSheetName(sheetName)}!${formatBlock(block)}`;
}

interface Corner {
  row?: number;
  column?: number;
}

function parseCorner(text: string): Corner | undefined {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (m === null || (m[1] === "" && m[2] === "")) return undefined;
  const corner: Corner = {};
  if (m[1] !== "") corner.column = columnIndex(m[1] ?? "");
  if (m[2] !== "") corner.row = Number(m[2]) - 1;
  return corner;
}

/**
 * Parses "A1", "$A$1:B2", "A:A", "1:3", optionally after "Sheet!" or "'My sheet'!". Returns the sheet
 * name given (if any) and the block, or undefined for anything else (names and R1C1 are not modelled).
 */
export function parseAddress(address: string): { sheet?: string; block: CellBlock } | undefined {
  let rest = address.trim();
  let sheet: string | undefined;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const raw = rest.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    rest = rest.slice(bang + 1);
  }
  const parts = rest.split(":");
  if (parts.length > 2) return undefined;
  const a = parseCorner(parts[0] ?? "");
  const b = parts.length === 2 ? parseCorner(parts[1] ?? "") : a;
  if (a === undefined || b === undefined) return undefined;
  // A lone "A" or "3" is not an address; "A:B" and "3:4" are, and "A1:B2" is.
  const kindA = (a.row === undefined ? "c" : "") + (a.column === undefined ? "r" : "");
  const kindB = (b.row === undefined ? "c" : "") + (b.column === undefined ? "r" : "");
  if (kindA !== kindB || (kindA !== "" && parts.length === 1)) return undefined;
  const top = Math.min(a.row ?? 0, b.row ?? 0);
  const bottom = a.row === undefined ? MAX_ROWS - 1 : Math.max(a.row, b.row ?? a.row);
  const left = Math.min(a.column ?? 0, b.column ?? 0);
  const right = a.column === undefined ? MAX_COLUMNS - 1 : Math.max(a.column, b.column ?? a.column);
  if (top < 0 || left < 0 || bottom >= MAX_ROWS || right >= MAX_COLUMNS) return undefined;
  const block = { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  return sheet === undefined ? { block } : { sheet, block };
}

export function cellCount(block: CellBlock): number {
  return block.rowCount * block.columnCount;
}

export function intersects(a: CellBlock, b: CellBlock): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

export function contains(outer: CellBlock, inner: CellBlock): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

export function insideGrid(block: CellBlock): boolean {
  return (
    Number.isInteger(block.row) &&
    Number.isInteger(block.column) &&
    Number.isInteger(block.rowCount) &&
    Number.isInteger(block.columnCount) &&
    block.row >= 0 &&
    block.column >= 0 &&
    block.rowCount >= 1 &&
    block.columnCount >= 1 &&
    block.row + block.rowCount <= MAX_ROWS &&
    block.column + block.columnCount <= MAX_COLUMNS
  );
}
