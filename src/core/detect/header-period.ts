import { monthFromWord } from "../model/period";

/**
 * What a header or title says about time, before the other headers are known: "Utfall ack 202408",
 * "Utfall 2404", "Budget jan–apr 2024", "Prognos juli", "Bokslut 2023", "Utfall 2004". A four-digit
 * token that can be a year or a YYMM ("2004": the year 2004 or April 2020) is kept as both; the row
 * decides (resolveFourDigits).
 */
export type HeaderPeriod = {
  /** through the period: "ack", "ackumulerat", "t.o.m.", "jan–aug", "per augusti", "hittills i år" */
  accumulated: boolean;
  /** the whole year: "helår", "årsbudget", "bokslut" */
  wholeYear: boolean;
  year?: number;
  /** the month named, or the last month of a range */
  month?: number;
  /** a token that is a year or a YYMM; `year`/`month` are then unset until the row decides */
  fourDigits?: { asYear: number; asYymm: { year: number; month: number } };
  /** the token's text as written, for reasons ("202408", "jan–aug 2024") */
  token?: string;
};

const ACCUMULATED =
  /(?<![a-zåäö])(ack|ackumulerad|ackumulerat|ackum|t\.? ?o\.? ?m|tom|till och med|hittills)(?![a-zåäö])/;
/** "per augusti", "per den 31 augusti": through that month (not "per månad"). */
const PER_MONTH = /(?<![a-zåäö])per (?:den \d{1,2} )?([a-zåäö]{3,9})/;
const WHOLE_YEAR = /(?<![a-zåäö])(helår|helårs|årsbudget|bokslut|årsprognos|helårsprognos)(?![a-zåäö])/;
const YYYYMM = /\b(20\d{2})[-/]?(0[1-9]|1[0-2])\b/;
const FOUR = /\b(\d{2})(\d{2})\b/;
const YEAR = /\b(20\d{2})\b/;
const MONTH_WORD = /(?<![a-zåäö])[a-zåäö]{3,9}\.?(?![a-zåäö])/g;
const RANGE = /\b([a-zåäö]{3,9})\.? ?- ?([a-zåäö]{3,9})\.?(?![a-zåäö])/;

/** Reads the time in normalised header text (lower case, one space, dashes as "-"). */
export function readHeaderPeriod(text: string): HeaderPeriod {
  const per = PER_MONTH.exec(text)?.[1];
  const result: HeaderPeriod = {
    accumulated: ACCUMULATED.test(text) || (per !== undefined && monthFromWord(per) !== undefined),
    wholeYear: WHOLE_YEAR.test(text),
  };
  const range = RANGE.exec(text);
  const from = range?.[1] ? monthFromWord(range[1]) : undefined;
  const to = range?.[2] ? monthFromWord(range[2]) : undefined;
  if (range && from !== undefined && to !== undefined) {
    result.month = to;
    // "jan–aug" runs from the year's start: through August. "jul–aug" is two months, not the period.
    result.accumulated = from === 1 || result.accumulated;
    result.token = range[0];
  } else {
    const month = monthWordIn(text);
    if (month !== undefined) {
      result.month = month.month;
      result.token = month.word;
    }
  }
  const yyyymm = YYYYMM.exec(text);
  if (yyyymm?.[1] && yyyymm[2]) {
    result.year = Number(yyyymm[1]);
    result.month = Number(yyyymm[2]);
    result.token = yyyymm[0];
    return result;
  }
  const year = YEAR.exec(text);
  const four = FOUR.exec(text);
  if (four?.[1] && four[2] && !(year && result.month !== undefined)) {
    const high = Number(four[1]);
    const low = Number(four[2]);
    const asYymm = low >= 1 && low <= 12 ? { year: 2000 + high, month: low } : undefined;
    if (high === 20 && asYymm) {
      result.fourDigits = { asYear: 2000 + low, asYymm };
      result.token = four[0];
      return result;
    }
    if (high !== 20 && asYymm && result.month === undefined) {
      result.year = asYymm.year;
      result.month = asYymm.month;
      result.token = four[0];
      return result;
    }
  }
  if (year?.[1]) {
    result.year = Number(year[1]);
    result.token = result.token ? `${result.token} ${year[1]}` : year[1];
  }
  return result;
}

/** The first word of the text that is a month's name ("apr", "augusti", "sept."); "mars" needs no year. */
function monthWordIn(text: string): { month: number; word: string } | undefined {
  for (const m of text.matchAll(MONTH_WORD)) {
    const month = monthFromWord(m[0]);
    if (month !== undefined) return { month, word: m[0] };
  }
  return undefined;
}

/**
 * Settles the four-digit tokens of one header row: a token `20YY` with YY 01–12 is a YYMM when another
 * header of the row is a YYMM beyond doubt ("Utfall 1904", "Ack utfall 2408") or when a title names
 * `20YY` as the year; otherwise a year. Returns the readings with `year`/`month` set.
 */
export function resolveFourDigits(
  readings: readonly HeaderPeriod[],
  titleYears: readonly number[],
): { readings: HeaderPeriod[]; rule: "yymm-in-row" | "title-year" | "year" | undefined } {
  const ambiguous = readings.filter((r) => r.fourDigits);
  if (ambiguous.length === 0) return { readings: [...readings], rule: undefined };
  const rowHasYymm = readings.some(
    (r) => !r.fourDigits && r.token !== undefined && /^\d{4}$/.test(r.token) && r.month !== undefined,
  );
  const titleSaysYymm = ambiguous.some((r) => r.fourDigits && titleYears.includes(r.fourDigits.asYymm.year));
  const asYymm = rowHasYymm || titleSaysYymm;
  return {
    readings: readings.map((r) => {
      if (!r.fourDigits) return r;
      const { fourDigits, ...rest } = r;
      return asYymm
        ? { ...rest, year: fourDigits.asYymm.year, month: fourDigits.asYymm.month }
        : { ...rest, year: fourDigits.asYear };
    }),
    rule: rowHasYymm ? "yymm-in-row" : titleSaysYymm ? "title-year" : "year",
  };
}
