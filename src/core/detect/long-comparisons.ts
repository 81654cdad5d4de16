import { issue } from "../messages";
import type { Issue } from "../model/issue";
import { MONTH_NAMES } from "../model/period";
import type { Period } from "../model/period";
import { monthOf, yearOf } from "../values/long-values";
import type { DetectionEntry } from "./detection";
import type { ForecastChoice, Version } from "./long-forecast";
import { describe } from "./long-forecast";
import type { LongKindValue } from "./scan-long";
import { monthText } from "./scan-long";

/** The earlier forecast long data compares with: where it is and when it was made. */
export type LongPreviousForecast = {
  /** the month the version was made (the month its value names, else its rows'); null when nothing names one */
  month: number | null;
  sheet: string;
  /** the kind cell of the version's first row, and the value as written */
  cell: string;
  text: string;
};

/** Which of last year's outcome figures long data gives: only those whose months are all there. */
export type LongLastYear = { outcome: boolean; annualOutcome: boolean };

type Where = { sheet: string; period: Period; cellOf: (row: number) => string };

export type PreviousPlan = {
  /** the version whose rows make the previous forecast */
  version?: Version;
  previousForecast?: LongPreviousForecast;
  detection: DetectionEntry;
  issues: Issue[];
};

/**
 * The previous forecast: the latest of the versions ranked below the chosen one (chooseForecast ranks
 * them, so the first is the most recent), counted the way the forecast is. Two at its rank that no rule
 * orders are a warning and no previous forecast: a comparison is left out rather than guessed.
 */
export function planPreviousForecast(choice: ForecastChoice, where: Where): PreviousPlan {
  const { sheet, period, cellOf } = where;
  const year = period.year;
  const base = { sheet, role: "previousForecast" };
  const [first, second, ...rest] = choice.previous;
  if (!choice.chosen || !first)
    return {
      detection: {
        ...base,
        chosen: null,
        rule: "no-previous-version",
        reason: `ingen tidigare prognos för ${year} än den som gäller`,
        rejected: [],
      },
      issues: [],
    };
  if (
    second &&
    second.number === first.number &&
    second.made === first.made &&
    second.rowMonth === first.rowMonth
  ) {
    const values = `"${first.value.text}" (${cellOf(first.row)}) och "${second.value.text}" (${cellOf(second.row)})`;
    return {
      detection: {
        ...base,
        chosen: null,
        rule: "ambiguous",
        reason: "ingen regel avgör vilken tidigare prognos som är den senaste",
        rejected: [first, second].map((v) =>
          older(v, "tied", `lika sen som den andra (${describe(v, year)})`),
        ),
      },
      issues: [
        issue(
          "long-comparison-ambiguous",
          { role: "tidigare prognos", year: String(year), values },
          { sheet, cell: cellOf(first.row) },
        ),
      ],
    };
  }
  const byMonth =
    first.rowMonth === 0
      ? `; raderna har månader efter perioden, så helårets prognos är summan av månaderna ${year}`
      : "";
  const cell = cellOf(first.row);
  return {
    version: first,
    previousForecast: {
      month: first.value.meaning.month ?? (first.rowMonth > 0 ? first.rowMonth : null),
      sheet,
      cell,
      text: first.value.text,
    },
    detection: {
      ...base,
      chosen: { cell, header: first.value.text },
      rule: "latest-earlier-version",
      reason: `den senaste prognosen före den som gäller: "${first.value.text}" (${describe(first, year)})${byMonth}`,
      rejected: [second, ...rest]
        .filter((v): v is Version => v !== undefined)
        .map((v) => older(v, "older-version", `äldre prognos (${describe(v, year)})`)),
    },
    issues: [],
  };

  function older(v: Version, rule: string, reason: string) {
    return { cell: cellOf(v.row), header: v.value.text, rule, reason };
  }
}

export type LastYearPlan = {
  /** the outcome value whose rows of last year count, and for which figures */
  value?: LongKindValue;
  lastYear: LongLastYear;
  detection: DetectionEntry[];
  issues: Issue[];
};

