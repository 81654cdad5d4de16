import { issue } from "../messages";
import type { Money } from "../money";
import type { SheetGrid } from "../model/grid";
import { cellRef, cellText, columnIndex, isBlank } from "../model/grid";
import type { Issue } from "../model/issue";
import type { ExplanationsSheet } from "../settings/settings";
import { readAmount } from "./parse-amount";

/** One cause of a level's forecast deviation; `amount` in öre, positive improves the result. */
export type Explanation = {
  level: string;
  text: string;
  amount: Money;
  sheet: string;
  /** the amount's cell */
  cell: string;
  /** false when the level is none of the ledger's: listed, but not counted */
  known: boolean;
};

/** Reads the explanations list; `levels` are the ledger's anslagsbindningsnivåer. */
export function readExplanations(
  sheet: SheetGrid,
  layout: ExplanationsSheet,
  levels: readonly string[],
): { explanations: Explanation[]; issues: Issue[] } {
  const levelCol = columnIndex(layout.columns.level) ?? 0;
  const textCol = columnIndex(layout.columns.text) ?? 1;
  const amountCol = columnIndex(layout.columns.amount) ?? 2;
  const byName = new Map(levels.map((l) => [l.toLowerCase(), l]));
  const explanations: Explanation[] = [];
  const issues: Issue[] = [];
  // A level written once above its explanations (as reports group them) holds for the rows below it.
  let heading: { text: string; cell: string } | undefined;
  for (let r = layout.headerRow; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const ownLevel = cellText(row[levelCol]);
    const text = cellText(row[textCol]);
    if (ownLevel === "" && text === "" && isBlank(row[amountCol])) continue;
    if (
      /^(summa|s:a|totalt|total)\b/i.test(ownLevel) ||
      (ownLevel === "" && /^(summa|s:a|totalt|total)\b/i.test(text))
    )
      continue;
    if (ownLevel !== "") heading = { text: ownLevel, cell: cellRef(r, levelCol) };
    if (ownLevel !== "" && text === "" && isBlank(row[amountCol])) continue;
    const levelText = ownLevel === "" ? (heading?.text ?? "") : ownLevel;
    const levelCell = ownLevel === "" ? (heading?.cell ?? cellRef(r, levelCol)) : cellRef(r, levelCol);
    const place = { sheet: sheet.name, cell: cellRef(r, amountCol) };
    const reading = readAmount(row[amountCol], layout.unit);
    if (!reading.ok) {
      issues.push(issue(`amount-${reading.problem}`, { shown: reading.shown }, place));
      continue;
    }
    if (isBlank(row[amountCol])) issues.push(issue("explanation-without-amount", undefined, place));
    const level = byName.get(levelText.toLowerCase());
    if (level === undefined) {
      issues.push(
        issue("explanation-unknown-level", { level: levelText }, { sheet: sheet.name, cell: levelCell }),
      );
    }
    explanations.push({
      level: level ?? levelText,
      text,
      amount: reading.money,
      ...place,
      known: level !== undefined,
    });
  }
  return { explanations, issues };
}
