import { issue } from "../messages";
import { cellRef } from "../model/grid";
import type { Issue } from "../model/issue";
import type { Period } from "../model/period";
import { MONTH_NAMES } from "../model/period";
import { monthOf, yearOf } from "../values/long-values";
import type { DetectionEntry } from "./detection";
import type { LongLastYear, LongPreviousForecast } from "./long-comparisons";
import { firstRowOfYear, planLastYear, planPreviousForecast } from "./long-comparisons";
import type { LongForecastVersion } from "./long-forecast";
import { chooseForecast, describe, forecastReason, versionOf } from "./long-forecast";
import type { LongKindValue, LongScan } from "./scan-long";
import { monthText, monthsIn } from "./scan-long";

export type { LongForecastVersion } from "./long-forecast";
export type { LongLastYear, LongPreviousForecast } from "./long-comparisons";

/** Outcome of another year than the period's: never in the outcome (last year's is compared with). */
export type LongOtherYear = { text: string; cell: string; year: number; months: number[] };

/**
 * What the rows of one kind value add to (planLongSheet decides it). Every use has every field, so
 * that the reader's loop sees objects of one shape.
 */
export type LongUse = {
  role: "budget" | "outcome" | "forecast";
  /** the year the value names ("Budget 2024"), for rows whose period states none; 0 for none */
  year: number;
  /**
   * which of its rows of the period's year count for its role: 0 every month (as the role takes them),
   * a month only that month's (a forecast version), -1 none (a value used only for a comparison)
   */
  month: number;
  /** the same for the previous forecast: the rows of an earlier forecast version (-1: none) */
  previousMonth: number;
  /** outcome: its rows of last year count as the same period last year (months through the period's) */
  lastYearOutcome: boolean;
  /** outcome: its rows of last year count as last year's full-year outcome */
  lastYearAnnualOutcome: boolean;
};

/** The period and, by kindKey, the kind values whose rows count; rows of any other value count nowhere. */
export type LongPlan = { period: Period; uses: ReadonlyMap<string, LongUse> };

export type LongPlanning = {
  plan: LongPlan;
  hasBudget: boolean;
  hasOutcome: boolean;
  hasForecast: boolean;
  /** the earlier forecast whose rows the plan counts as the previous forecast; absent when none is */
  previousForecast?: LongPreviousForecast;
  /** which of last year's outcome figures the plan counts (each only when all its months have rows) */
  lastYear: LongLastYear;
  /** every earlier forecast version, the latest first */
  previousForecasts: LongForecastVersion[];
  lastYearOutcome: LongOtherYear[];
  detection: DetectionEntry[];
  issues: Issue[];
};

/**
 * What long data's rows add to, for `period`, by stated rules: the annual budget is every budget month
 * of the period's year, the period's budget those through the period; the outcome is the outcome months
 * through the period (other years' are never in it); the forecast is the latest
 * version — the highest version number ("Prognos 2" after "Prognos 1"), else the latest month made up
 * to the period — and the others are previous forecasts, the latest of which is counted as the
 * previous forecast. A forecast with rows in months after the last closed one is a forecast by month:
 * the year's is the sum of its months. Last year's outcome rows are counted as the same period last year
 * and as last year's full year when they have every month of it. Two values that no rule ranks (two
 * budgets of one year) are an error naming both; nothing is guessed.
 */