/**
 * Last year's outcome, from the outcome value with rows of the year before the period's (the period's
 * own value, or one that names the year: "Utfall 2023"): the same period last year when it has each of
 * months 1 to the period's month, the full year when it has all twelve. A figure whose months are not
 * all there is left out, not made of some months; two values with last year's rows are a warning.
 */
export function planLastYear(outcomes: readonly LongKindValue[], where: Where): LastYearPlan {
  const { sheet, period, cellOf } = where;
  const year = period.year - 1;
  const found = outcomes.filter((k) => monthsOfYear(k, year).size > 0);
  const entry = (role: string, rest: Omit<DetectionEntry, "sheet" | "role">): DetectionEntry => ({
    sheet,
    role,
    ...rest,
  });
  const nothing = (rule: string, reason: string, rejected: DetectionEntry["rejected"]) => ({
    lastYear: { outcome: false, annualOutcome: false },
    detection: ["lastYearOutcome", "lastYearAnnualOutcome"].map((role) =>
      entry(role, { chosen: null, rule, reason, rejected }),
    ),
  });
  const first = (k: LongKindValue) => ({ cell: cellOf(firstRowOfYear(k, year)), header: k.text });
  if (found.length === 0)
    return { ...nothing("no-kind", `inga rader med utfall för ${year}`, []), issues: [] };
  if (found.length > 1) {
    const values = found.map((k) => `"${k.text}" (${first(k).cell})`).join(" och ");
    const rejected = found.map((k) => ({ ...first(k), rule: "tied", reason: `har utfall för ${year}` }));
    return {
      ...nothing("ambiguous", `ingen regel avgör vilket utfall som är ${year}s`, rejected),
      issues: [
        issue(
          "long-comparison-ambiguous",
          { role: "fjolårets utfall", year: String(year), values },
          { sheet, cell: first(found[0] as LongKindValue).cell },
        ),
      ],
    };
  }
  const value = found[0] as LongKindValue;
  const months = monthsOfYear(value, year);
  const missing = (through: number) => MONTH_NAMES.slice(0, through).filter((_, i) => !months.has(i + 1));
  const take = (role: string, through: number, rule: string, what: string, omitted: string) => {
    const lacks = missing(through);
    if (lacks.length === 0)
      return entry(role, { chosen: first(value), rule, reason: `${what} i "${value.text}"`, rejected: [] });
    const reason = `utfallet ${year} i "${value.text}" saknar ${lacks.join(", ")}; ${omitted} jämförs inte`;
    return entry(role, {
      chosen: null,
      rule: "last-year-months-missing",
      reason,
      rejected: [{ ...first(value), rule: "months-missing", reason }],
    });
  };
  const through = period.month === 1 ? monthText(1, year) : `januari–${monthText(period.month, year)}`;
  const lastYear = { outcome: missing(period.month).length === 0, annualOutcome: missing(12).length === 0 };
  return {
    ...(lastYear.outcome || lastYear.annualOutcome ? { value } : {}),
    lastYear,
    detection: [
      take(
        "lastYearOutcome",
        period.month,
        "last-year-months-through-period",
        `utfallsmånaderna ${through}`,
        "samma period i fjol",
      ),
      take(
        "lastYearAnnualOutcome",
        12,
        "last-year-all-months",
        `alla tolv utfallsmånaderna ${year}`,
        "fjolårets helår",
      ),
    ],
    issues: [],
  };
}

/** The months (1–12) of exactly `year` with rows (rows of no stated year are the period's, never last year's). */
function monthsOfYear(k: LongKindValue, year: number): Set<number> {
  const months = new Set<number>();
  for (const t of k.months.keys()) if (yearOf(t) === year) months.add(monthOf(t));
  return months;
}

export function firstRowOfYear(k: LongKindValue, year: number): number {
  let first = Number.MAX_SAFE_INTEGER;
  for (const [t, row] of k.months) if (yearOf(t) === year && row < first) first = row;
  return first;
}
