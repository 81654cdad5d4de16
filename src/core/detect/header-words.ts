import type { Unit } from "../money";
import { monthFromWord } from "../model/period";
import type { HeaderPeriod } from "./header-period";
import { readHeaderPeriod } from "./header-period";
import { normalizeHeader } from "../values/normalize-text";

/** What a header cell says its column holds. */
export type HeaderMeaning =
  | { kind: "level" }
  | { kind: "account" }
  | { kind: "accountName" }
  | { kind: "dimension"; name: string }
  /** the name beside a code: "Ansvar benämning", "Ansvar (T)", "Verksamhet text" (a label, never a key) */
  | { kind: "dimensionName"; name: string }
  | { kind: "annualBudget" }
  | { kind: "periodBudget" }
  | { kind: "outcome" }
  | { kind: "forecast" }
  | { kind: "month"; month: number }
  /** "Helår", "Totalt", "Summa" among month columns: the months' total */
  | { kind: "monthsTotal" }
  | { kind: "explanationText" }
  | { kind: "explanationAmount" }
  /** the input's own deviation: "Avvikelse", "Avv.", "Diff" — checked, never read as a figure */
  | { kind: "deviation" }
  | { kind: "derived" };

export type HeaderReading = {
  meaning: HeaderMeaning;
  /** a unit the header itself names: "Belopp, tkr", "Budget (mkr)" */
  unit?: Unit;
  /** the time the header names, as far as it alone can tell (a four-digit token waits for its row) */
  time: HeaderPeriod;
  /** a PivotTable's header: "Summa av Budget 2024", "Sum of …", "Radetiketter", "Row Labels" */
  pivot?: true;
  /** "Föregående prognos", "Fg prognos": an earlier forecast */
  previous?: true;
  /** "Utfall fg år", "Utfall i fjol": last year's */
  lastYear?: true;
  /** "Prognos 2": the forecast's version number */
  version?: number;
  /** kept for the period's resolution: the year and month the header names once its row is read */
  year?: number;
  month?: number;
};

const LEVEL = /^(anslagsbindningsnivå|anslagsnivå|nivå|verksamhetsområde)(?![\p{L}\p{N}])/u;
const ROW_LABELS = /^(radetiketter|row labels)$/;
const ACCOUNT_NAME =
  /^(kontonamn|kontotext|kontobenämning|konto text|konto namn|konto benämning|benämning konto|konto \(t\)|kontoslag)(?![\p{L}\p{N}])/u;
const ACCOUNT = /^(konto|kontonr|kontonummer|konto nr)$/;
const DIMENSION_WORDS =
  "ansvar|verksamhet|aktivitet|projekt|motpart|objekt|kostnadsställe|enhet|avdelning|kst|vht|ans|akt|proj";
const DIMENSIONS = new RegExp(`^(${DIMENSION_WORDS}|ansvarsnamn|verksamhetsnamn)$`);
/** "Ansvar benämning", "Ansvar (T)", "Verksamhet text", "Projektnamn": the name of a code. */
const DIMENSION_NAME = new RegExp(`^(${DIMENSION_WORDS})(?:s?namn| (?:benämning|text|namn|\\(t\\)))$`);
const DEVIATION = /(avvikelse|(?<![\p{L}])avv(?![\p{L}])|(?<![\p{L}])diff)/u;
const DERIVED = /(förbrukning|%|procent|(?<![\p{L}])andel(?![\p{L}]))/u;
const PREVIOUS = /(föregående|(?<![\p{L}])fg(?![\p{L}])|föreg(?![\p{L}])|tidigare)/u;
const LAST_YEAR = /(fjol|föregående år|(?<![\p{L}])fg år|förra året)/u;
const PIVOT_VALUE = /^(summa av|sum of|antal av|count of|medel av|average of) /;
const UNIT_WORD = /(?:^|[\s(,;/])(kr|kronor|tkr|mkr|mnkr)\)?$/;
const MONTHS_TOTAL = /^(helår|totalt|summa|total|år|helårsbudget)$/;

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

