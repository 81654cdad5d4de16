// A PivotTable's output pasted as values, in its three forms: compact, tabular and outline. The
// hierarchy (level, then account) is only in the labels' places and in the numbers: each parent
// carries the sum of its children.
import { LEVELS, makeBooks, sum } from "./truth.mjs";
import { shown } from "./write.mjs";

const through = (months, p) => sum(months.slice(0, p));

/** Per level, per account: the rows summed over ansvar (a pivot's children). */
function byLevelAndAccount(books, fields) {
  return LEVELS.map((level) => {
    const rows = books.rows.filter((r) => r.level === level.name);
    const accounts = [...new Set(rows.map((r) => r.konto))].sort();
    return {
      level: level.name,
      total: fields(rows),
      children: accounts.map((konto) => ({ konto, amounts: fields(rows.filter((r) => r.konto === konto)) })),
    };
  });
}

/** Compact form, kr with öre: every label in one column under `Radetiketter`, children indented. */
export function pivotCompact() {
  const period = { year: 2024, month: 8 };
  const books = makeBooks({ seed: 31, period, ore: true });
  const conv = { unit: "kr", sign: "netCostPositive" };
  const fields = (rs) => [
    sum(rs.map((r) => sum(r.budgetMonths))),
    sum(rs.map((r) => through(r.budgetMonths, 8))),
    sum(rs.map((r) => through(r.outcomeMonths, 8))),
    sum(rs.map((r) => r.forecast)),
  ];
  const rows = [
    ["Period", 202408],
    [],
    [
      "Radetiketter",
      "Summa av Budget 2024",
      "Summa av Budget ack 202408",
      "Summa av Utfall ack 202408",
      "Summa av Prognos 2024",
    ],
  ];
  const indents = [];
  for (const group of byLevelAndAccount(books, fields)) {
    rows.push([group.level, ...group.total.map((v) => shown(v, conv))]);
    for (const child of group.children) {
      indents.push([rows.length, 1]);
      rows.push([Number(child.konto), ...child.amounts.map((v) => shown(v, conv))]);
    }
  }
  rows.push(["Totalsumma", ...fields(books.rows).map((v) => shown(v, conv))]);
  return {
    name: "pivot-kompakt-kr",
    about:
      "Pivottabell i kompakt form (Radetiketter, Summa av …, Totalsumma), nivå med delsumma ovanför sina konton.",
    sheets: [{ name: "Pivot", rows, indents }],
    books,
    expected: { periodBudget: "months", periodisation: "column" },
  };
}

/** Tabular form, mkr, income positive: repeated level labels, `… Summa` rows, linear budget. */
export function pivotTabular() {
  const period = { year: 2024, month: 8 };
  const books = makeBooks({ seed: 32, period });
  const conv = { unit: "mkr", sign: "incomePositive" };
  const fields = (rs) => [
    sum(rs.map((r) => sum(r.budgetMonths))),
    sum(rs.map((r) => through(r.outcomeMonths, 8))),
    sum(rs.map((r) => r.forecast)),
  ];
  const rows = [
    ["Belopp i mkr"],
    [],
    [
      "Anslagsbindningsnivå",
      "Konto",
      "Summa av Budget 2024",
      "Summa av Utfall jan-aug 2024",
      "Summa av Prognos 2024",
    ],
  ];
  for (const group of byLevelAndAccount(books, fields)) {
    for (const child of group.children)
      rows.push([group.level, Number(child.konto), ...child.amounts.map((v) => shown(v, conv))]);
    rows.push([`${group.level} Summa`, undefined, ...group.total.map((v) => shown(v, conv))]);
  }
  rows.push(["Totalsumma", undefined, ...fields(books.rows).map((v) => shown(v, conv))]);
  return {
    name: "pivot-tabell-mkr-intakter-positiva",
    about:
      "Pivottabell i tabellform med upprepade etiketter och raderna '… Summa', mkr, intäkter positiva, linjär budget.",
    sheets: [{ name: "Sammanställning", rows }],
    books,
    expected: { periodBudget: "linear", periodisation: "linear" },
  };
}

/** Outline form, tkr, English labels: the level on its own row with its subtotal, accounts in the next column below. */
export function pivotOutline() {
  const period = { year: 2024, month: 8 };
  const books = makeBooks({ seed: 33, period });
  const conv = { unit: "tkr", sign: "netCostPositive" };
  const fields = (rs) => [
    sum(rs.map((r) => sum(r.budgetMonths))),
    sum(rs.map((r) => through(r.budgetMonths, 8))),
    sum(rs.map((r) => through(r.outcomeMonths, 8))),
    sum(rs.map((r) => r.forecast)),
  ];
  const rows = [
    ["Belopp i tkr"],
    [],
    [
      "Anslagsbindningsnivå",
      "Konto",
      "Sum of Budget 2024",
      "Sum of Budget ack 202408",
      "Sum of Utfall ack 202408",
      "Sum of Prognos 2024",
    ],
  ];
  for (const group of byLevelAndAccount(books, fields)) {
    rows.push([group.level, undefined, ...group.total.map((v) => shown(v, conv))]);
    for (const child of group.children)
      rows.push([undefined, Number(child.konto), ...child.amounts.map((v) => shown(v, conv))]);
  }
  rows.push(["Grand Total", undefined, ...fields(books.rows).map((v) => shown(v, conv))]);
  return {
    name: "pivot-disposition-tkr",
    about:
      "Pivottabell i dispositionsform (engelska etiketter: Sum of …, Grand Total), nivån på egen rad med delsumma, konton i kolumnen intill.",
    sheets: [{ name: "Pivot", rows }],
    books,
    expected: { periodBudget: "months", periodisation: "column" },
  };
}