export function planLongSheet(scan: LongScan, period: Period): LongPlanning {
  const uses = new Map<string, LongUse>();
  const issues: Issue[] = [];
  const detection: DetectionEntry[] = [];
  const { year, month } = period;
  const byRole = (role: string) => scan.kinds.filter((k) => k.meaning.role === role);
  const inYear = (k: LongKindValue) => monthsIn(k, year);
  const cellOf = (row: number) => cellRef(row, scan.kindColumn);
  const through = month === 1 ? monthText(1, year) : `januari–${monthText(month, year)}`;
  const base = (role: string) => ({ sheet: scan.sheet, role });
  const useOf = (k: LongKindValue, role: LongUse["role"]): LongUse => {
    let use = uses.get(k.key);
    if (!use) {
      use = {
        role,
        year: k.meaning.year ?? 0,
        month: -1,
        previousMonth: -1,
        lastYearOutcome: false,
        lastYearAnnualOutcome: false,
      };
      uses.set(k.key, use);
    }
    return use;
  };
  const where = { sheet: scan.sheet, period, cellOf };

  const single = (role: "budget" | "outcome", label: string): LongKindValue | undefined => {
    const found = byRole(role).filter((k) => inYear(k).length > 0);
    if (found.length > 1) {
      const values = found.map((k) => `"${k.text}" (${k.cell})`).join(" och ");
      issues.push(
        issue(
          "long-kind-ambiguous",
          { role: label, year: String(year), values },
          { sheet: scan.sheet, cell: found[0]?.cell },
        ),
      );
      return undefined;
    }
    return found[0];
  };
  const otherYears = (role: string, why: (y: number) => string) =>
    byRole(role).flatMap((k) =>
      yearsOf(k)
        .filter((y) => y !== year && y !== 0)
        .map((y) => ({
          cell: cellOf(firstRowOfYear(k, y)),
          header: k.text,
          rule: "other-year",
          reason: why(y),
        })),
    );

  const budget = single("budget", "budget");
  if (budget) {
    useOf(budget, "budget").month = 0;
    const months = new Set(inYear(budget).map(([m]) => m));
    const missing = MONTH_NAMES.filter((_, i) => !months.has(i + 1));
    if (missing.length > 0)
      issues.push(
        issue(
          "long-budget-months-missing",
          { value: budget.text, year: String(year), months: missing.join(", ") },
          { sheet: scan.sheet, cell: budget.cell },
        ),
      );
  }
  const budgetRejected = otherYears("budget", (y) => `budget för ${y}, inte för ${year}`);
  detection.push(
    budget
      ? {
          ...base("annualBudget"),
          chosen: { cell: budget.cell, header: budget.text },
          rule: "budget-months-of-year",
          reason: `summan av budgetmånaderna ${year} i "${budget.text}" (${months(budget, year)} månader)`,
          rejected: budgetRejected,
        }
      : none("annualBudget", `budget för ${year}`, budgetRejected),
    budget
      ? {
          ...base("periodBudget"),
          chosen: { cell: budget.cell, header: budget.text },
          rule: "budget-months-through-period",
          reason: `budgetmånaderna ${through} i "${budget.text}"`,
          rejected: [],
        }
      : none("periodBudget", `budget för ${year}`, []),
  );

  const outcome = single("outcome", "utfall");
  if (outcome) useOf(outcome, "outcome").month = 0;
  const lastYearOutcome: LongOtherYear[] = byRole("outcome").flatMap((k) =>
    yearsOf(k)
      .filter((y) => y !== year && y !== 0)
      .map((y) => ({
        text: k.text,
        cell: cellOf(firstRowOfYear(k, y)),
        year: y,
        months: [...k.months.keys()]
          .filter((t) => yearOf(t) === y)
          .map(monthOf)
          .sort((a, b) => a - b),
      })),
  );
  const outcomeRejected = lastYearOutcome.map((l) => ({
    cell: l.cell,
    header: l.text,
    rule: l.year === year - 1 ? "last-year" : "other-year",
    reason: `utfall ${l.year}: ${l.year === year - 1 ? "fjolårets, för jämförelser" : "ett annat år"}; räknas inte in i utfallet`,
  }));
  detection.push(
    outcome
      ? {
          ...base("outcome"),
          chosen: { cell: outcome.cell, header: outcome.text },
          rule: "outcome-months-through-period",
          reason: `utfallsmånaderna ${through} i "${outcome.text}"`,
          rejected: outcomeRejected,
        }
      : none("outcome", `utfall för ${year}`, outcomeRejected),
  );

  // the last month closed: no forecast version is made later; a forecast with rows past it is by month
  const outcomeMonths = byRole("outcome").flatMap((k) => inYear(k).map(([m]) => m));
  const closed = Math.max(month, ...outcomeMonths);
  const forecast = chooseForecast(byRole("forecast"), year, month, closed);
  const previousForecasts = forecast.previous.map((v) => versionOf(v, cellOf));
  if (forecast.tie) {
    const values = forecast.tie.map((v) => `"${v.value.text}" (${cellOf(v.row)})`).join(" och ");
    issues.push(
      issue(
        "long-kind-ambiguous",
        { role: "prognos", year: String(year), values },
        { sheet: scan.sheet, cell: cellOf(forecast.tie[0]?.row ?? 0) },
      ),
    );
  }
  const chosen = forecast.tie ? undefined : forecast.chosen;
  if (chosen) useOf(chosen.value, "forecast").month = chosen.rowMonth;
  const forecastRejected = [
    ...forecast.previous.map((v) => ({
      cell: cellOf(v.row),
      header: v.value.text,
      rule: "previous-forecast",
      reason: `tidigare prognos (${describe(v, year)}), sparas för jämförelser`,
    })),
    ...forecast.after.map((v) => ({
      cell: cellOf(v.row),
      header: v.value.text,
      rule: "after-period",
      reason: `gjord ${monthText(v.made, year)}, efter perioden`,
    })),
    ...otherYears("forecast", (y) => `prognos för ${y}, inte för ${year}`),
  ];
  detection.push(
    chosen
      ? {
          ...base("forecast"),
          chosen: { cell: cellOf(chosen.row), header: chosen.value.text },
          rule: chosen.rowMonth === 0 && forecast.count === 1 ? "forecast-months" : forecast.rule,
          reason: forecastReason(chosen, forecast.rule, forecast.count, year),
          rejected: forecastRejected,
        }
      : forecast.tie
        ? {
            ...base("forecast"),
            chosen: null,
            rule: "ambiguous",
            reason: "ingen regel avgör vilken prognos som gäller",
            rejected: forecastRejected,
          }
        : none("forecast", `prognos för ${year}`, forecastRejected),
  );

  const previous = planPreviousForecast(forecast, where);
  if (previous.version) useOf(previous.version.value, "forecast").previousMonth = previous.version.rowMonth;
  const last = planLastYear(byRole("outcome"), where);
  if (last.value) {
    const use = useOf(last.value, "outcome");
    use.lastYearOutcome = last.lastYear.outcome;
    use.lastYearAnnualOutcome = last.lastYear.annualOutcome;
  }
  detection.push(previous.detection, ...last.detection);
  issues.push(...previous.issues, ...last.issues);

  return {
    plan: { period, uses },
    hasBudget: budget !== undefined,
    hasOutcome: outcome !== undefined,
    hasForecast: chosen !== undefined,
    ...(previous.previousForecast ? { previousForecast: previous.previousForecast } : {}),
    lastYear: last.lastYear,
    previousForecasts,
    lastYearOutcome,
    detection,
    issues,
  };

  function none(role: string, what: string, rejected: DetectionEntry["rejected"]): DetectionEntry {
    return { ...base(role), chosen: null, rule: "no-kind", reason: `inga rader med ${what}`, rejected };
  }
}

function months(k: LongKindValue, year: number): number {
  return new Set(monthsIn(k, year).map(([m]) => m)).size;
}

function yearsOf(k: LongKindValue): number[] {
  return [...new Set([...k.months.keys()].map(yearOf))].sort((a, b) => a - b);
}
