import { detectLongSheet } from "../../../src/core/detect/detect-long";
import type { LongPlanning } from "../../../src/core/detect/plan-long";
import { planLongSheet } from "../../../src/core/detect/plan-long";
import { scanLongSheet } from "../../../src/core/detect/scan-long";
import type { CellValue } from "../../../src/core/model/grid";

type Row = readonly CellValue[];

const HEADER: Row = ["Nivå", "Konto", "Period", "Typ", "Belopp"];

/** Plans the rows for the period the data states (2023-08 below). */
function plan(rows: readonly Row[]): LongPlanning {
  const sheet = { name: "Data", rows: [HEADER, ...rows] };
  const long = detectLongSheet(sheet);
  if (!long) throw new Error("not long data");
  const scan = scanLongSheet(sheet, long.settings);
  if (!scan.period?.year) throw new Error("no period");
  return planLongSheet(scan, { year: scan.period.year, month: scan.period.month });
}

function decision(planning: LongPlanning, role: string) {
  return planning.detection.find((d) => d.role === role);
}

const months = (year: number, from: number, to: number, kind: string): Row[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ["HVO", 5110, year * 100 + from + i, kind, 10]);

/** Budget 2023 and outcome January–August 2023: rows 2–21. */
const YEAR: Row[] = [...months(2023, 1, 12, "Budget"), ...months(2023, 1, 8, "Utfall")];

describe("planLongSheet: the previous forecast", () => {
  it("one value with rows made in July and August: August's is the forecast, July's the previous one", () => {
    const p = plan([...YEAR, ["HVO", 5110, 202307, "Prognos", 120], ["HVO", 5110, 202308, "Prognos", 130]]);
    expect(p.plan.uses.get("prognos")).toMatchObject({ month: 8, previousMonth: 7 });
    expect(p.previousForecast).toEqual({ month: 7, sheet: "Data", cell: "D22", text: "Prognos" });
    expect(decision(p, "previousForecast")).toEqual({
      sheet: "Data",
      role: "previousForecast",
      chosen: { cell: "D22", header: "Prognos" },
      rule: "latest-earlier-version",
      reason: 'den senaste prognosen före den som gäller: "Prognos" (gjord juli 2023)',
      rejected: [],
    });
  });

  it("of three versions the latest earlier one is taken, and the oldest is named as passed over", () => {
    const p = plan([
      ...YEAR,
      ["HVO", 5110, 202305, "Prognos", 110],
      ["HVO", 5110, 202307, "Prognos", 120],
      ["HVO", 5110, 202308, "Prognos", 130],
    ]);
    expect(p.previousForecast).toMatchObject({ month: 7, cell: "D23" });
    expect(decision(p, "previousForecast")?.rejected).toEqual([
      { cell: "D22", header: "Prognos", rule: "older-version", reason: "äldre prognos (gjord maj 2023)" },
    ]);
  });

  it("a numbered version by month names no month: the previous forecast's month is null", () => {
    const byMonth = (kind: string): Row[] => months(2023, 1, 12, kind);
    const p = plan([...YEAR, ...byMonth("Prognos 1"), ...byMonth("Prognos 2")]);
    expect(p.plan.uses.get("prognos 1")).toMatchObject({ month: -1, previousMonth: 0 });
    expect(p.previousForecast).toEqual({ month: null, sheet: "Data", cell: "D22", text: "Prognos 1" });
    expect(decision(p, "previousForecast")?.reason).toContain("summan av månaderna 2023");
  });

  it("two earlier versions that nothing ranks: a warning, and no previous forecast", () => {
    const p = plan([
      ...YEAR,
      ["HVO", 5110, 202307, "Prognos", 120],
      ["HVO", 5110, 202307, "Helårsprognos", 121],
      ["HVO", 5110, 202308, "Prognos", 130],
    ]);
    expect(p.hasForecast).toBe(true);
    expect(p.previousForecast).toBeUndefined();
    expect(p.issues).toMatchObject([{ severity: "warning", code: "long-comparison-ambiguous", cell: "D22" }]);
    expect(p.issues[0]?.message).toContain('"Prognos" (D22) och "Helårsprognos" (D23)');
    expect(decision(p, "previousForecast")).toMatchObject({ chosen: null, rule: "ambiguous" });
    expect([...p.plan.uses.values()].filter((u) => u.previousMonth !== -1)).toEqual([]);
  });

  it("only one version: no previous forecast, and the detection says so", () => {
    const p = plan([...YEAR, ["HVO", 5110, 202308, "Prognos", 130]]);
    expect(p.previousForecast).toBeUndefined();
    expect(decision(p, "previousForecast")).toMatchObject({
      chosen: null,
      rule: "no-previous-version",
      reason: "ingen tidigare prognos för 2023 än den som gäller",
    });
  });
});

