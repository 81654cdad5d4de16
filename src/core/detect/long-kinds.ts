import { readHeaderPeriod } from "./header-period";

/** What the rows of one kind value of long data are. */
export type LongKindRole = "budget" | "outcome" | "forecast";

export type KindMeaning = {
  /** undefined: not one of the three, or not one the engine can add up; `unknownBecause` says why */
  role: LongKindRole | undefined;
  unknownBecause?: "accumulated" | "derived" | "several" | "unknown";
  /** a forecast's version number: "Prognos 2" */
  version?: number;
  /** a month the value names: "Prognos aug", "Prognos juli 2024" (a forecast's version) */
  month?: number;
  /** a year the value names: "Budget 2024" (rows whose period states no year take it) */
  year?: number;
};

const BUDGET = /(?<![a-zåäö])(budget|årsbudget|internbudget|budg)(?![a-zåäö])/;
const OUTCOME =
  /(?<![a-zåäö])(utfall|bokfört|bokfort|bokföring|redovisat|verkligt|actual|actuals)(?![a-zåäö])/;
const FORECAST = /(?<![a-zåäö])(prognos|helårsprognos|årsprognos|forecast)(?![a-zåäö])/;
/** Derived figures are never input: a deviation, a share, last year's comparison. */
const DERIVED = /(avvikelse|(?<![a-zåäö])avv(?![a-zåäö])|diff|förbrukning|%|procent|andel)/;
/** "Prognos 2", "Prognos v2", "Prognos version 3": a small number at the end, not a year. */
const VERSION = /(?:^|[\s_-])(?:v|version ?|nr ?)?(\d{1,2})$/;

/**
 * What a kind value says (lower case, as kindKey gives it): "Budget", "Budget 2024" → budget;
 * "Utfall", "Bokfört", "Redovisat" → outcome; "Prognos", "Prognos 2", "Prognos aug", "Helårsprognos"
 * → forecast. An accumulated value ("Utfall ack") would count every month again, and a deviation is
 * no input: both are unknown, like anything else — never guessed. A month or year in a budget or
 * outcome value only fills in for rows whose period states none.
 */
export function kindMeaning(text: string): KindMeaning {
  const roles = [
    BUDGET.test(text) ? ("budget" as const) : undefined,
    OUTCOME.test(text) ? ("outcome" as const) : undefined,
    FORECAST.test(text) ? ("forecast" as const) : undefined,
  ].filter((r) => r !== undefined);
  if (roles.length === 0) return { role: undefined, unknownBecause: "unknown" };
  if (DERIVED.test(text)) return { role: undefined, unknownBecause: "derived" };
  if (roles.length > 1) return { role: undefined, unknownBecause: "several" };
  const role = roles[0];
  const time = readHeaderPeriod(text);
  // a forecast is the whole year's whatever it says ("Prognos per augusti": made in August)
  if (time.accumulated && role !== "forecast") return { role: undefined, unknownBecause: "accumulated" };
  const version = VERSION.exec(text)?.[1];
  const year = time.year ?? time.fourDigits?.asYear;
  return {
    role,
    ...(version !== undefined && time.month === undefined ? { version: Number(version) } : {}),
    ...(time.month !== undefined ? { month: time.month } : {}),
    ...(year !== undefined ? { year } : {}),
  };
}
