import type { LevelResult } from "../compute/compute-result";
import type { EngineResult } from "../engine";
import type { Money } from "../money";
import { MONTH_NAMES } from "../model/period";
import { magnitude, mnkr, outcomeWord, percentOf, shows } from "./prose-amounts";
import { midSentence, previousMonth, swedishList } from "./swedish-text";

/** Where the year's forecast stands, as the sentences name it. */
const standing = (m: Money): string => (shows(m) ? outcomeWord(m) : "en budget i balans");

/**
 * The levels that make most of the change: those moving the way the total moved, largest first, until
 * they make at least half of that movement (with any level that moved exactly as much as the last one).
 */
export function changeDrivers(levels: readonly LevelResult[], change: Money): LevelResult[] {
  const moving = levels
    .filter((l) => l.forecastDeviationChange !== null && shows(l.forecastDeviationChange))
    .filter((l) => Math.sign(l.forecastDeviationChange ?? 0) === Math.sign(change))
    .sort((a, b) => Math.abs(b.forecastDeviationChange ?? 0) - Math.abs(a.forecastDeviationChange ?? 0));
  const whole = moving.reduce((s, l) => s + Math.abs(l.forecastDeviationChange ?? 0), 0);
  const taken: LevelResult[] = [];
  let part = 0;
  for (const l of moving) {
    const size = Math.abs(l.forecastDeviationChange ?? 0);
    const last = taken[taken.length - 1];
    if (2 * part >= whole && size !== Math.abs(last?.forecastDeviationChange ?? 0)) break;
    taken.push(l);
    part += size;
  }
  return taken;
}

/**
 * The year's forecast beside the one compared with, in the seeds' words (Linköping, August 2023):
 * "Helårsprognosen efter juli visade ett underskott med 25,0 mnkr. Efter augusti är prognosen ett
 * underskott med 35,0 mnkr (1,9 procent av nettokostnadsbudgeten), en försämring med 10,0 mnkr som
 * främst förklaras av …" — by the explanations of the change when there are any (the levels then in a
 * sentence of their own), else by the levels that moved most. Undefined when there is nothing to compare
 * with.
 */
export function comparisonSentences(r: EngineResult): string[] | undefined {
  const before = r.total.previousForecastDeviation;
  const change = r.total.forecastDeviationChange;
  if (!r.previous || before === null || change === null) return undefined;
  const month = previousMonth(r.previous, r.period);
  const year = r.total.forecastDeviation;
  const share = percentOf(r.total.forecastDeviationPercent, "nettokostnadsbudgeten");
  const now = shows(year) ? `${outcomeWord(year)}${share ? ` (${share})` : ""}` : "i balans";
  const sentences: string[] = [];
  let opening: string;
  if (month) {
    sentences.push(`Helårsprognosen efter ${month} visade ${standing(before)}.`);
    opening = `Efter ${MONTH_NAMES[r.period.month - 1] ?? ""} är prognosen ${now}`;
  } else {
    opening = `Jämfört med föregående prognos, som visade ${standing(before)}, är prognosen nu ${now}`;
  }
  if (!shows(change)) {
    sentences.push(`${opening}, oförändrad${month ? ` sedan ${month}` : ""}.`);
    return sentences;
  }
  const word = change < 0 ? "försämring" : "förbättring";
  const drivers = r.levels.length > 1 ? changeDrivers(r.levels, change) : [];
  const named = swedishList(
    drivers.map((l) => `${l.name} (${mnkr(l.forecastDeviationChange ?? (0 as Money))})`),
  );
  const reasons = largestChangeExplanations(r);
  const cause =
    reasons.length > 0
      ? ` som främst förklaras av ${swedishList(reasons)}`
      : named
        ? ` som främst förklaras av ${named}`
        : "";
  sentences.push(`${opening}, en ${word} med ${magnitude(change)}${cause}.`);
  const Word = word.charAt(0).toUpperCase() + word.slice(1);
  if (reasons.length > 0 && named) sentences.push(`${Word}en finns främst inom ${named}.`);
  const unexplained = r.total.changeUnexplained;
  const explained = r.total.changeExplained;
  if (reasons.length > 0 && unexplained !== null && explained !== null && shows(unexplained)) {
    // "Av försämringen" only when the unexplained part is a part of it: same sign, no larger.
    const partOf = Math.sign(unexplained) === Math.sign(change) && Math.abs(unexplained) <= Math.abs(change);
    sentences.push(
      partOf
        ? `Av ${word}en är ${mnkr(unexplained)} ännu inte förklarat.`
        : `Förklaringarna till ${word}en summerar till ${mnkr(explained)}, men ${word}en är ${mnkr(change)}; ${mnkr(unexplained)} är ännu inte förklarat.`,
    );
  }
  return sentences;
}

/** The three largest explanations of the change, "ökade placeringskostnader (Barn och unga, −4,0 mnkr)". */
function largestChangeExplanations(r: EngineResult): string[] {
  const where = (level: string): string => (r.levels.length > 1 ? `${level}, ` : "");
  return r.explanations
    .filter((e) => e.known && e.about === "forecastChange" && shows(e.amount) && midSentence(e.text) !== "")
    .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount))
    .slice(0, 3)
    .map((e) => `${midSentence(e.text)} (${where(e.level)}${mnkr(e.amount)})`);
}
