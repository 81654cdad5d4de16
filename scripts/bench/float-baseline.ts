/**
 * The physical limit the engine is measured against: the same group-by as the engine — anslagsbindningsnivå
 * × report line by the account's longest prefix (Kommunbidrag apart), the same four amount columns — as
 * plain floating-point sums over the same grid, with the columns known in advance and nothing checked:
 * no detection, no parsing of text, no subtotal check, no exactness. Subtotal rows are skipped by their
 * label, as the group-by would otherwise count them twice.
 */
import type { SheetGrid } from "../../src/core/model/grid";
import { DEFAULT_COST_TYPES } from "../../src/core/settings/settings";
import { COL, HEADER_ROWS, KOMMUNBIDRAG_ACCOUNT } from "./ledger";

export type FloatTotals = { levels: string[]; lineCount: number; sums: Float64Array };

const LINE_COUNT = DEFAULT_COST_TYPES.length + 2;
const KOMMUNBIDRAG_LINE = DEFAULT_COST_TYPES.length;
const UNCLASSIFIED_LINE = DEFAULT_COST_TYPES.length + 1;
const PREFIXES = DEFAULT_COST_TYPES.flatMap((t, line) => t.accounts.map((p) => ({ p, line }))).sort(
  (a, b) => b.p.length - a.p.length,
);

export function floatGroupBy(sheet: SheetGrid): FloatTotals {
  const levelIndex = new Map<string, number>();
  const levels: string[] = [];
  const lineOf = new Map<number, number>();
  let sums = new Float64Array(16 * LINE_COUNT * 4);
  const [a0, a1, a2, a3] = COL.amounts;
  const rows = sheet.rows;
  for (let r = HEADER_ROWS; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined) continue;
    const level = row[COL.level];
    if (typeof level !== "string" || level.startsWith("Summa") || level === "Totalt") continue;
    let l = levelIndex.get(level);
    if (l === undefined) {
      l = levels.length;
      levels.push(level);
      levelIndex.set(level, l);
      if ((l + 1) * LINE_COUNT * 4 > sums.length) {
        const grown = new Float64Array(sums.length * 2);
        grown.set(sums);
        sums = grown;
      }
    }
    const account = row[COL.account] as number;
    let line = lineOf.get(account);
    if (line === undefined) {
      line = lineFor(account);
      lineOf.set(account, line);
    }
    const at = (l * LINE_COUNT + line) * 4;
    sums[at]! += (row[a0] as number) || 0;
    sums[at + 1]! += (row[a1] as number) || 0;
    sums[at + 2]! += (row[a2] as number) || 0;
    sums[at + 3]! += (row[a3] as number) || 0;
  }
  return { levels, lineCount: LINE_COUNT, sums };
}

function lineFor(account: number): number {
  if (account === KOMMUNBIDRAG_ACCOUNT) return KOMMUNBIDRAG_LINE;
  const text = String(account);
  return PREFIXES.find((x) => text.startsWith(x.p))?.line ?? UNCLASSIFIED_LINE;
}
