import { issue } from "../messages";
import type { Money, Unit } from "../money";
import { add, ZERO } from "../money";
import type { SheetGrid } from "../model/grid";
import { cellRef, cellText, columnIndex, isBlank } from "../model/grid";
import type { Issue } from "../model/issue";
import type { AdjustmentsSheet } from "../settings/settings";
import { readAmount } from "../values/parse-amount";
import { isSubtotalLabel } from "../values/subtotal-label";

/**
 * One adjustment (justering) of a level's period result, "Upplupen semesterlöneskuld": `amount` in öre,
 * positive improves the result, like a deviation. Shown on a line of its own, never in the outcome.
 */
export type Adjustment = {
  level: string;
  text: string;
  amount: Money;
  sheet: string;
  /** the amount's cell */
  cell: string;
};

/**
 * Reads the adjustments sheet in `unit` (its own, or the one assumed for it); `levels` are the ledger's
 * anslagsbindningsnivåer. Unlike an explanation, an adjustment changes a result: one whose level is
 * none of the ledger's, or whose amount cannot be read, is an error naming its cell, since it would
 * otherwise change the total without showing on any level. A level written once above its rows (as
 * reports group them) holds for the rows below it; a row "Summa"/"Totalt" in the level column, or one
 * whose text starts so and whose amount is the sum of the level's adjustments above it, is a total of
 * the list and not counted again.
 */
export function readAdjustments(
  sheet: SheetGrid,
  layout: AdjustmentsSheet,
  unit: Unit,
  levels: readonly string[],
): { adjustments: Adjustment[]; issues: Issue[] } {
  const levelCol = columnIndex(layout.columns.level) ?? 0;
  const textCol = columnIndex(layout.columns.text) ?? 1;
  const amountCol = columnIndex(layout.columns.amount) ?? 2;
  const byName = new Map(levels.map((l) => [l.toLowerCase(), l]));
  const adjustments: Adjustment[] = [];
  const issues: Issue[] = [];
  let heading: { text: string; cell: string } | undefined;
  // the level's adjustments since its last total row: a "Summa" row equal to them is that total
  let run: { level: string; sum: Money } = { level: "", sum: ZERO };
  for (let r = layout.headerRow; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const ownLevel = cellText(row[levelCol]);
    const text = cellText(row[textCol]);
    const blankAmount = isBlank(row[amountCol]);
    if (ownLevel === "" && text === "" && blankAmount) continue;
    if (isSubtotalLabel(ownLevel)) {
      heading = undefined;
      continue;
    }
    if (ownLevel !== "") heading = { text: ownLevel, cell: cellRef(r, levelCol) };
    // a level alone on its row heads the rows below it
    if (ownLevel !== "" && text === "" && blankAmount) continue;
    const place = { sheet: sheet.name, cell: cellRef(r, amountCol) };
    if (blankAmount) {
      issues.push(issue("adjustment-without-amount", undefined, place));
      continue;
    }
    const reading = readAmount(row[amountCol], unit);
    if (!reading.ok) {
      issues.push(issue(`amount-${reading.problem}`, { shown: reading.shown }, place));
      continue;
    }
    const levelText = ownLevel === "" ? (heading?.text ?? "") : ownLevel;
    if (levelText === "") {
      issues.push(
        issue("adjustment-without-level", undefined, { sheet: sheet.name, cell: cellRef(r, levelCol) }),
      );
      continue;
    }
    const level = byName.get(levelText.toLowerCase());
    if (level === undefined) {
      const cell = ownLevel === "" ? (heading?.cell ?? cellRef(r, levelCol)) : cellRef(r, levelCol);
      issues.push(issue("adjustment-unknown-level", { level: levelText }, { sheet: sheet.name, cell }));
      continue;
    }
    if (run.level !== level) run = { level, sum: ZERO };
    if (isSubtotalLabel(text) && run.sum !== ZERO && reading.money === run.sum) {
      run = { level, sum: ZERO };
      continue;
    }
    run = { level, sum: add(run.sum, reading.money) };
    adjustments.push({ level, text, amount: reading.money, ...place });
  }
  return { adjustments, issues };
}
