import type { Unit } from "../money";
import { monthFromWord } from "../model/period";

/** What a header cell says its column holds. */
export type HeaderMeaning =
  | { kind: "level" }
  | { kind: "account" }
  | { kind: "accountName" }
  | { kind: "dimension"; name: string }
  | { kind: "annualBudget" }
  | { kind: "periodBudget" }
  | { kind: "outcome" }
  | { kind: "forecast" }
  | { kind: "month"; month: number }
  | { kind: "explanationText" }
  | { kind: "explanationAmount" }
  | { kind: "derived" };

export type HeaderReading = {
  meaning: HeaderMeaning;
  /** a unit the header itself names: "Belopp, tkr", "Budget (mkr)" */
  unit?: Unit;
  /** period hints in the header: "jan–apr 2024", "t.o.m. april", "2404" */
  year?: number;
  month?: number;
};

/** Lower case, one plain space for any run of white space, no trailing punctuation. */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0\u202f\u2009]+/g, " ")
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .trim()
    .replace(/[:.;,]+$/, "");
}

const LEVEL = /^(anslagsbindningsnivå|anslagsnivå|nivå|verksamhetsområde)(?![\p{L}\p{N}])/u;
const ACCOUNT_NAME =
  /^(kontonamn|kontotext|kontobenämning|konto text|konto namn|benämning konto)(?![\p{L}\p{N}])/u;
const ACCOUNT = /^(konto|kontonr|kontonummer|konto nr)$/;
const DIMENSIONS =
  /^(ansvar|ansvarsnamn|verksamhet|verksamhetsnamn|aktivitet|projekt|motpart|objekt|kostnadsställe|enhet|avdelning|kst|vht|ans|akt|proj)$/;
const DERIVED = /(avvikelse|\bavv\b|\bdiff|förbrukning|%|procent|\bfg\b|föregående|föreg\b|fjol|\bandel\b)/;
const UNIT_WORD = /(?:^|[\s(,;/])(kr|kronor|tkr|mkr|mnkr)\)?$/;
const MONTH_RANGE = /\b([a-zåäö]{3,9})\.? ?- ?([a-zåäö]{3,9})\b/;
const UP_TO_MONTH = /\b(?:t\.? ?o\.? ?m\.?|tom|till och med|till)\s+([a-zåäö]{3,9})\b/;
const YEAR = /\b(20\d{2})\b/;
const YYMM = /\b(\d{2})(0[1-9]|1[0-2])\b/;

export function unitFromWord(word: string): Unit | undefined {
  switch (word) {
    case "kr":
    case "kronor":
      return "kr";
    case "tkr":
      return "tkr";
    case "mkr":
    case "mnkr":
      return "mkr";
    default:
      return undefined;
  }
}

/** Reads one header cell; undefined when it names nothing the engine knows. */
export function readHeader(raw: string): HeaderReading | undefined {
  const full = normalizeHeader(raw);
  if (full === "") return undefined;
  const unitMatch = UNIT_WORD.exec(full);
  const unit = unitMatch?.[1] ? unitFromWord(unitMatch[1]) : undefined;
  const text = unitMatch ? full.slice(0, unitMatch.index).replace(/[\s(,;/]+$/, "") : full;
  const meaning = meaningOf(text);
  if (!meaning) return undefined;
  return { meaning, ...(unit ? { unit } : {}), ...periodHints(text) };
}

function meaningOf(text: string): HeaderMeaning | undefined {
  if (LEVEL.test(text)) return { kind: "level" };
  if (ACCOUNT_NAME.test(text)) return { kind: "accountName" };
  if (ACCOUNT.test(text)) return { kind: "account" };
  if (/^förklaring/.test(text)) return { kind: "explanationText" };
  if (/^belopp\b/.test(text)) return { kind: "explanationAmount" };
  if (DIMENSIONS.test(text)) return { kind: "dimension", name: text };
  if (DERIVED.test(text)) return { kind: "derived" };
  const month = monthFromWord(text.replace(/\s*(20)?\d{2}$/, "").replace(/-$/, ""));
  if (month !== undefined && /^[a-zåäö]+\.?(\s*-?\s*(20)?\d{2})?$/.test(text))
    return { kind: "month", month };
  if (/budget/.test(text)) return budgetMeaning(text);
  if (/^(ack\.? ?|ackumulerat )?utfall\b/.test(text) || /\butfall\b/.test(text)) return { kind: "outcome" };
  if (/prognos/.test(text)) return { kind: "forecast" };
  return undefined;
}

function budgetMeaning(text: string): HeaderMeaning {
  const periodic =
    /periodbudget|periodiserad|\back\b|\backumulerad|\bperiod/.test(text) ||
    periodHints(text).month !== undefined;
  if (periodic) return { kind: "periodBudget" };
  return { kind: "annualBudget" };
}

function periodHints(text: string): { year?: number; month?: number } {
  const hints: { year?: number; month?: number } = {};
  const year = YEAR.exec(text);
  if (year?.[1]) hints.year = Number(year[1]);
  const range = MONTH_RANGE.exec(text);
  const rangeEnd = range?.[2] ? monthFromWord(range[2]) : undefined;
  const upTo = UP_TO_MONTH.exec(text);
  const upToMonth = upTo?.[1] ? monthFromWord(upTo[1]) : undefined;
  if (rangeEnd !== undefined && range?.[1] && monthFromWord(range[1]) !== undefined) hints.month = rangeEnd;
  else if (upToMonth !== undefined) hints.month = upToMonth;
  else if (!year) {
    const yymm = YYMM.exec(text);
    if (yymm?.[1] && yymm[2]) {
      hints.year = 2000 + Number(yymm[1]);
      hints.month = Number(yymm[2]);
    }
  }
  return hints;
}
