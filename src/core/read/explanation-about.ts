import { issue } from "../messages";
import type { CellValue } from "../model/grid";
import { cellText } from "../model/grid";
import type { Issue } from "../model/issue";
import { normalizeHeader } from "../values/normalize-text";

/**
 * What an explanation explains: the forecast's deviation from the budget, or the forecast's change
 * since the previous one ("Försämringen av helårsprognosen från juli … förklaras av …").
 */
export type ExplanationAbout = "deviation" | "forecastChange";

/** The words the "Avser" column takes, as the messages and the pane write them. */
export const ABOUT_WORDS: Record<ExplanationAbout, string> = {
  deviation: "Avvikelse",
  forecastChange: "Prognosförändring",
};

/** "Avvikelse", "Budgetavvikelse", "Prognosavvikelse", "Avv.", "Avvikelse mot budget". */
const DEVIATION = /^(budget|prognos|helårs)?(avvikelse|avvikelsen|avv)(?![\p{L}])/u;

/** "Prognosförändring", "Prognos förändring", "Helårsprognosförändringen", "Förändring", "Ändring". */
const CHANGE_WORDS = "(?<![\\p{L}])(?:(?:helårs)?prognos ?)?(?:förändring|ändring)(?:en|ar)?(?![\\p{L}])";

/** "Prognosförändring sedan föregående", "Förändring mot föregående prognos", "Ändrad prognos". */
const CHANGE = new RegExp(`^${CHANGE_WORDS}|^ändrad prognos`, "u");

/**
 * An "Avser" cell: empty is the deviation (as every list without the column). Undefined for a value
 * that is neither, which the reader reports rather than guess: a change read as a deviation would move
 * money between two reconciliations.
 */
export function readAbout(value: CellValue | undefined): ExplanationAbout | undefined {
  const text = normalizeHeader(cellText(value ?? null));
  if (text === "" || DEVIATION.test(text)) return "deviation";
  if (CHANGE.test(text)) return "forecastChange";
  return undefined;
}

/**
 * A total row's own words: "Totalt prognosförändring", "Summa förändring HVO" sum explanations of the
 * change even where the row leaves "Avser" empty.
 */
export function labelSaysChange(label: string): boolean {
  return new RegExp(CHANGE_WORDS, "iu").test(label);
}

/** The label without its words of the change: "Totalt prognosförändring HVO" → "Totalt HVO". */
export function withoutChangeWords(label: string): string {
  return label.replace(new RegExp(CHANGE_WORDS, "giu"), "").replace(/\s+/g, " ").trim();
}

/**
 * The warning when explanations of the forecast change have nothing to be reconciled with (no
 * previous forecast, from the history or a column): at the first one's cell, listed without a sum.
 */
export function changeWithoutPrevious(
  explanations: readonly { about: ExplanationAbout; sheet: string; cell: string }[],
): Issue[] {
  const change = explanations.filter((e) => e.about === "forecastChange");
  const first = change[0];
  if (!first) return [];
  return [
    issue(
      "explanation-change-without-previous",
      { count: change.length },
      { sheet: first.sheet, cell: first.cell },
    ),
  ];
}
