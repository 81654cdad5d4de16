import type { LevelResult } from "../compute/compute-result";
import type { EngineResult } from "../engine";
import type { Explanation } from "../read/read-explanations";
import { mnkr, outcomeWord, shows } from "./prose-amounts";
import { midSentence, swedishList } from "./swedish-text";

/** This many levels get a paragraph of their own; the tables have the rest. */
export const LEVELS_TOLD = 3;
/** This many explanations are named for a level's deviation, and for what works against it. */
const MAIN_EXPLANATIONS = 3;
const COUNTER_EXPLANATIONS = 2;

const item = (e: Explanation): string => `${midSentence(e.text)} (${mnkr(e.amount)})`;

/**
 * The levels with the largest deviations of the year, each with its main explanations, in the seeds'
 * words (Linköping, August 2023: "… visar ett överskott jämfört med budget. Det beror främst på …"): the
 * largest explanations that go the deviation's way, those working against it, and the part no
 * explanation covers, stated as it is. A paragraph per level, largest deviation first.
 */
export function levelParagraphs(r: EngineResult): string[] {
  return r.levels
    .filter((l) => shows(l.forecastDeviation))
    .sort((a, b) => Math.abs(b.forecastDeviation) - Math.abs(a.forecastDeviation))
    .slice(0, LEVELS_TOLD)
    .map((l) => levelSentences(r, l).join(" "));
}

function levelSentences(r: EngineResult, l: LevelResult): string[] {
  const d = l.forecastDeviation;
  const own = r.explanations
    .filter((e) => e.known && e.about === "deviation" && e.level === l.name)
    .filter((e) => shows(e.amount) && midSentence(e.text) !== "")
    .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
  const along = own.filter((e) => Math.sign(e.amount) === Math.sign(d)).slice(0, MAIN_EXPLANATIONS);
  const against = own.filter((e) => Math.sign(e.amount) !== Math.sign(d)).slice(0, COUNTER_EXPLANATIONS);
  const sentences = [`Prognosen för ${l.name} visar ${outcomeWord(d)}.`];
  if (own.length === 0) {
    sentences.push("Ingen förklaring till avvikelsen är angiven.");
    return sentences;
  }
  if (along.length > 0) sentences.push(`Det beror främst på ${swedishList(along.map(item))}.`);
  if (against.length > 0)
    sentences.push(
      `${along.length > 0 ? "Det motverkas delvis av" : "Förklaringarna som anges går åt andra hållet:"} ${swedishList(against.map(item))}.`,
    );
  const unexplained = l.unexplained;
  if (shows(unexplained)) {
    // "Av avvikelsen" only when the unexplained part is a part of it: same sign, no larger.
    const partOf = Math.sign(unexplained) === Math.sign(d) && Math.abs(unexplained) <= Math.abs(d);
    sentences.push(
      partOf
        ? `Av avvikelsen är ${mnkr(unexplained)} ännu inte förklarat.`
        : `Förklaringarna summerar till ${mnkr(l.explained)}, men avvikelsen är ${mnkr(d)}; ${mnkr(unexplained)} är ännu inte förklarat.`,
    );
  }
  return sentences;
}
