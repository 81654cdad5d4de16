import { issue } from "../messages";
import type { Money, Unit } from "../money";
import type { SheetGrid } from "../model/grid";
import { cellRef, cellText, columnIndex, isBlank } from "../model/grid";
import type { Issue } from "../model/issue";
import type { ExplanationsSheet } from "../settings/settings";
import { TotalRows } from "./explanation-totals";
import type { ExplanationAbout } from "./explanation-about";
import { labelSaysChange, readAbout, withoutChangeWords } from "./explanation-about";
import { formatMoney } from "../format";
import { readAmount } from "../values/parse-amount";
import { isSubtotalLabel } from "../values/subtotal-label";

/**
 * One cause of a level's forecast deviation, or of its change since the previous forecast (`about`);
 * `amount` in öre, positive improves the result.
 */
export type Explanation = {
  level: string;
  text: string;
  amount: Money;
  about: ExplanationAbout;
  sheet: string;
  /** the amount's cell */
  cell: string;
  /** false when the level is none of the ledger's: listed, but not counted */
  known: boolean;
};

/**
 * A level of the ledger and its forecast deviation (öre, positive improves the result); `change`, the
 * deviation's change since the previous forecast when there is one, lets a total of the change's
 * explanations be known by its amount as the deviation's is.
 */
export type LevelDeviation = { name: string; deviation: Money; change?: Money | null };

/**
 * Reads the explanations list in `unit` (the sheet's, or the one assumed for it); `levels` are the
 * ledger's anslagsbindningsnivåer with their forecast deviations. A row whose text starts like a sum
 * ("Totalt …", "Summa …") is a subtotal only when its amounts or its words say so (TotalRows);
 * otherwise it is an explanation like any other, kept, with a warning. An "Avser" column says which
 * rows explain the forecast change: they are summed and totalled apart from the deviation's.
 */
export function readExplanations(
  sheet: SheetGrid,
  layout: ExplanationsSheet,
  unit: Unit,
  levels: readonly LevelDeviation[],
): { explanations: Explanation[]; issues: Issue[] } {
  const levelCol = columnIndex(layout.columns.level) ?? 0;
  const textCol = columnIndex(layout.columns.text) ?? 1;
  const amountCol = columnIndex(layout.columns.amount) ?? 2;
  const aboutCol = layout.columns.about === undefined ? undefined : columnIndex(layout.columns.about);
  const byName = new Map(levels.map((l) => [l.name.toLowerCase(), l]));
  const totals = { deviation: new TotalRows(unit), forecastChange: new TotalRows(unit) };
  const bothTotals = Object.values(totals);
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
    // "Summa", "Totalt för nämnden" where a level would stand: a total of the list, never an explanation
    if (isSubtotalLabel(ownLevel)) {
      for (const t of bothTotals) t.startSection();
      continue;
    }
    if (ownLevel !== "") heading = { text: ownLevel, cell: cellRef(r, levelCol) };
    if (ownLevel !== "" && text === "" && isBlank(row[amountCol])) {
      for (const t of bothTotals) t.startLevel(ownLevel);
      continue;
    }
    const stated = aboutCol === undefined ? undefined : row[aboutCol];
    const about = readAbout(stated);
    if (about === undefined) {
      issues.push(
        issue(
          "explanation-about-unknown",
          { shown: cellText(stated ?? null) },
          { sheet: sheet.name, cell: cellRef(r, aboutCol ?? 0) },
        ),
      );
      continue;
    }
    const levelText = ownLevel === "" ? (heading?.text ?? "") : ownLevel;
    const levelCell = ownLevel === "" ? (heading?.cell ?? cellRef(r, levelCol)) : cellRef(r, levelCol);
    const place = { sheet: sheet.name, cell: cellRef(r, amountCol) };
    const reading = readAmount(row[amountCol], unit);
    if (!reading.ok) {
      issues.push(issue(`amount-${reading.problem}`, { shown: reading.shown }, place));
      continue;
    }
    const level = byName.get(levelText.toLowerCase());
    if (isSubtotalLabel(text)) {
      // "Totalt prognosförändring" sums the change's explanations even with "Avser" left empty
      const ofChange = about === "forecastChange" || labelSaysChange(text);
      const verdict = ofChange
        ? totals.forecastChange.isTotal(
            withoutChangeWords(text),
            reading.money,
            levelText,
            level?.change ?? undefined,
          )
        : totals.deviation.isTotal(text, reading.money, levelText, level?.deviation);
      if (verdict.differs !== undefined)
        issues.push(
          issue(
            "subtotal-mismatch",
            { label: text, shown: formatMoney(reading.money), computed: formatMoney(verdict.differs) },
            place,
          ),
        );
      if (verdict.total) continue;
      issues.push(
        issue("explanation-looks-like-total", { text }, { sheet: sheet.name, cell: cellRef(r, textCol) }),
      );
    }
    if (isBlank(row[amountCol])) issues.push(issue("explanation-without-amount", undefined, place));
    if (level === undefined) {
      issues.push(
        issue("explanation-unknown-level", { level: levelText }, { sheet: sheet.name, cell: levelCell }),
      );
    }
    totals[about].addExplanation(levelText, reading.money);
    explanations.push({
      level: level?.name ?? levelText,
      text,
      amount: reading.money,
      about,
      ...place,
      known: level !== undefined,
    });
  }
  return { explanations, issues };
}
