import type { LevelResult } from "../compute/compute-result";
import type { EngineResult } from "../engine";
import { MONTH_NAMES } from "../model/period";
import { mnkr, outcomeWord, percentOf, shows } from "./prose-amounts";
import { comparisonSentences } from "./summary-change";
import { midSentence, swedishList } from "./swedish-text";

const named = (l: LevelResult): string => `${l.name} (${mnkr(l.forecastDeviation)})`;

/**
 * The period's result after the adjustments, in Alingsås's words ("med hänsyn tagen till den upplupna
 * semesterlöneskulden"): what they are, and the result they give. None without adjustments.
 */
function adjustedSentence(r: EngineResult): string | undefined {
  if (r.adjustments.length === 0) return undefined;
  const texts = [...new Set(r.adjustments.map((a) => midSentence(a.text)).filter((t) => t !== ""))];
  const what = texts.length > 0 ? `justeringarna (${swedishList(texts)})` : "justeringarna";
  const after = r.total.adjustedPeriodDeviation;
  return shows(after)
    ? `Med hänsyn tagen till ${what} är periodens resultat ${outcomeWord(after)}.`
    : `Med hänsyn tagen till ${what} är periodens resultat i nivå med budgeten.`;
}

/**
 * The opening of a tjänsteskrivelse, from the figures: the period's result, the year's forecast (beside
 * the one compared with, and how it changed, when there is one), each deviation as a share of its budget
 * (as Alingsås's "1,5 procent av nettokostnaden"), where the deviation lies, its largest explanations
 * and what is left unexplained. Amounts in mnkr with one decimal, as the committees' texts give them.
 * The parts are exported for the Word document (src/core/document), which says them in the same words.
 */
export function summarySentences(r: EngineResult): string[] {
  return [
    ...periodSentences(r),
    ...(comparisonSentences(r) ?? [forecastSentence(r)]),
    ...spreadSentences(r),
    ...largestExplanationSentences(r),
    ...unexplainedSentences(r),
  ];
}

/** The period's result, and after the adjustments when there are any. */
export function periodSentences(r: EngineResult): string[] {
  const day = `${new Date(Date.UTC(r.period.year, r.period.month, 0)).getUTCDate()} ${MONTH_NAMES[r.period.month - 1] ?? ""}`;
  const sentences: string[] = [];
  const period = r.total.periodDeviation;
  const periodShare = percentOf(r.total.periodDeviationPercent, "budgeten");
  sentences.push(
    shows(period)
      ? `Resultatet per den ${day} visar ${outcomeWord(period)} jämfört med periodens budget${periodShare ? `, vilket motsvarar ${periodShare}` : ""}.`
      : `Resultatet per den ${day} är i nivå med periodens budget.`,
  );
  const adjusted = adjustedSentence(r);
  if (adjusted) sentences.push(adjusted);
  return sentences;
}

/** The year's forecast on its own, with its share of the budget. */
export function forecastSentence(r: EngineResult): string {
  const year = r.total.forecastDeviation;
  const yearShare = percentOf(r.total.forecastDeviationPercent, "nettokostnadsbudgeten");
  return shows(year)
    ? `Prognosen för helåret visar ${outcomeWord(year)}${yearShare ? `, vilket motsvarar ${yearShare}` : ""}.`
    : "Prognosen för helåret visar en budget i balans.";
}

/** Where the year's deviation lies: the levels on its side, and those on the other. */
export function spreadSentences(r: EngineResult): string[] {
  if (r.levels.length <= 1) return [];
  const year = r.total.forecastDeviation;
  const byMagnitude = (a: LevelResult, b: LevelResult): number =>
    Math.abs(b.forecastDeviation) - Math.abs(a.forecastDeviation);
  const deficits = r.levels
    .filter((l) => shows(l.forecastDeviation) && l.forecastDeviation < 0)
    .sort(byMagnitude);
  const surpluses = r.levels
    .filter((l) => shows(l.forecastDeviation) && l.forecastDeviation > 0)
    .sort(byMagnitude);
  if (!shows(year)) {
    return deficits.length > 0 && surpluses.length > 0
      ? [
          `Överskott inom ${swedishList(surpluses.map(named))} och underskott inom ${swedishList(deficits.map(named))} tar ut varandra.`,
        ]
      : [];
  }
  const [main, other, mainWord, otherWord] =
    year < 0
      ? [deficits, surpluses, "Underskottet", "överskott"]
      : [surpluses, deficits, "Överskottet", "underskott"];
  if (main.length === 0) return [];
  const rest = other.length > 0 ? `, medan ${swedishList(other.map(named))} visar ${otherWord}` : "";
  return [`${mainWord} finns inom ${swedishList(main.map(named))}${rest}.`];
}

/** The three largest explanations of the deviation, whichever level they belong to. */
export function largestExplanationSentences(r: EngineResult): string[] {
  const largest = r.explanations
    .filter((e) => e.known && e.about === "deviation" && shows(e.amount) && midSentence(e.text) !== "")
    .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount))
    .slice(0, 3);
  if (largest.length === 0) return [];
  const where = (level: string): string => (r.levels.length > 1 ? `${level}, ` : "");
  const items = largest.map((e) => `${midSentence(e.text)} (${where(e.level)}${mnkr(e.amount)})`);
  return [
    largest.length === 1
      ? `Den största förklaringen är ${items[0] ?? ""}.`
      : `De största förklaringarna är ${swedishList(items)}.`,
  ];
}

/** The part of the year's deviation no explanation covers, when it shows. */
export function unexplainedSentences(r: EngineResult): string[] {
  const year = r.total.forecastDeviation;
  const unexplained = r.total.unexplained;
  if (!shows(unexplained)) return [];
  // "Av helårsavvikelsen" only when the unexplained part is a part of it: same sign, no larger.
  const partOf = Math.sign(unexplained) === Math.sign(year) && Math.abs(unexplained) <= Math.abs(year);
  const deviation = shows(year) ? `helårsavvikelsen är ${mnkr(year)}` : "prognosen visar en budget i balans";
  return [
    partOf
      ? `Av helårsavvikelsen är ${mnkr(unexplained)} ännu inte förklarat.`
      : `Förklaringarna summerar till ${mnkr(r.total.explained)}, men ${deviation}; ${mnkr(unexplained)} är ännu inte förklarat.`,
  ];
}