describe("planLongSheet: last year's outcome", () => {
  it("all twelve months of 2022: the same period and the full year, from the rows of 2022", () => {
    const p = plan([...YEAR, ...months(2022, 1, 12, "Utfall")]);
    expect(p.lastYear).toEqual({ outcome: true, annualOutcome: true });
    expect(p.plan.uses.get("utfall")).toMatchObject({
      month: 0,
      lastYearOutcome: true,
      lastYearAnnualOutcome: true,
    });
    expect(decision(p, "lastYearOutcome")).toEqual({
      sheet: "Data",
      role: "lastYearOutcome",
      chosen: { cell: "D22", header: "Utfall" },
      rule: "last-year-months-through-period",
      reason: 'utfallsmånaderna januari–augusti 2022 i "Utfall"',
      rejected: [],
    });
    expect(decision(p, "lastYearAnnualOutcome")).toMatchObject({
      chosen: { cell: "D22", header: "Utfall" },
      rule: "last-year-all-months",
      reason: 'alla tolv utfallsmånaderna 2022 i "Utfall"',
    });
  });

  it("January–May 2022 with the period August: neither figure, and the detection names the months missing", () => {
    const p = plan([...YEAR, ...months(2022, 1, 5, "Utfall")]);
    expect(p.lastYear).toEqual({ outcome: false, annualOutcome: false });
    expect(p.plan.uses.get("utfall")).toMatchObject({ lastYearOutcome: false, lastYearAnnualOutcome: false });
    expect(decision(p, "lastYearOutcome")).toMatchObject({
      chosen: null,
      rule: "last-year-months-missing",
      reason: 'utfallet 2022 i "Utfall" saknar juni, juli, augusti; samma period i fjol jämförs inte',
      rejected: [{ cell: "D22", header: "Utfall", rule: "months-missing" }],
    });
    expect(decision(p, "lastYearAnnualOutcome")?.reason).toContain("saknar juni, juli, augusti, september");
    expect(p.issues).toEqual([]);
  });

  it('a value that names last year ("Utfall 2022") is used for it, and only for it', () => {
    const p = plan([...YEAR, ...months(2022, 1, 12, "Utfall 2022")]);
    expect(p.issues).toEqual([]);
    expect(p.lastYear).toEqual({ outcome: true, annualOutcome: true });
    expect(p.plan.uses.get("utfall 2022")).toMatchObject({
      role: "outcome",
      month: -1,
      lastYearOutcome: true,
      lastYearAnnualOutcome: true,
    });
    expect(decision(p, "lastYearOutcome")?.chosen).toEqual({ cell: "D22", header: "Utfall 2022" });
  });

  it("two values with rows of 2022: a warning, and no comparison with last year", () => {
    const p = plan([...YEAR, ...months(2022, 1, 12, "Utfall"), ...months(2022, 1, 12, "Utfall 2022")]);
    expect(p.lastYear).toEqual({ outcome: false, annualOutcome: false });
    expect(p.issues).toMatchObject([{ severity: "warning", code: "long-comparison-ambiguous" }]);
    expect(decision(p, "lastYearOutcome")).toMatchObject({ chosen: null, rule: "ambiguous" });
  });

  it("no rows of last year: neither figure", () => {
    const p = plan(YEAR);
    expect(p.lastYear).toEqual({ outcome: false, annualOutcome: false });
    expect(decision(p, "lastYearAnnualOutcome")).toMatchObject({
      chosen: null,
      rule: "no-kind",
      reason: "inga rader med utfall för 2022",
    });
  });
});