/**
 * "Avser", "Avser avvikelse/prognosförändring", "Förklarar", "Typ": an explanations sheet's column that
 * says whether a row explains the deviation or the forecast change. Asked only of an explanations
 * sheet's header: in a ledger or long data "Typ" means something else (long data's kind).
 */
const EXPLANATION_ABOUT = /^(avser|förklarar|typ)(?![\p{L}\p{N}])/u;

export function isExplanationAboutHeader(raw: string): boolean {
  return EXPLANATION_ABOUT.test(normalizeHeader(raw));
}

/** Reads one header cell; undefined when it names nothing the engine knows. */
export function readHeader(raw: string): HeaderReading | undefined {
  const full = normalizeHeader(raw);
  if (full === "") return undefined;
  const unitMatch = UNIT_WORD.exec(full);
  const unit = unitMatch?.[1] ? unitFromWord(unitMatch[1]) : undefined;
  let text = unitMatch ? full.slice(0, unitMatch.index).replace(/[\s(,;/]+$/, "") : full;
  const pivotValue = PIVOT_VALUE.exec(text);
  if (pivotValue) text = text.slice(pivotValue[0].length);
  if (ROW_LABELS.test(text)) return { meaning: { kind: "level" }, time: readHeaderPeriod(""), pivot: true };
  const meaning = meaningOf(text);
  if (!meaning) return undefined;
  const time = readHeaderPeriod(text);
  const version = /^prognos (\d)$/.exec(text)?.[1];
  return {
    meaning,
    ...(unit ? { unit } : {}),
    time,
    ...(pivotValue ? { pivot: true as const } : {}),
    ...(PREVIOUS.test(text) && !LAST_YEAR.test(text) ? { previous: true as const } : {}),
    ...(LAST_YEAR.test(text) ? { lastYear: true as const } : {}),
    ...(version ? { version: Number(version) } : {}),
    ...(time.year !== undefined ? { year: time.year } : {}),
    ...(time.month !== undefined ? { month: time.month } : {}),
  };
}

function meaningOf(text: string): HeaderMeaning | undefined {
  if (LEVEL.test(text)) return { kind: "level" };
  if (ACCOUNT_NAME.test(text)) return { kind: "accountName" };
  if (ACCOUNT.test(text)) return { kind: "account" };
  if (/^förklaring/.test(text)) return { kind: "explanationText" };
  if (/^belopp\b/.test(text)) return { kind: "explanationAmount" };
  if (DIMENSIONS.test(text)) return { kind: "dimension", name: text };
  const name = DIMENSION_NAME.exec(text)?.[1];
  if (name) return { kind: "dimensionName", name };
  // "Avv %", "Avvikelse mot fg år": shares and other comparisons, not the row's deviation to check
  if (DERIVED.test(text) || (DEVIATION.test(text) && (PREVIOUS.test(text) || LAST_YEAR.test(text))))
    return { kind: "derived" };
  if (DEVIATION.test(text)) return { kind: "deviation" };
  if (MONTHS_TOTAL.test(text)) return { kind: "monthsTotal" };
  const month = monthFromWord(text.replace(/\s*(20)?\d{2}$/, "").replace(/-$/, ""));
  if (month !== undefined && /^[a-zåäö]+\.?(\s*-?\s*(20)?\d{2})?$/.test(text))
    return { kind: "month", month };
  if (/budget/.test(text)) return budgetMeaning(text);
  if (/(^|\s)(ack\.? ?|ackumulerat )?(utfall|bokfört|redovisat|bokslut)\b/.test(text))
    return { kind: "outcome" };
  if (/prognos/.test(text)) return { kind: "forecast" };
  return undefined;
}

/** "Budget 2024", "Årsbudget": the year's; "Budget ack 202408", "Budget jan–apr", "Periodbudget": the period's. */
function budgetMeaning(text: string): HeaderMeaning {
  const time = readHeaderPeriod(text);
  const periodic =
    /periodbudget|periodiserad|(^|\s)period/.test(text) ||
    time.accumulated ||
    time.month !== undefined ||
    time.fourDigits !== undefined;
  return { kind: periodic ? "periodBudget" : "annualBudget" };
}
