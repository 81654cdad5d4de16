// System exports (Raindance, Unit4/Agresso, Visma): a title block, code + name dimensions, month and
// accumulated columns side by side, last year's columns, subtotal rows in any text column.
import { LEVELS, ansvarName, makeBooks, sum, verksamhetName } from "./truth.mjs";
import { shown, shownAsText } from "./write.mjs";

const through = (months, p) => sum(months.slice(0, p));

function mappingSheet(name, dimension, pairs) {
  return { name, rows: [[dimension, "Anslagsbindningsnivå"], ...pairs] };
}

/** Raindance-like, kr with öre: `Utfall 202408` (August alone) beside `Utfall ack 202408`; mapping by verksamhet. */
export function raindanceExport() {
  const period = { year: 2024, month: 8 };
  const books = makeBooks({ seed: 11, period, ore: true });
  const conv = { unit: "kr", sign: "netCostPositive" };
  const rows = [
    ["Driftuppföljning Socialnämnden"],
    ["Period: 202408"],
    ["Utskrivet 2024-09-06 08:14"],
    [],
    [
      "Ansvar",
      "Ansvar benämning",
      "Verksamhet",
      "Verksamhet benämning",
      "Konto",
      "Konto benämning",
      "Budget 2024",
      "Budget ack 202408",
      "Utfall 202408",
      "Utfall ack 202408",
      "Utfall ack 202308",
      "Prognos 2024",
    ],
  ];
  const amounts = (rs) => [
    sum(rs.map((r) => sum(r.budgetMonths))),
    sum(rs.map((r) => through(r.budgetMonths, 8))),
    sum(rs.map((r) => r.outcomeMonths[7])),
    sum(rs.map((r) => through(r.outcomeMonths, 8))),
    sum(rs.map((r) => through(r.lastYearMonths, 8))),
    sum(rs.map((r) => r.forecast)),
  ];
  for (const ansvar of [...new Set(books.rows.map((r) => r.ansvar))]) {
    const group = books.rows.filter((r) => r.ansvar === ansvar);
    for (const r of group)
      rows.push([
        Number(r.ansvar),
        ansvarName(r.ansvar),
        Number(r.verksamhet),
        verksamhetName(r.verksamhet),
        Number(r.konto),
        r.kontoName,
        ...amounts([r]).map((v) => shown(v, conv)),
      ]);
    // The subtotal's label stands in the name column, as Raindance prints it.
    rows.push([
      undefined,
      `Summa ansvar ${ansvar}`,
      undefined,
      undefined,
      undefined,
      undefined,
      ...amounts(group).map((v) => shown(v, conv)),
    ]);
  }
  rows.push([
    "Totalt",
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    ...amounts(books.rows).map((v) => shown(v, conv)),
  ]);
  const pairs = LEVELS.flatMap((l) => l.verksamhet.map((v) => [Number(v), l.name]));
  return {
    name: "raindance-export-kr",
    about:
      "Systemexport i kr med ören: månadens och ackumulerat utfall sida vid sida, fjolårets ack, summarader i namnkolumnen, mappning via verksamhet.",
    sheets: [{ name: "Rapport", rows }, mappingSheet("Mappning", "Verksamhet", pairs)],
    books,
    expected: { periodBudget: "months", periodisation: "column" },
  };
}

