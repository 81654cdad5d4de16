import { layoutReport } from "../../../src/core/report/layout-report";
import { seriesRanges } from "../../../src/core/report/chart-series";
import type { ReportLayout, ReportSheet } from "../../../src/core/report/layout";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";
import { evaluate, halfLastDigit } from "./formula-eval";
import type { Ledger } from "./report-builder";
import { cellAt, columnName, contextOf, parseRef, textOf } from "./report-builder";

// Uneven amounts in tkr, with öre, so that periodisation rounds and shown sums can differ from exact ones.
const LEDGER: Ledger = {
  title: "Socialnämnden – underlag",
  rows: [
    ["HVO", 3110, -1234.56, -411.11, -1300.01],
    ["HVO", 5110, 12345.67, 4199.99, 13001.49],
    ["HVO", 6010, 1000.01, 333.34, 1000.01],
    ["HVO", 3911, -12111.12, -4037.04, -12111.12],
    ["IFO", 4610, 6000.5, 1899.49, 5499.51],
    ["IFO", 4510, 777.77, 250.25, 800],
    ["IFO", 3911, -6778.27, -2259.42, -6778.27],
    ["LSS", 5110, 2999.99, 1000.49, 2800.5],
    ["LSS", 8410, 12.34, 4.5, 13.5],
    ["LSS", 9990, 0.4, 0.1, 0.4],
  ],
  explanations: [
    ["HVO", "Ökade färdtjänstkostnader", -499.5],
    ["HVO", "Vakanta tjänster", 250.25],
    ["IFO", "Lägre kostnader för tolkar", 300.4],
    ["LSS", "Vakanta tjänster", 199.6],
    ["Fritid", "Fler besökare", 100],
  ],
  settings: { kommunbidragAccounts: ["3911"] },
};

const VARIANTS: SettingsOverride[] = [
  { reportSign: "netCostPositive", reportUnit: "tkr" },
  { reportSign: "incomePositive", reportUnit: "tkr" },
  { reportSign: "netCostPositive", reportUnit: "mkr" },
  { reportSign: "incomePositive", reportUnit: "mkr" },
];

const layoutOf = (settings: SettingsOverride): ReportLayout =>
  layoutReport(contextOf({ ...LEDGER, settings: { ...LEDGER.settings, ...settings } }));

