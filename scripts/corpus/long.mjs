// Long ("tidy") data from BI tools and Power Query: one row per dimensions × period × kind, one amount column.
import { LEVELS, makeBooks } from "./truth.mjs";
import { shown } from "./write.mjs";

const MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];

/**
 * The rows of long data: budget for every month, outcome through the period, and the forecast as
 * versions made in earlier months (`kinds.forecasts`: the oldest first, each `{ kind, month, pick }`).
 */
function longRows(books, kinds, write) {
  const out = [];
  for (const r of books.rows) {
    r.budgetMonths.forEach((v, m) => out.push(write(r, m + 1, kinds.budget, v)));
    r.outcomeMonths.forEach((v, m) => {
      if (m < books.period.month) out.push(write(r, m + 1, kinds.outcome, v));
    });
    for (const f of kinds.forecasts) out.push(write(r, f.month, f.kind, f.pick(r)));
  }
  return out;
}

/** YYYYMM periods, kr with öre, `Prognos 1` and `Prognos 2`: the highest version is the forecast. */
export function longYyyymm() {
  const period = { year: 2024, month: 8 };
  const books = makeBooks({ seed: 41, period, ore: true });
  const conv = { unit: "kr", sign: "netCostPositive" };
  const kinds = {
    budget: "Budget",
    outcome: "Utfall",
    forecasts: [
      { kind: "Prognos 1", month: 5, pick: (r) => r.previousForecast },
      { kind: "Prognos 2", month: 8, pick: (r) => r.forecast },
    ],
  };
  const rows = [
    ["Nivå", "Konto", "Period", "Typ", "Belopp"],
    ...longRows(books, kinds, (r, month, kind, v) => [
      r.level,
      Number(r.konto),
      2024 * 100 + month,
      kind,
      shown(v, conv),
    ]),
  ];
  return {
    name: "lang-data-aaaamm-kr",
    about:
      "Lång data: Nivå, Konto, Period (ÅÅÅÅMM), Typ (Budget, Utfall, Prognos 1, Prognos 2), Belopp; kr med ören.",
    sheets: [{ name: "Data", rows }],
    books,
    expected: { periodBudget: "months", periodisation: "monthly" },
  };
}

/** `År` + `Månad` (month names), tkr in the amount header, income positive, `Bokfört`; mapping by ansvar. */
export function longYearMonth() {
  const period = { year: 2024, month: 10 };
  const books = makeBooks({ seed: 42, period });
  const conv = { unit: "tkr", sign: "incomePositive" };
  const kinds = {
    budget: "Budget",
    outcome: "Bokfört",
    forecasts: [{ kind: "Prognos", month: 10, pick: (r) => r.forecast }],
  };
  const rows = [
    ["År", "Månad", "Ansvar", "Konto", "Beloppstyp", "Värde (tkr)"],
    ...longRows(books, kinds, (r, month, kind, v) => [
      2024,
      MONTHS[month - 1],
      r.ansvar,
      r.konto,
      kind,
      shown(v, conv),
    ]),
  ];
  const mapping = [
    ["Ansvar", "Anslagsbindningsnivå"],
    ...LEVELS.flatMap((l) => l.ansvar.map((a) => [a, l.name])),
  ];
  return {
    name: "lang-data-ar-manad-tkr-intakter-positiva",
    about:
      "Lång data från Power Query: År, Månad (namn), Ansvar, Konto, Beloppstyp (Budget, Bokfört, Prognos), Värde (tkr); intäkter positiva; mappning via ansvar.",
    sheets: [
      { name: "Export", rows },
      { name: "Ansvar till nivå", rows: mapping },
    ],
    books,
    expected: { periodBudget: "months", periodisation: "monthly" },
  };
}

/** Dates as the period (the first of each month), mkr, `Scenario`, English `Amount`. */
export function longDates() {
  const period = { year: 2024, month: 6 };
  const books = makeBooks({ seed: 43, period });
  const conv = { unit: "mkr", sign: "netCostPositive" };
  const kinds = {
    budget: "Budget",
    outcome: "Utfall",
    forecasts: [{ kind: "Prognos", month: 6, pick: (r) => r.forecast }],
  };
  const rows = [
    ["Socialnämnden, belopp i mkr"],
    [],
    ["Verksamhetsområde", "Konto", "Månad", "Scenario", "Amount"],
    ...longRows(books, kinds, (r, month, kind, v) => [
      r.level,
      Number(r.konto),
      new Date(Date.UTC(2024, month - 1, 1)),
      kind,
      shown(v, conv),
    ]),
  ];
  return {
    name: "lang-data-datum-mkr",
    about:
      "Lång data med datum som period (första dagen i månaden), Scenario (Budget, Utfall, Prognos), Amount, mkr.",
    sheets: [{ name: "BI-export", rows }],
    books,
    expected: { periodBudget: "months", periodisation: "monthly" },
  };
}
