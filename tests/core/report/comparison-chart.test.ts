import type { EngineResult } from "../../../src/core/engine";
import type { ReportChart, ReportSheet } from "../../../src/core/report/layout";
import { layoutReport } from "../../../src/core/report/layout-report";
import { seriesRanges } from "../../../src/core/report/chart-series";
import { linkopingMonths } from "./comparison-results";
import { GENERATED_AT, cellAt, columnName, parseRef, rowOf, textOf, valueAt } from "./report-builder";

const LEVELS = [
  "LSS, SFB och HSL",
  "Socialpsykiatri",
  "Vuxna med missbruksproblem",
  "Barn och unga",
  "Gemensam administration",
];

function chartOf(result: EngineResult): { chart: ReportChart; levels: ReportSheet } {
  const layout = layoutReport({ result, generatedAt: GENERATED_AT });
  const chart = layout.sheets.find((s) => s.name === "Sammanfattning")?.charts?.[0];
  const levels = layout.sheets.find((s) => s.name === "Avvikelse per nivå");
  if (!chart || !levels) throw new Error("the report has a chart over the level sheet");
  return { chart, levels };
}

/** The cells of a one-column range, "N8:N17". */
function cellsOf(range: string): string[] {
  const [a = "", b = ""] = range.split(":");
  const from = parseRef(a);
  const to = parseRef(b);
  const refs: string[] = [];
  for (let r = from.row; r <= to.row; r++) refs.push(`${columnName(from.col)}${r}`);
  return refs;
}

describe("the summary's chart: the forecast deviation per level, after August beside after July", () => {
  it("draws a grey bar for July under each level's bar of today, each bar in one series only", async () => {
    const { chart } = chartOf((await linkopingMonths()).august);
    expect(chart.title).toBe(
      "Prognostiserad avvikelse helår per anslagsbindningsnivå, efter augusti och efter juli (tkr)",
    );
    expect(chart.series.map((s) => [s.name, s.color])).toEqual([
      ["Överskott", "FF2E75B6"],
      ["Underskott", "FFC00000"],
      ["Efter juli", "FFA6A6A6"],
    ]);
    expect(chart.cachedCategories).toEqual(LEVELS.flatMap((l) => [l, "efter juli"]));
    const [surplus, deficit, july] = chart.series.map((s) => s.cachedValues);
    // today's deviations (tkr) in the level's own category, July's in the one below it
    const today = chart.cachedCategories.map((_, i) => (surplus?.[i] ?? 0) + (deficit?.[i] ?? 0));
    expect(today).toEqual([-23000, 0, -8000, 0, 7000, 0, -10000, 0, -1000, 0]);
    expect(july).toEqual([0, -19000, 0, -7000, 0, 8000, 0, -6000, 0, -1000]);
    chart.cachedCategories.forEach((_, i) =>
      expect(chart.series.filter((s) => s.cachedValues[i] !== 0).length).toBeLessThanOrEqual(1),
    );
    // taller than July's chart by a bar's rows for each extra bar
    expect(chart.to.row - chart.from.row).toBe(16 + 10 - 4);
  });

  it("reads every bar from hidden cells of the level sheet that show what it cached, as formulas of its figures", async () => {
    const { chart, levels } = chartOf((await linkopingMonths()).august);
    expect(cellsOf(chart.categories.range).map((a1) => textOf(cellAt(levels, a1)))).toEqual(
      chart.cachedCategories,
    );
    seriesRanges(chart).forEach((range, i) =>
      expect(cellsOf(range.range).map((a1) => valueAt(levels, a1))).toEqual(chart.series[i]?.cachedValues),
    );
    const hidden = levels.hiddenColumns ?? [];
    for (const range of [chart.categories, ...seriesRanges(chart)])
      expect(hidden).toContain(parseRef(range.range.split(":")[0] ?? "").col);
    // July's bar of a level is its "Avvikelse efter juli" cell (L), today's its year's deviation (G)
    const n = rowOf(levels, "Socialpsykiatri");
    const [julyRange, deficitRange] = [seriesRanges(chart)[2], seriesRanges(chart)[1]];
    const julyCell = cellsOf(julyRange?.range ?? "")[3] ?? "";
    const todayCell = cellsOf(deficitRange?.range ?? "")[2] ?? "";
    expect(cellAt(levels, julyCell)).toMatchObject({ kind: "formula", formula: `L${n}` });
    expect(cellAt(levels, todayCell)).toMatchObject({ kind: "formula", formula: `MIN(G${n},0)` });
  });

  it("is July's plain chart in July, with nothing to compare with: a bar per level, two series", async () => {
    const { chart } = chartOf((await linkopingMonths()).july);
    expect(chart.series.map((s) => s.name)).toEqual(["Överskott", "Underskott"]);
    expect(chart.cachedCategories).toEqual(LEVELS);
    expect(chart.title).toBe("Prognostiserad avvikelse helår per anslagsbindningsnivå (tkr)");
  });
});
