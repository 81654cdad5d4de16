import { levelSheet } from "../../../src/core/report/level-sheet";
import type { ReportSheet } from "../../../src/core/report/layout";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";
import type { Row } from "./report-builder";
import {
  cellAt,
  contextOf,
  formulaAt,
  formulaCells,
  labelsFrom,
  parseRef,
  rowOf,
  valueAt,
} from "./report-builder";

// In tkr, April (period budget 4/12), costs positive.
// HVO: staff 12 000 / 4 300 / 13 000, income −1 200 / −500 / −1 300 →
//   budget 10 800, period 4 000 − 400 = 3 600, outcome 3 800, forecast 11 700: −200 and −900.
// IFO: 6 000 / 1 900 / 5 500 → budget 6 000, period 2 000, outcome 1 900, forecast 5 500: +100 and +500.
// Total: budget 16 800, period 5 600, outcome 5 700, forecast 17 200: −100 and −400.
const ROWS: Row[] = [
  ["HVO", 5110, 12000, 4300, 13000],
  ["HVO", 3110, -1200, -500, -1300],
  ["IFO", 4610, 6000, 1900, 5500],
];

const sheetOf = (settings?: SettingsOverride, rows: readonly Row[] = ROWS): ReportSheet =>
  levelSheet(contextOf({ rows, ...(settings ? { settings } : {}) })).sheet;

/** Utfall, Budget, Avvikelse, Prognos, Budget, Avvikelse of a row (B–G), as cached. */
const figuresOf = (sheet: ReportSheet, n: number): number[] =>
  ["B", "C", "D", "E", "F", "G"].map((c) => valueAt(sheet, `${c}${n}`));

