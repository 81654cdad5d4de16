import { detectLongSheet } from "../../../src/core/detect/detect-long";
import type { LongPlanning, LongUse } from "../../../src/core/detect/plan-long";
import { planLongSheet } from "../../../src/core/detect/plan-long";
import { scanLongSheet } from "../../../src/core/detect/scan-long";
import type { CellValue } from "../../../src/core/model/grid";
import type { Period } from "../../../src/core/model/period";

type Row = readonly CellValue[];

const HEADER: Row = ["Nivå", "Konto", "Period", "Typ", "Belopp"];

/** Plans the rows for `period`, or for the period the data states. */
function plan(rows: readonly Row[], period?: Period): LongPlanning {
  const sheet = { name: "Data", rows: [HEADER, ...rows] };
  const long = detectLongSheet(sheet);
  if (!long) throw new Error("not long data");
  const scan = scanLongSheet(sheet, long.settings);
  const p = period ?? (scan.period?.year ? { year: scan.period.year, month: scan.period.month } : undefined);
  if (!p) throw new Error("no period");
  return planLongSheet(scan, p);
}

/** A value's use with no comparison: its rows of `month` (0: all) count for `role`. */
function use(role: LongUse["role"], month: number): LongUse {
  return { role, year: 0, month, previousMonth: -1, lastYearOutcome: false, lastYearAnnualOutcome: false };
}

function decision(planning: LongPlanning, role: string) {
  return planning.detection.find((d) => d.role === role);
}

/** Outcome through August 2024, so that the period is 2024-08. */
const OUTCOME: Row[] = [1, 2, 3, 4, 5, 6, 7, 8].map((m) => ["HVO", 5110, 202400 + m, "Utfall", 10]);
const BUDGET: Row[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => [
  "HVO",
  5110,
  202400 + m,
  "Budget",
  12,
]);

describe("planLongSheet: budget and outcome", () => {
  it("the annual budget is the budget months of the year, the period budget those through the period", () => {
    const p = plan([...BUDGET, ...OUTCOME]);
    expect(p.plan.uses.get("budget")).toEqual(use("budget", 0));
    expect(p.plan.uses.get("utfall")).toEqual(use("outcome", 0));
    expect(decision(p, "annualBudget")).toMatchObject({
      chosen: { cell: "D2", header: "Budget" },
      rule: "budget-months-of-year",
      reason: 'summan av budgetmånaderna 2024 i "Budget" (12 månader)',
    });
    expect(decision(p, "periodBudget")).toMatchObject({
      rule: "budget-months-through-period",
      reason: 'budgetmånaderna januari–augusti 2024 i "Budget"',
    });
    expect(decision(p, "outcome")).toMatchObject({
      rule: "outcome-months-through-period",
      reason: 'utfallsmånaderna januari–augusti 2024 i "Utfall"',
    });
    expect(p.issues).toEqual([]);
  });

  it("another year's outcome is never in the outcome", () => {
    const lastYear: Row[] = [
      ["HVO", 5110, 202308, "Utfall", 9],
      ["HVO", 5110, 202312, "Utfall", 9],
    ];
    const p = plan([...BUDGET, ...lastYear, ...OUTCOME]);
    expect(p.lastYearOutcome).toEqual([{ text: "Utfall", cell: "D14", year: 2023, months: [8, 12] }]);
    expect(decision(p, "outcome")?.rejected).toEqual([
      {
        cell: "D14",
        header: "Utfall",
        rule: "last-year",
        reason: "utfall 2023: fjolårets, för jämförelser; räknas inte in i utfallet",
      },
    ]);
  });

  it("two budget values of one year are an error naming both cells, and neither is used", () => {
    const revised: Row[] = [["HVO", 5110, 202401, "Reviderad budget", 15]];
    const p = plan([...BUDGET, ...revised, ...OUTCOME]);
    expect(p.issues).toMatchObject([{ severity: "error", code: "long-kind-ambiguous", cell: "D2" }]);
    expect(p.issues[0]?.message).toContain('"Budget" (D2) och "Reviderad budget" (D14)');
    expect(p.plan.uses.has("budget")).toBe(false);
    expect(p.hasBudget).toBe(false);
  });

  it("a budget that lacks months of the year is warned about", () => {
    const p = plan([...BUDGET.slice(0, 9), ...OUTCOME]);
    expect(p.issues).toMatchObject([{ severity: "warning", code: "long-budget-months-missing", cell: "D2" }]);
    expect(p.issues[0]?.message).toContain("oktober, november, december");
  });
});

