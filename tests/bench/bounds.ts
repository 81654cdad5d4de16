import { CELLS_PER_SYNC } from "../../src/io/excel/read-workbook";

/** Excel on the web's limit on a request or a response, as the issue counts it (a little under 5 MiB). */
export const FIVE_MB = 5_000_000;

/**
 * The most syncs reading sheets may take: one for the sheets, one for their used ranges, then one per
 * block of whole rows holding at most CELLS_PER_SYNC cells — they grow with cells / CELLS_PER_SYNC.
 */
export function readSyncBound(sheets: readonly { rows: number; cols: number }[]): number {
  return 2 + sheets.reduce((n, { rows, cols }) => n + Math.ceil(rows / Math.floor(CELLS_PER_SYNC / cols)), 0);
}

/**
 * The most syncs writing the report may take, whatever the ledger's size (the bound): the sheet
 * names, the content under temporary names, the look Excel may refuse (its own sync, best effort), the
 * swap.
 */
export const WRITE_SYNC_BOUND = 4;
