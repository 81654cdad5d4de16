// Budgets by month, and headers and titles that name the period in the ways economists write it.
import { LEVELS, makeBooks, sum } from "./truth.mjs";
import { shown } from "./write.mjs";

const SHORT = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"];
const LONG = [
  "Januari",
  "Februari",
  "Mars",
  "April",
  "Maj",
  "Juni",
  "Juli",
  "Augusti",
  "September",
  "Oktober",
  "November",
  "December",
];
const through = (months, p) => sum(months.slice(0, p));

/** Budget, outcome and forecast on their own sheets, tkr: bare month columns on both; the sheet says which. */
export function monthlyBudgetSheets() {
  const period = { year: 2024, month: 8 };
  const books = makeBooks({ seed: 21, period });
  const conv = { unit: "tkr", sign: "netCostPositive" };
  const budget = [
    ["Budget 2024 per månad"],
    ["Belopp i tkr"],
    ["Ansvar", "Konto", ...SHORT, "Helår"],
    ...books.rows.map((r) => [
      r.ansvar,
      r.konto,
      ...r.budgetMonths.map((v) => shown(v, conv)),
      shown(sum(r.budgetMonths), conv),
    ]),
  ];
  // Outcome months after the period are empty, as the export leaves them.
  const outcome = [
    ["Utfall 2024 per månad, tkr"],
    [],
    ["Ansvar", "Konto", ...LONG],
    ...books.rows.map((r) => [
      r.ansvar,
      r.konto,
      ...r.outcomeMonths.map((v, m) => (m < period.month ? shown(v, conv) : undefined)),
    ]),
  ];
  const forecast = [
    ["Prognos 2024 (tkr)"],
    ["Ansvar", "Konto", "Helårsprognos"],
    ...books.rows.map((r) => [r.ansvar, r.konto, shown(r.forecast, conv)]),
  ];
  const mapping = [
    ["Ansvar", "Anslagsbindningsnivå"],
    ...LEVELS.flatMap((l) => l.ansvar.map((a) => [a, l.name])),
  ];
  return {
    name: "manadsbudget-egna-blad-tkr",
    about:
      "Budget per månad på eget blad (Jan…Dec, Helår), utfall per månad på eget blad, prognos på eget blad, mappning via ansvar.",
    sheets: [
      { name: "Budget", rows: budget },
      { name: "Utfall", rows: outcome },
      { name: "Prognos", rows: forecast },
      { name: "Nivåer", rows: mapping },
    ],
    books,
    expected: { periodBudget: "months", periodisation: "monthly" },
  };
}

/** One sheet, kr with öre, income positive: bare month columns under a "Budget 2024" heading, then `Utfall t.o.m. april`. */
export function monthlyBudgetColumns() {
  const period = { year: 2024, month: 4 };
  const books = makeBooks({ seed: 22, period, ore: true });
  const conv = { unit: "kr", sign: "incomePositive" };
  const rows = [
    ["Socialnämnden, uppföljning"],
    [undefined, undefined, "Budget 2024"],
    ["Anslagsbindningsnivå", "Konto", ...SHORT, "Helår", "Utfall t.o.m. april", "Prognos helår"],
    ...books.rows.map((r) => [
      r.level,
      r.konto,
      ...r.budgetMonths.map((v) => shown(v, conv)),
      shown(sum(r.budgetMonths), conv),
      shown(through(r.outcomeMonths, 4), conv),
      shown(r.forecast, conv),
    ]),
  ];
  return {
    name: "manadsbudget-kolumner-kr-intakter-positiva",
    about:
      "Månadsbudget som kolumner Jan…Dec under rubriken Budget 2024, Helår, utfall t.o.m. april, intäkter positiva, kr med ören.",
    sheets: [{ name: "Underlag", rows, merges: ["C2:O2"] }],
    books,
    expected: { periodBudget: "months", periodisation: "monthly" },
  };
}

/** Headers that name the month, tkr: `Utfall april 2024` alone (no ack sibling) is the period's outcome. */
export function headersNameTheMonth() {
  const period = { year: 2024, month: 4 };
  const books = makeBooks({ seed: 23, period });
  const conv = { unit: "tkr", sign: "netCostPositive" };
  const rows = [
    ["Delårsrapport april 2024"],
    ["Socialnämnden"],
    ["Belopp i tkr"],
    [],
    [
      "Verksamhetsområde",
      "Konto",
      "Kontonamn",
      "Budget 2024",
      "Budget april 2024 ack",
      "Utfall april 2024",
      "Prognos april 2024",
    ],
    ...books.rows.map((r) => [
      r.level,
      r.konto,
      r.kontoName,
      ...[sum(r.budgetMonths), through(r.budgetMonths, 4), through(r.outcomeMonths, 4), r.forecast].map((v) =>
        shown(v, conv),
      ),
    ]),
  ];
  return {
    name: "rubriker-namnger-manad-tkr",
    about:
      "Rubriker som namnger månaden: Utfall april 2024 (enda utfallskolumnen), Budget april 2024 ack, Prognos april 2024; titel Delårsrapport april 2024.",
    sheets: [{ name: "Delår", rows }],
    books,
    expected: { periodBudget: "months", periodisation: "column" },
  };
}

/** An April 2020 report, tkr, income positive: `Utfall 1904` (last year) beside `Utfall 2004`, `Bokslut 2019`. */
export function yymm2020() {
  const period = { year: 2020, month: 4 };
  const books = makeBooks({ seed: 24, period });
  const conv = { unit: "tkr", sign: "incomePositive" };
  const rows = [
    ["Socialnämnden – ekonomisk uppföljning"],
    ["Belopp i tkr"],
    [],
    ["Nivå", "Konto", "Bokslut 2019", "Budget 2020", "Utfall 1904", "Utfall 2004", "Prognos 2020"],
    ...books.rows.map((r) => [
      r.level,
      r.konto,
      ...[
        sum(r.lastYearMonths),
        sum(r.budgetMonths),
        through(r.lastYearMonths, 4),
        through(r.outcomeMonths, 4),
        r.forecast,
      ].map((v) => shown(v, conv)),
    ]),
  ];
  return {
    name: "aamm-2020-tkr-intakter-positiva",
    about:
      "ÅÅMM-rubriker: Utfall 1904 (samma period i fjol) och Utfall 2004 sida vid sida, Bokslut 2019, linjär budget, intäkter positiva.",
    sheets: [{ name: "Uppföljning", rows }],
    books,
    expected: { periodBudget: "linear", periodisation: "linear" },
  };
}