describe("planLongSheet: the forecast is the latest version", () => {
  it("the highest version number wins; the earlier is a previous forecast", () => {
    const p = plan([
      ...OUTCOME,
      ["HVO", 5110, 202408, "Prognos 2", 130],
      ["HVO", 5110, 202405, "Prognos 1", 120],
    ]);
    expect(p.plan.uses.get("prognos 2")).toEqual(use("forecast", 8));
    // the earlier version's rows count only as the previous forecast
    expect(p.plan.uses.get("prognos 1")).toEqual({ ...use("forecast", -1), previousMonth: 5 });
    expect(decision(p, "forecast")).toMatchObject({
      chosen: { cell: "D10", header: "Prognos 2" },
      rule: "highest-version",
      reason: 'högsta versionsnumret: "Prognos 2"',
      rejected: [{ cell: "D11", header: "Prognos 1", rule: "previous-forecast" }],
    });
    expect(p.previousForecasts).toEqual([{ text: "Prognos 1", cell: "D11", month: 5, version: 1 }]);
  });

  it("else the latest month up to the period: one value, made in May and in August", () => {
    const p = plan([
      ...OUTCOME,
      ["HVO", 5110, 202405, "Prognos", 120],
      ["HVO", 5110, 202408, "Prognos", 130],
    ]);
    expect(p.plan.uses.get("prognos")).toEqual({ ...use("forecast", 8), previousMonth: 5 });
    expect(decision(p, "forecast")).toMatchObject({
      chosen: { cell: "D11" },
      rule: "latest-version-month",
      reason: 'den senaste prognosen till och med perioden: "Prognos", augusti 2024',
    });
    expect(p.previousForecasts).toEqual([{ text: "Prognos", cell: "D10", month: 5 }]);
  });

  it("else the latest month a value names (Prognos juli, Prognos aug)", () => {
    const p = plan([
      ...OUTCOME,
      ["HVO", 5110, 202408, "Prognos aug 2024", 130],
      ["HVO", 5110, 202408, "Prognos juli 2024", 120],
    ]);
    expect(p.plan.uses.get("prognos aug 2024")).toMatchObject({ role: "forecast" });
    expect(p.previousForecasts).toMatchObject([{ text: "Prognos juli 2024", month: 7 }]);
  });

  it("a forecast made after the period is not the period's", () => {
    const p = plan(
      [...OUTCOME, ["HVO", 5110, 202405, "Prognos", 120], ["HVO", 5110, 202408, "Prognos", 130]],
      {
        year: 2024,
        month: 6,
      },
    );
    expect(p.plan.uses.get("prognos")).toEqual(use("forecast", 5));
    expect(decision(p, "forecast")?.rejected).toMatchObject([
      { cell: "D11", rule: "after-period", reason: "gjord augusti 2024, efter perioden" },
    ]);
  });

  it("a forecast with rows after the last closed month is by month: the year's is all its months", () => {
    const byMonth: Row[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => [
      "HVO",
      5110,
      202400 + m,
      "Prognos",
      11,
    ]);
    const p = plan([...OUTCOME, ...byMonth]);
    expect(p.plan.uses.get("prognos")).toEqual(use("forecast", 0));
    expect(decision(p, "forecast")).toMatchObject({ rule: "forecast-months" });
  });

  it("two forecasts that no rule ranks are an error naming both", () => {
    const p = plan([
      ...OUTCOME,
      ["HVO", 5110, 202408, "Prognos", 130],
      ["HVO", 5110, 202408, "Helårsprognos", 131],
    ]);
    expect(p.issues).toMatchObject([{ severity: "error", code: "long-kind-ambiguous" }]);
    expect(p.issues[0]?.message).toContain('"Prognos" (D10) och "Helårsprognos" (D11)');
    expect(p.hasForecast).toBe(false);
    expect(decision(p, "forecast")).toMatchObject({ chosen: null, rule: "ambiguous" });
  });

  it("no forecast rows: no forecast, and the detection says so", () => {
    const p = plan(OUTCOME);
    expect(p.hasForecast).toBe(false);
    expect(decision(p, "forecast")).toMatchObject({ chosen: null, rule: "no-kind" });
  });
});
