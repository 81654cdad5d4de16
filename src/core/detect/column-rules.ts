import type { Period } from "../model/period";
import { MONTH_NAMES } from "../model/period";
import type { HeaderCell } from "./detect-header-row";

/**
 * The rules that place one amount column: what it holds relative to the period. Each answers with a
 * stable code and a Swedish reason, so that the decision can be shown and tested rule by rule.
 *
 * - Another year's column is last year's figure, never a duplicate ("Utfall ack 202308", "Bokslut
 *   2023", "Utfall 1904" when the period is 2020-04).
 * - Accumulated beats month: "ack", "t.o.m.", "jan–aug", "per augusti" is through the period; a
 *   column naming the period's month alone, beside an accumulated one, is that month alone.
 * - A single column naming the period's month, with no accumulated sibling, is the period's figure.
 * - A column of another month of the year is not the period's.
 */
export type Placement =
  | { kind: "candidate"; rank: number; rule: string; reason: string }
  | { kind: "secondary"; role: SecondaryRole; rule: string; reason: string }
  | { kind: "rejected"; rule: string; reason: string };

export type SecondaryRole = "monthOutcome" | "lastYearOutcome" | "lastYearFinal" | "previousForecast";

/** Ranks of a period figure's candidates: the highest wins, a tie is no decision. */
export const RANK = { plain: 1, monthNamed: 2, accumulated: 3 } as const;

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

const periodText = (p: { year?: number; month?: number }): string =>
  [p.month !== undefined ? monthName(p.month) : undefined, p.year].filter((x) => x !== undefined).join(" ");

/** An outcome column against the period (undefined: no period known, so time decides nothing). */
export function placeOutcome(cell: HeaderCell, period: Period | undefined): Placement {
  const r = cell.reading;
  const t = r.time;
  const bokslut = /bokslut/i.test(cell.text);
  // "Utfall samma period fg år", "motsvarande period", "motsv. per.": the period, though no month is named
  const samePeriod = /(samma|motsv(arande|\.)?)\s*per(iod|\.|\b)/i.test(cell.text);
  if (period && (r.lastYear || (r.year !== undefined && r.year < period.year))) {
    const year = r.year ?? period.year - 1;
    if (bokslut || t.wholeYear || (r.month === undefined && !t.accumulated && !samePeriod))
      return secondary("lastYearFinal", "other-year-final", `helåret ${year}: fjolårets bokslut`);
    if (r.month === undefined || r.month === period.month)
      return secondary(
        "lastYearOutcome",
        "other-year",
        `${periodText({ month: period.month, year })}: samma period i fjol`,
      );
    return rejected("other-period", `${periodText({ month: r.month, year })}: en annan period i fjol`);
  }
  if (period && r.year !== undefined && r.year > period.year)
    return rejected("after-period", `${r.year}: efter perioden`);
  return placeInYear(cell, period, "utfallet");
}

/** A period-budget column against the period: the same rules as the outcome, last year's budget aside. */
export function placePeriodBudget(cell: HeaderCell, period: Period | undefined): Placement {
  const r = cell.reading;
  if (period && r.year !== undefined && r.year !== period.year)
    return rejected("other-year", `${r.year}: ett annat års budget`);
  return placeInYear(cell, period, "budgeten");
}

function placeInYear(cell: HeaderCell, period: Period | undefined, what: string): Placement {
  const r = cell.reading;
  const t = r.time;
  if (period && r.month !== undefined && r.month !== period.month && !t.accumulated)
    return rejected("other-month", `gäller bara ${monthName(r.month)}, inte perioden`);
  if (period && r.month !== undefined && r.month !== period.month)
    return rejected("other-month", `t.o.m. ${monthName(r.month)}, inte t.o.m. perioden`);
  if (t.accumulated)
    return candidate(RANK.accumulated, "accumulated", `ackumulerat: ${what} t.o.m. perioden`);
  if (r.month !== undefined)
    return candidate(RANK.monthNamed, "month-named", `namnger ${monthName(r.month)}`);
  return candidate(RANK.plain, "plain", "anger ingen period");
}

/** An annual-budget column: the report year's, or last year's (passed over). */
export function placeAnnualBudget(cell: HeaderCell, period: Period | undefined): Placement {
  const r = cell.reading;
  if (period && r.year !== undefined && r.year !== period.year)
    return rejected("other-year", `${r.year}: ett annat års budget`);
  return candidate(RANK.plain, "annual", "årets budget");
}

/**
 * A forecast column: "Föregående prognos" is the previous one; a version named by a month after the
 * period is passed over; among versions (by month, or by number: "Prognos 2" after "Prognos 1") the
 * latest up to the period is the forecast and the one before it the previous forecast.
 */
export function placeForecast(cell: HeaderCell, period: Period | undefined): Placement {
  const r = cell.reading;
  if (r.previous) return secondary("previousForecast", "previous-word", "föregående prognos");
  if (period && r.year !== undefined && r.year !== period.year && r.month === undefined)
    return rejected("other-year", `${r.year}: ett annat års prognos`);
  if (period && r.month !== undefined) {
    const year = r.year ?? period.year;
    if (year > period.year || (year === period.year && r.month > period.month))
      return rejected("after-period", `prognosen från ${monthName(r.month)} är gjord efter perioden`);
    if (year < period.year) return rejected("other-year", `prognosen från ${r.month}/${year}`);
  }
  return candidate(RANK.plain, "forecast", "prognos för helåret");
}

/** The order of forecast versions: by month (within the year), or by number; undefined for none. */
export function forecastVersion(cell: HeaderCell): { by: "month" | "number"; order: number } | undefined {
  const r = cell.reading;
  if (r.version !== undefined) return { by: "number", order: r.version };
  if (r.month !== undefined) return { by: "month", order: (r.year ?? 0) * 12 + r.month };
  return undefined;
}

function candidate(rank: number, rule: string, reason: string): Placement {
  return { kind: "candidate", rank, rule, reason };
}

function secondary(role: SecondaryRole, rule: string, reason: string): Placement {
  return { kind: "secondary", role, rule, reason };
}

function rejected(rule: string, reason: string): Placement {
  return { kind: "rejected", rule, reason };
}
