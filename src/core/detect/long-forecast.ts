import type { LongKindValue } from "./scan-long";
import { monthText, monthsIn } from "./scan-long";

/** A forecast that is not the one counted: made earlier (for issue 7's comparisons), or after the period. */
export type LongForecastVersion = {
  text: string;
  cell: string;
  /** the month it was made: the month its value names ("Prognos juli"), else its rows' */
  month: number;
  version?: number;
};

/** One forecast that may be the year's: a kind value, or one month's rows of it. */
export type Version = {
  value: LongKindValue;
  /** the month whose rows it is (0: every month of the year, a forecast by month) */
  rowMonth: number;
  made: number;
  number: number;
  row: number;
};

export type ForecastChoice = {
  chosen?: Version;
  /** the two best, when no rule ranks them */
  tie?: [Version, Version];
  previous: Version[];
  after: Version[];
  rule: "only-forecast" | "highest-version" | "latest-version-month";
  /** versions up to the period */
  count: number;
};

/**
 * The year's forecast among the forecast values of `year`, by stated rules. A value with rows in
 * months after the last closed one (`closed`) is a forecast by month: one version, all its months.
 * Otherwise each month of a value's rows is a version, made in the month the value names ("Prognos
 * juli") or else in that month. Versions made after the period (`month`) do not count, unless numbered.
 * The highest version number wins ("Prognos 2" after "Prognos 1"), then the latest month made; the
 * rest are previous forecasts. Two at the top that nothing ranks are a tie, for the caller to refuse.
 */
export function chooseForecast(
  values: readonly LongKindValue[],
  year: number,
  month: number,
  closed: number,
): ForecastChoice {
  const versions: Version[] = [];
  for (const value of values) {
    const months = monthsIn(value, year);
    if (months.length === 0) continue;
    const number = value.meaning.version ?? 0;
    if (months.some(([m]) => m > closed)) {
      const row = Math.min(...months.map(([, r]) => r));
      versions.push({ value, rowMonth: 0, made: value.meaning.month ?? month, number, row });
    } else {
      for (const [m, row] of months)
        versions.push({ value, rowMonth: m, made: value.meaning.month ?? m, number, row });
    }
  }
  const eligible = versions.filter((v) => v.number > 0 || v.made <= month);
  const after = versions.filter((v) => !eligible.includes(v));
  const numbered = eligible.some((v) => v.number > 0);
  eligible.sort((a, b) => b.number - a.number || b.made - a.made || b.rowMonth - a.rowMonth);
  const [first, second] = eligible;
  const rule = eligible.length <= 1 ? "only-forecast" : numbered ? "highest-version" : "latest-version-month";
  const base = { after, rule, count: eligible.length } as const;
  if (
    first &&
    second &&
    first.number === second.number &&
    first.made === second.made &&
    first.rowMonth === second.rowMonth
  )
    return { ...base, tie: [first, second], previous: [] };
  return { ...base, ...(first ? { chosen: first } : {}), previous: eligible.slice(1) };
}

export function forecastReason(
  v: Version,
  rule: ForecastChoice["rule"],
  count: number,
  year: number,
): string {
  const byMonth =
    v.rowMonth === 0
      ? `; raderna har månader efter perioden, så helårets prognos är summan av månaderna ${year}`
      : "";
  switch (rule) {
    case "only-forecast":
      return `${count === 1 ? "den enda prognosen" : "prognosen"}: "${v.value.text}"${v.rowMonth === 0 ? "" : ` (${describe(v, year)})`}${byMonth}`;
    case "highest-version":
      return `högsta versionsnumret: "${v.value.text}"${byMonth}`;
    case "latest-version-month":
      return `den senaste prognosen till och med perioden: "${v.value.text}", ${monthText(v.made, year)}${byMonth}`;
  }
}

export function describe(v: Version, year: number): string {
  return v.number > 0 ? `version ${v.number}` : `gjord ${monthText(v.made, year)}`;
}

export function versionOf(v: Version, cellOf: (row: number) => string): LongForecastVersion {
  return {
    text: v.value.text,
    cell: cellOf(v.row),
    month: v.made,
    ...(v.number > 0 ? { version: v.number } : {}),
  };
}