/** Unit4/Agresso-like, tkr, income positive: YYMM headers (`Ack utfall 2408`, `Ack utfall 2308`), mapping by ansvar. */
export function unit4Export() {
  const period = { year: 2024, month: 8 };
  const books = makeBooks({ seed: 12, period });
  const conv = { unit: "tkr", sign: "incomePositive" };
  const rows = [
    ["Uppföljning per den 31 augusti 2024"],
    ["Belopp i tkr"],
    [],
    [
      "Ansvar",
      "Ansvar (T)",
      "Konto",
      "Konto (T)",
      "Årsbudget",
      "Budget 2408",
      "Ack budget 2408",
      "Utfall 2408",
      "Ack utfall 2408",
      "Ack utfall 2308",
      "Prognos",
    ],
  ];
  for (const r of books.rows)
    rows.push([
      r.ansvar,
      ansvarName(r.ansvar),
      r.konto,
      r.kontoName,
      ...[
        sum(r.budgetMonths),
        r.budgetMonths[7],
        through(r.budgetMonths, 8),
        r.outcomeMonths[7],
        through(r.outcomeMonths, 8),
        through(r.lastYearMonths, 8),
        r.forecast,
      ].map((v) => shown(v, conv)),
    ]);
  const all = books.rows;
  rows.push([
    "Totalsumma",
    undefined,
    undefined,
    undefined,
    ...[
      sum(all.map((r) => sum(r.budgetMonths))),
      sum(all.map((r) => r.budgetMonths[7])),
      sum(all.map((r) => through(r.budgetMonths, 8))),
      sum(all.map((r) => r.outcomeMonths[7])),
      sum(all.map((r) => through(r.outcomeMonths, 8))),
      sum(all.map((r) => through(r.lastYearMonths, 8))),
      sum(all.map((r) => r.forecast)),
    ].map((v) => shown(v, conv)),
  ]);
  const pairs = LEVELS.flatMap((l) => l.ansvar.map((a) => [a, l.name]));
  return {
    name: "unit4-export-tkr-intakter-positiva",
    about:
      "Systemexport i tkr, intäkter positiva: ÅÅMM-rubriker, månad och ack sida vid sida, fjolårets ack, mappning via ansvar.",
    sheets: [{ name: "Agresso", rows }, mappingSheet("Ansvar till nivå", "Ansvar", pairs)],
    books,
    expected: { periodBudget: "months", periodisation: "column" },
  };
}

/**
 * Visma-like, mkr as Swedish text: `Utfall augusti 2024` beside `Utfall jan–aug 2024`, `Bokslut 2023`,
 * forecast versions `Prognos juli 2024` and `Prognos aug 2024`, `S:a …` rows in the level column, linear budget.
 */
export function vismaExport() {
  const period = { year: 2024, month: 8 };
  const books = makeBooks({ seed: 13, period });
  const conv = { unit: "mkr", sign: "netCostPositive" };
  const rows = [
    ["Månadsrapport augusti 2024 – Socialnämnden"],
    ["Belopp i mkr"],
    [
      "Verksamhetsområde",
      "Konto",
      "Kontonamn",
      "Budget 2024",
      "Utfall augusti 2024",
      "Utfall jan–aug 2024",
      "Bokslut 2023",
      "Prognos juli 2024",
      "Prognos aug 2024",
    ],
  ];
  const amounts = (rs) => [
    sum(rs.map((r) => sum(r.budgetMonths))),
    sum(rs.map((r) => r.outcomeMonths[7])),
    sum(rs.map((r) => through(r.outcomeMonths, 8))),
    sum(rs.map((r) => sum(r.lastYearMonths))),
    sum(rs.map((r) => r.previousForecast)),
    sum(rs.map((r) => r.forecast)),
  ];
  for (const level of LEVELS) {
    const group = books.rows.filter((r) => r.level === level.name);
    for (const r of group)
      rows.push([level.name, r.konto, r.kontoName, ...amounts([r]).map((v) => shownAsText(v, conv))]);
    rows.push([
      `S:a ${level.name}`,
      undefined,
      undefined,
      ...amounts(group).map((v) => shownAsText(v, conv)),
    ]);
  }
  return {
    name: "visma-export-mkr-text",
    about:
      "Systemexport i mkr som svensk text: månadens utfall och jan–aug, bokslut i fjol, två prognosversioner, S:a-rader, linjär budget.",
    sheets: [{ name: "Visma", rows }],
    books,
    expected: { periodBudget: "linear", periodisation: "linear" },
  };
}