function sheetNamed(layout: ReportLayout, name: string): ReportSheet {
  const sheet = layout.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The cells of a one-column or one-row range, "G8:G10". */
function cellsOf(range: string): string[] {
  const [a = "", b = ""] = range.split(":");
  const from = parseRef(a);
  const to = parseRef(b);
  const refs: string[] = [];
  for (let r = from.row; r <= to.row; r++)
    for (let c = from.col; c <= to.col; c++) refs.push(`${columnName(c)}${r}`);
  return refs;
}

describe.each(VARIANTS)("every sheet of the report (%o)", (settings) => {
  const layout = layoutOf(settings);

  it("has the sheets a committee expects", () => {
    expect(layout.sheets.map((s) => s.name)).toEqual([
      "Sammanfattning",
      "Avvikelse per nivå",
      "Driftredovisning",
      "Viktigaste förklaringar",
    ]);
  });

  it("has formulas whose cached values are what they compute, to half the last digit shown", () => {
    let count = 0;
    for (const sheet of layout.sheets) {
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell?.kind !== "formula") return;
          count++;
          const where = `${sheet.name}!${columnName(c)}${r + 1}: ${cell.formula}`;
          const computed = evaluate(cell.formula, sheet);
          const off = Math.abs(computed - cell.value);
          if (off > halfLastDigit(cell.format))
            throw new Error(`${where} computes ${computed}, cached ${cell.value}`);
        }),
      );
    }
    // Levels (3 × 3 + 7, the chart's 3 × 2, the percentages 4 × 2), cost types (8 lines × 2 + 3 subtotals × 6),
    // explanations (3 totals + 1).
    expect(count).toBe(16 + 6 + 8 + 34 + 4);
  });

  it("has charts whose cached labels and values are the cells they show", () => {
    const charts = layout.sheets.flatMap((s) => s.charts ?? []);
    expect(charts).toHaveLength(1);
    for (const chart of charts) {
      const labels = sheetNamed(layout, chart.categories.sheet);
      const values = sheetNamed(layout, chart.values.sheet);
      expect(cellsOf(chart.categories.range).map((a1) => textOf(cellAt(labels, a1)))).toEqual(
        chart.cachedCategories,
      );
      seriesRanges(chart).forEach((range, i) => {
        expect(
          cellsOf(range.range).map((a1) => {
            const cell = cellAt(values, a1);
            return cell?.kind === "formula" || cell?.kind === "number" ? cell.value : undefined;
          }),
        ).toEqual(chart.series[i]?.cachedValues);
      });
      expect(chart.cachedCategories).toEqual(["HVO", "IFO", "LSS"]);
    }
  });

  it("draws each bar in one series only: the surplus and the deficit of a level add up to its deviation", () => {
    const chart = layout.sheets.flatMap((s) => s.charts ?? [])[0];
    if (!chart) throw new Error("the report has a chart");
    const [surplus, deficit] = chart.series;
    expect(chart.series.map((s) => s.name)).toEqual(["Överskott", "Underskott"]);
    expect(surplus?.cachedValues.every((v) => v >= 0)).toBe(true);
    expect(deficit?.cachedValues.every((v) => v <= 0)).toBe(true);
    const levels = sheetNamed(layout, "Avvikelse per nivå");
    const deviations = cellsOf(chart.categories.range.replace(/A/g, "G")).map((a1) => {
      const cell = cellAt(levels, a1);
      return cell?.kind === "formula" ? cell.value : NaN;
    });
    deviations.forEach((deviation, i) => {
      const parts = [surplus?.cachedValues[i] ?? NaN, deficit?.cachedValues[i] ?? NaN];
      expect(parts.filter((v) => v !== 0).length).toBeLessThanOrEqual(1);
      expect((parts[0] ?? NaN) + (parts[1] ?? NaN)).toBe(deviation);
    });
  });
});

describe("the test's formula evaluator", () => {
  const n = (value: number): ReportSheet["rows"][number][number] => ({
    kind: "number",
    value,
    format: "#,##0",
  });
  const sheet: ReportSheet = {
    name: "T",
    rows: [
      [n(10), n(4), n(0)],
      [n(2.5), { kind: "text", text: "x" }],
    ],
    columnWidths: [],
    merges: [],
    freeze: { rows: 0, columns: 0 },
    gridlines: true,
    page: { orientation: "portrait", paperSize: "A4", fitTo: { width: 1, height: 0 } },
  };

  it("computes the shapes the layout writes", () => {
    expect(evaluate("A1-B1", sheet)).toBe(6);
    expect(evaluate("SUM(A1:A2)", sheet)).toBe(12.5);
    expect(evaluate("A1+B1+A2", sheet)).toBe(16.5);
    expect(evaluate("IF(C1=0,0,A1/C1)", sheet)).toBe(0);
    expect(evaluate("IF(B1=0,0,A1/B1)", sheet)).toBe(2.5);
    expect(evaluate("0", sheet)).toBe(0);
  });

  it("refuses a reference to text or to an empty cell", () => {
    expect(() => evaluate("A1+B2", sheet)).toThrow(/B2/);
    expect(() => evaluate("SUM(A1:A3)", sheet)).toThrow(/A3/);
  });

  it("gives half the last digit a format shows", () => {
    expect(halfLastDigit("#,##0;[Red]-#,##0")).toBe(0.5);
    expect(halfLastDigit("#,##0.0;-#,##0.0")).toBeCloseTo(0.05, 12);
    expect(halfLastDigit("0%")).toBeCloseTo(0.005, 12);
  });
});
