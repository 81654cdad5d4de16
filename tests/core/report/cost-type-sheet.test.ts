import { costTypeSheet } from "../../../src/core/report/cost-type-sheet";
import type { ReportSheet } from "../../../src/core/report/layout";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";
import type { Row } from "./report-builder";
import { contextOf, formulaAt, labelsFrom, parseRef, rowOf, valueAt } from "./report-builder";

// In tkr, April, costs positive. Budget / outcome / forecast; the period budget is 4/12 of the budget.
const ROWS: Row[] = [
  ["HVO", 3110, -1200, -500, -1300], // Verksamhetens intäkter, period −400
  ["HVO", 5110, 12000, 4300, 13000], // Personalkostnader, period 4 000
  ["HVO", 6010, 1200, 400, 1200], // Lokalhyror, period 400
  ["IFO", 4610, 6000, 1900, 5500], // Köp av huvudverksamhet, period 2 000
  ["HVO", 8410, 120, 30, 150], // Finansnetto, period 40
  ["HVO", 3911, -12000, -4000, -12000], // Kommunbidrag, period −4 000
  ["IFO", 3911, -6000, -2000, -6000], // Kommunbidrag, period −2 000
];
const SETTINGS: SettingsOverride = { kommunbidragAccounts: ["3911"] };

// Verksamhetens kostnader: 19 200 / period 6 400 / outcome 6 600 / forecast 19 700.
// Nettokostnader (with intäkter): 18 000 / 6 000 / 6 100 / 18 400.
// Årets resultat = net cost + Kommunbidrag + Finansnetto: 18 000 − 18 000 + 120 = 120; period
// 6 000 − 6 000 + 40 = 40; outcome 6 100 − 6 000 + 30 = 130; forecast 18 400 − 18 000 + 150 = 550.
const RESULT = { outcome: 130, periodBudget: 40, forecast: 550, annualBudget: 120 };

const sheetOf = (settings: SettingsOverride = {}, rows: readonly Row[] = ROWS): ReportSheet =>
  costTypeSheet(contextOf({ rows, settings: { ...SETTINGS, ...settings } }));

const byNumber = (a: number, b: number): number => a - b;

/** The rows a formula adds, from "SUM(B8:B10)" or "B8+B11". */
function rowsAdded(formula: string, column: string): number[] {
  const sum = /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(formula);
  if (sum) {
    expect([sum[1], sum[3]]).toEqual([column, column]);
    const from = Number(sum[2]);
    return Array.from({ length: Number(sum[4]) - from + 1 }, (_, i) => from + i);
  }
  expect(formula).toMatch(/^[A-Z]+\d+(\+[A-Z]+\d+)*$/);
  return formula.split("+").map((ref) => {
    const { row, col } = parseRef(ref);
    expect(col).toBe(column.charCodeAt(0) - 65);
    return row;
  });
}

describe("the sheet per cost type", () => {
  it("puts income, costs, their subtotal, the net cost, Kommunbidrag, Finansnetto and the result in order", () => {
    const sheet = sheetOf();
    expect(labelsFrom(sheet, rowOf(sheet, "Verksamhetens intäkter"))).toEqual([
      "Verksamhetens intäkter",
      "Personalkostnader",
      "Lokalhyror",
      "Köp av huvudverksamhet",
      "Verksamhetens kostnader",
      "Verksamhetens nettokostnader",
      "Kommunbidrag",
      "Finansnetto",
      "Årets resultat",
    ]);
  });

  it("has subtotals that add exactly the lines they stand for", () => {
    const sheet = sheetOf();
    const row = (label: string): number => rowOf(sheet, label);
    const added: [string, string[]][] = [
      ["Verksamhetens kostnader", ["Personalkostnader", "Lokalhyror", "Köp av huvudverksamhet"]],
      ["Verksamhetens nettokostnader", ["Verksamhetens intäkter", "Verksamhetens kostnader"]],
      ["Årets resultat", ["Verksamhetens nettokostnader", "Kommunbidrag", "Finansnetto"]],
    ];
    for (const [subtotal, lines] of added)
      for (const column of ["B", "C", "E", "F"])
        expect(
          rowsAdded(formulaAt(sheet, `${column}${row(subtotal)}`).formula, column).sort(byNumber),
        ).toEqual(lines.map(row).sort(byNumber));
  });

  it("with costs positive, shows the result as net cost + Kommunbidrag + Finansnetto", () => {
    const sheet = sheetOf({ reportSign: "netCostPositive" });
    const n = rowOf(sheet, "Årets resultat");
    expect(valueAt(sheet, `B${n}`)).toBe(RESULT.outcome);
    expect(valueAt(sheet, `C${n}`)).toBe(RESULT.periodBudget);
    expect(valueAt(sheet, `E${n}`)).toBe(RESULT.forecast);
    expect(valueAt(sheet, `F${n}`)).toBe(RESULT.annualBudget);
    // Deviations: 40 − 130 = −90 and 120 − 550 = −430, Budget − Utfall.
    expect(formulaAt(sheet, `D${n}`)).toMatchObject({ formula: `C${n}-B${n}`, value: -90 });
    expect(formulaAt(sheet, `G${n}`)).toMatchObject({ formula: `F${n}-E${n}`, value: -430 });
    const net = rowOf(sheet, "Verksamhetens nettokostnader");
    expect([net, net + 1, net + 2].map((r) => valueAt(sheet, `F${r}`))).toEqual([18000, -18000, 120]);
  });

  it("with income positive, shows every amount negated and the deviations as they were", () => {
    const sheet = sheetOf({ reportSign: "incomePositive" });
    const n = rowOf(sheet, "Årets resultat");
    expect(["B", "C", "E", "F"].map((c) => valueAt(sheet, `${c}${n}`))).toEqual([-130, -40, -550, -120]);
    expect(formulaAt(sheet, `D${n}`)).toMatchObject({ formula: `B${n}-C${n}`, value: -90 });
    expect(formulaAt(sheet, `G${n}`)).toMatchObject({ formula: `E${n}-F${n}`, value: -430 });
    const kb = rowOf(sheet, "Kommunbidrag");
    expect(valueAt(sheet, `F${kb}`)).toBe(18000);
    expect(valueAt(sheet, `F${rowOf(sheet, "Verksamhetens intäkter")}`)).toBe(1200);
    expect(valueAt(sheet, `F${rowOf(sheet, "Personalkostnader")}`)).toBe(-12000);
  });

  it("counts accounts it could not classify in the net cost, below the costs", () => {
    const sheet = sheetOf({}, [...ROWS, ["HVO", 9990, 300, 100, 330]]);
    const row = (label: string): number => rowOf(sheet, label);
    expect(row("Ej klassificerade konton")).toBe(row("Verksamhetens kostnader") + 1);
    expect(
      rowsAdded(formulaAt(sheet, `F${row("Verksamhetens nettokostnader")}`).formula, "F").sort(byNumber),
    ).toEqual(
      [row("Verksamhetens intäkter"), row("Verksamhetens kostnader"), row("Ej klassificerade konton")].sort(
        byNumber,
      ),
    );
    // 18 000 + 300 = 18 300; the result 120 + 300 = 420.
    expect(valueAt(sheet, `F${row("Verksamhetens nettokostnader")}`)).toBe(18300);
    expect(valueAt(sheet, `F${row("Årets resultat")}`)).toBe(420);
  });
});
