import type { EngineResult } from "../engine";
import type { Money } from "../money";
import { sum } from "../money";
import type { Period } from "../model/period";
import { MONTH_NAMES } from "../model/period";
import type { Presentation } from "./cells";
import { amount, formula, ref, roundsToZero, shownDeviation, text } from "./cells";
import { committeeName } from "./header-block";
import type { ReportCell } from "./layout";
import { midSentence } from "./swedish-text";

export const CHANGE_HEADING = "Förklaringar till prognosförändringen";

export const CHANGE_UNEXPLAINED_LABEL = "Ej förklarat";

export const NOTHING_TO_COMPARE =
  "Det finns ingen tidigare prognos att jämföra med, så förklaringarna nedan stäms inte av mot någon förändring.";

type Rows = (ReportCell | undefined)[][];

/**
 * The explanations of the forecast change, below the deviation's, in the same shape: per level its
 * explanations, the part of the change not explained whenever it shows, and `Totalt <nivå>`, which is
 * the level's change of the forecast deviation by construction; then the committee's. Nothing when no
 * change is known and no explanation is about one; without a previous forecast the explanations are
 * listed as they are, under a note that they are not reconciled. `startRow` is the 1-based row the
 * section's first line lands on.
 */
export function changeExplanationRows(r: EngineResult, p: Presentation, startRow: number): Rows {
  const change = r.explanations.filter((e) => e.known && e.about === "forecastChange");
  const compared = r.previous !== null && r.levels.some((l) => l.forecastDeviationChange !== null);
  if (!compared && change.length === 0) return [];
  const value = (m: Money): number => shownDeviation(m, p);
  const note = compared ? comparedWith(r.previous?.period ?? null) : NOTHING_TO_COMPARE;
  const rows: Rows = [[], [text(CHANGE_HEADING, "subtitle")], [text(note, "note")]];
  const rowNumber = (): number => startRow + rows.length;
  if (!compared) {
    for (const level of r.levels) {
      const own = change.filter((e) => e.level === level.name);
      if (own.length === 0) continue;
      rows.push([text(level.name, "subtitle")]);
      for (const e of own) rows.push([text(e.text, "textIndent"), amount(value(e.amount), p, "deviation")]);
    }
    return rows;
  }
  const totals: { row: number; money: Money }[] = [];
  for (const level of r.levels) {
    const own = change.filter((e) => e.level === level.name);
    rows.push([text(level.name, "subtitle")]);
    const start = rowNumber();
    for (const e of own) rows.push([text(e.text, "textIndent"), amount(value(e.amount), p, "deviation")]);
    // a level the previous forecast did not have: its explanations, summed, with nothing to reconcile
    const levelChange = level.forecastDeviationChange ?? sum(own.map((e) => e.amount));
    const unexplained = level.changeUnexplained;
    if (unexplained !== null && !roundsToZero(unexplained, p))
      rows.push([text(CHANGE_UNEXPLAINED_LABEL, "warning"), amount(value(unexplained), p, "deviation")]);
    const n = rowNumber();
    const shownSum = n > start ? `SUM(${ref(1, start)}:${ref(1, n - 1)})` : "0";
    rows.push([
      text(`Totalt ${level.name}`, "textSubtotal"),
      formula(shownSum, value(levelChange), p, "deviation", "amountSubtotal"),
    ]);
    totals.push({ row: n, money: levelChange });
    rows.push([]);
  }
  rows.push([
    text(`Totalt för ${midSentence(committeeName(r))}`, "textTotal"),
    formula(
      totals.length ? totals.map((t) => ref(1, t.row)).join("+") : "0",
      // the sum of the levels' rows above, as the formula computes it
      value(sum(totals.map((t) => t.money))),
      p,
      "deviation",
      "amountTotal",
    ),
  ]);
  return rows;
}

/** "Förändring av den prognostiserade avvikelsen sedan prognosen efter juli 2023. …" */
function comparedWith(period: Period | null): string {
  const since = period
    ? `prognosen efter ${MONTH_NAMES[period.month - 1] ?? ""} ${period.year}`
    : "föregående prognos";
  return `Förändring av den prognostiserade avvikelsen sedan ${since}. Negativt belopp = försämring.`;
}