describe("the sheet per anslagsbindningsnivå", () => {
  it("has a row per level, then Totalt", () => {
    const sheet = sheetOf();
    const hvo = rowOf(sheet, "HVO");
    expect(labelsFrom(sheet, hvo)).toEqual(["HVO", "IFO", "Totalt"]);
    expect(rowOf(sheet, "Totalt")).toBe(hvo + 2);
  });

  it("with costs positive, computes a deviation as Budget − Utfall and Budget − Prognos", () => {
    const sheet = sheetOf({ reportSign: "netCostPositive" });
    const n = rowOf(sheet, "HVO");
    expect(formulaAt(sheet, `D${n}`).formula).toBe(`C${n}-B${n}`);
    expect(formulaAt(sheet, `G${n}`).formula).toBe(`F${n}-E${n}`);
    expect(figuresOf(sheet, n)).toEqual([3800, 3600, -200, 11700, 10800, -900]);
    expect(figuresOf(sheet, n + 1)).toEqual([1900, 2000, 100, 5500, 6000, 500]);
  });

  it("with income positive, computes a deviation as Utfall − Budget, still negative for a deficit", () => {
    const sheet = sheetOf({ reportSign: "incomePositive" });
    const n = rowOf(sheet, "HVO");
    expect(formulaAt(sheet, `D${n}`).formula).toBe(`B${n}-C${n}`);
    expect(formulaAt(sheet, `G${n}`).formula).toBe(`E${n}-F${n}`);
    expect(figuresOf(sheet, n)).toEqual([-3800, -3600, -200, -11700, -10800, -900]);
    expect(figuresOf(sheet, n + 1)).toEqual([-1900, -2000, 100, -5500, -6000, 500]);
  });

  it("shows mnkr when asked, exact rather than rounded", () => {
    const sheet = sheetOf({ reportUnit: "mkr" });
    const n = rowOf(sheet, "HVO");
    expect(figuresOf(sheet, n)).toEqual([3.8, 3.6, -0.2, 11.7, 10.8, -0.9]);
    // 412,5 tkr of outcome is 0,4125 mnkr: the cell keeps it, the format rounds it.
    const odd = sheetOf({ reportUnit: "mkr" }, [["HVO", 5110, 1200, 412.5, 1250]]);
    expect(valueAt(odd, `B${rowOf(odd, "HVO")}`)).toBe(0.4125);
  });

  it("adds the level rows with SUM in the Totalt row", () => {
    for (const reportSign of ["netCostPositive", "incomePositive"] as const) {
      const sheet = sheetOf({ reportSign });
      const first = rowOf(sheet, "HVO");
      const t = rowOf(sheet, "Totalt");
      for (const c of ["B", "C", "E", "F"])
        expect(formulaAt(sheet, `${c}${t}`).formula).toBe(`SUM(${c}${first}:${c}${t - 1})`);
      const s = reportSign === "incomePositive" ? -1 : 1;
      expect(figuresOf(sheet, t)).toEqual([s * 5700, s * 5600, -100, s * 17200, s * 16800, -400]);
    }
  });

  it("gives deviations a red negative format and plain amounts none", () => {
    const sheet = sheetOf();
    for (const n of [rowOf(sheet, "HVO"), rowOf(sheet, "Totalt")]) {
      for (const c of ["D", "G"]) expect(formatAt(sheet, `${c}${n}`)).toContain("[Red]");
      for (const c of ["B", "C", "E", "F"]) expect(formatAt(sheet, `${c}${n}`)).not.toContain("[Red]");
    }
  });

  it("gives Förbrukningsgrad as utfall / årsbudget, in per cent", () => {
    const sheet = sheetOf({ reportSign: "incomePositive" });
    const n = rowOf(sheet, "HVO");
    const usage = formulaAt(sheet, `H${n}`);
    expect(usage.formula).toBe(`IF(F${n}=0,0,B${n}/F${n})`);
    expect(usage.value).toBeCloseTo(3800 / 10800, 12);
    expect(usage.format).toBe("0 %");
    expect(formulaAt(sheet, `H${rowOf(sheet, "Totalt")}`).value).toBeCloseTo(5700 / 16800, 12);
  });

  it("shows a dash, not a division by zero, for a level without annual budget", () => {
    const sheet = sheetOf(undefined, [
      ["HVO", 5110, 1200, 400, 1200],
      ["HVO", 3110, -1200, -300, -1200],
    ]);
    expect(cellAt(sheet, `H${rowOf(sheet, "HVO")}`)).toMatchObject({ kind: "text", text: "–" });
  });

  it("has formulas that reference only figures of its own table", () => {
    for (const reportSign of ["netCostPositive", "incomePositive"] as const) {
      const sheet = sheetOf({ reportSign });
      const first = rowOf(sheet, "HVO");
      const last = rowOf(sheet, "Totalt");
      const cells = formulaCells(sheet);
      // Per level: two deviations, the förbrukningsgrad, the two deviations in per cent, and the chart's
      // surplus and deficit (hidden columns K and L, of the year's deviation); the total row: every column.
      expect(cells.length).toBe(2 * 7 + 9);
      for (const { formula } of cells) {
        for (const ref of formula.match(/[A-Z]+\d+/g) ?? []) {
          const { row, col } = parseRef(ref);
          expect(row).toBeGreaterThanOrEqual(first);
          expect(row).toBeLessThanOrEqual(last);
          expect(col).toBeGreaterThanOrEqual(1);
          expect(col).toBeLessThanOrEqual(6);
          expect(["number", "formula"]).toContain(cellAt(sheet, ref)?.kind);
        }
      }
    }
  });

  it("keeps a level's name as text, even when it looks like a formula or a number", () => {
    const sheet = sheetOf(undefined, [
      ["=CMD()", 5110, 1200, 400, 1300],
      ["+1", 5110, 600, 200, 600],
      ["@SUM(A1)", 5110, 300, 100, 300],
    ]);
    const n = rowOf(sheet, "=CMD()");
    expect(cellAt(sheet, `A${n}`)).toEqual({ kind: "text", text: "=CMD()", style: "text" });
    expect(cellAt(sheet, `A${n + 1}`)).toEqual({ kind: "text", text: "+1", style: "text" });
    expect(cellAt(sheet, `A${n + 2}`)).toEqual({ kind: "text", text: "@SUM(A1)", style: "text" });
    expect(valueAt(sheet, `G${n}`)).toBe(-100);
  });
});

function formatAt(sheet: ReportSheet, a1: string): string {
  const cell = cellAt(sheet, a1);
  if (cell?.kind === "number" || cell?.kind === "formula") return cell.format;
  throw new Error(`${a1} holds no number`);
}
