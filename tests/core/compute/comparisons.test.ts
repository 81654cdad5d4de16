import { runEngine } from "../../../src/core/engine";
import type { EngineInput } from "../../../src/core/engine";
import type { CellValue } from "../../../src/core/model/grid";
import { toResultJson } from "../../../src/core/result-json";
import type { ResultJson } from "../../../src/core/result-json";
import { snapshotOf } from "../../../src/core/state/forecast-history";
import { STATE_SHEET } from "../../../src/core/state/product-state";

const KULTUR = "Kultur";
const FRITID = "Fritid";

/** A ledger in kronor (costs positive) with the given extra headers and values per row. */
function ledger(
  extra: string[],
  rows: [string, number, number[], CellValue[]][],
  forecast = "Prognos 2024",
): EngineInput["workbook"] {
  return {
    sheets: [
      {
        name: "Huvudbok",
        rows: [
          ["Kultur- och fritidsnämnden"],
          [],
          [
            "Anslagsbindningsnivå",
            "Konto",
            "Budget 2024",
            "Budget jan–aug 2024",
            "Utfall jan–aug 2024",
            forecast,
            ...extra,
          ],
          ...rows.map(([level, account, figures, more]) => [level, account, ...figures, ...more]),
        ],
      },
    ],
  };
}

const ROWS: [string, number, number[]][] = [
  [KULTUR, 3100, [-120_000, -80_000, -90_000.5, -125_000]],
  [KULTUR, 5110, [1_200_000, 800_000, 820_000.25, 1_230_000]],
  [FRITID, 5110, [600_000, 400_000, 410_000, 640_000]],
];

function run(input: EngineInput): ResultJson {
  const json = toResultJson(runEngine({ fallbackYear: 2024, ...input }));
  expect(json.issues.filter((i) => i.severity === "error")).toEqual([]);
  return json;
}

const level = (json: ResultJson, name: string) => json.levels.find((l) => l.name === name);

describe("a previous-forecast column", () => {
  it.each([
    ["Prognos juli 2024", "2024-07"],
    ["Prognos jul", "2024-07"],
    ["Föregående prognos", null],
  ])("%s: compared with its forecast, named as the source", (header, previousPeriod) => {
    const json = run({
      workbook: ledger(
        [header],
        ROWS.map(([l, a, f], i) => [l, a, f, i === 0 ? [-130_000] : i === 1 ? [1_150_000] : [620_000]]),
        "Prognos augusti 2024",
      ),
    });
    expect(json.previousPeriod).toBe(previousPeriod);
    expect(json.previousSource).toEqual({ kind: "column", sheet: "Huvudbok", cell: "G3" });
    // Kultur: budget 1 080 000, forecast 1 105 000, previous forecast 1 020 000
    expect(level(json, KULTUR)).toMatchObject({
      forecastDeviation: "-25000",
      previousForecast: "1020000",
      previousForecastDeviation: "60000",
      forecastDeviationChange: "-85000",
    });
    expect(json.total).toMatchObject({
      previousForecast: "1640000",
      previousForecastDeviation: "40000",
      forecastDeviationChange: "-105000",
    });
    expect(json.costTypes.find((c) => c.name === "Personalkostnader")).toMatchObject({
      previousForecast: "1770000",
      forecastDeviationChange: "-100000",
    });
  });

  it("Prognos helår beside Prognos juli in August: the first is this month's, the second the previous", () => {
    const json = run({
      workbook: ledger(
        ["Prognos juli"],
        ROWS.map(([l, a, f], i) => [l, a, f, i === 0 ? [-130_000] : i === 1 ? [1_150_000] : [620_000]]),
        "Prognos helår",
      ),
    });
    expect(json.previousPeriod).toBe("2024-07");
    expect(json.total).toMatchObject({ forecast: "1745000", previousForecast: "1640000" });
  });

  it("versions by number: Prognos 1 beside Prognos 2 is the previous one, naming no month", () => {
    const json = run({
      workbook: ledger(
        ["Prognos 1"],
        ROWS.map(([l, a, f], i) => [l, a, f, i === 0 ? [-130_000] : i === 1 ? [1_150_000] : [620_000]]),
        "Prognos 2",
      ),
    });
    expect(json.previousPeriod).toBeNull();
    expect(json.previousSource).toEqual({ kind: "column", sheet: "Huvudbok", cell: "G3" });
    expect(json.total?.forecastDeviationChange).toBe("-105000");
  });

  it("wins over the history, and a chosen snapshot wins over it", () => {
    const workbook = ledger(
      ["Prognos juli 2024"],
      ROWS.map(([l, a, f]) => [l, a, f, [f[3] ?? null]]),
      "Prognos augusti 2024",
    );
    const base = runEngine({ workbook, fallbackYear: 2024 });
    if (!base.result) throw new Error("no result");
    const april = { ...snapshotOf(base.result, "2024-05-10 10:00"), period: "2024-04" };
    april.total = { ...april.total, forecast: "1700000", forecastDeviation: "-20000" };
    const fromColumn = run({ workbook, history: [april] });
    expect(fromColumn.previousSource?.kind).toBe("column");
    expect(fromColumn.total?.forecastDeviationChange).toBe("0");
    const chosen = run({ workbook, history: [april], settings: { compareWith: "2024-04" } });
    expect(chosen.previousPeriod).toBe("2024-04");
    expect(chosen.previousSource).toEqual({ kind: "chosen", sheet: STATE_SHEET });
    // −65 000 now against −20 000 then
    expect(chosen.total?.forecastDeviation).toBe("-65000");
    expect(chosen.total?.forecastDeviationChange).toBe("-45000");
  });

  it("refuses a chosen period the history does not keep, or one not earlier in the year", () => {
    const workbook = ledger(
      [],
      ROWS.map(([l, a, f]) => [l, a, f, []]),
    );
    const missing = runEngine({ workbook, fallbackYear: 2024, settings: { compareWith: "2024-04" } });
    expect(missing.result).toBeUndefined();
    expect(missing.issues.map((i) => i.code)).toContain("compare-with-missing");
    const base = runEngine({ workbook, fallbackYear: 2024 });
    if (!base.result) throw new Error("no result");
    const later = snapshotOf(base.result, "2024-09-10 10:00");
    const wrong = runEngine({
      workbook,
      fallbackYear: 2024,
      history: [{ ...later, period: "2024-09" }],
      settings: { compareWith: "2024-09" },
    });
    expect(wrong.result).toBeUndefined();
    expect(wrong.issues.map((i) => i.code)).toContain("compare-with-not-earlier");
  });

  it("compares with the latest earlier snapshot of the same year, never last year's", () => {
    const workbook = ledger(
      [],
      ROWS.map(([l, a, f]) => [l, a, f, []]),
    );
    const base = runEngine({ workbook, fallbackYear: 2024 });
    if (!base.result) throw new Error("no result");
    const at = (period: string) => ({ ...snapshotOf(base.result!, "x"), period });
    expect(run({ workbook, history: [at("2023-12")] }).previousPeriod).toBeNull();
    expect(run({ workbook, history: [at("2024-04"), at("2024-07"), at("2024-09")] }).previousPeriod).toBe(
      "2024-07",
    );
  });
});

describe("last year's columns", () => {
  it.each([
    ["Utfall jan–aug 2023", "Bokslut 2023"],
    ["Utfall 2308", "Utfall 2023"],
    ["Utfall ack 2023", "Bokslut 2023"],
    ["Utfall t.o.m. augusti 2023", "Bokslut 2023"],
    ["Utfall 202308", "Utfall helår 2023"],
    ["Utfall jan-aug 2023", "Utfall 2023"],
    ["Utfall samma period fg år", "Bokslut fg år"],
    ["Utfall motsv. period 2023", "Bokslut 2023"],
    ["Utfall motsv period fg år", "Bokslut fg år"],
  ])("%s is the same period last year and %s the full year", (same, full) => {
    const json = run({
      workbook: ledger(
        [same, full],
        ROWS.map(([l, a, f], i) => [l, a, f, [f[2]! - 1000 * (i + 1), f[0]! + 0.5]]),
      ),
    });
    expect(level(json, KULTUR)).toMatchObject({
      lastYearOutcome: "726999.75",
      lastYearAnnualOutcome: "1080001",
    });
    expect(json.total).toMatchObject({ lastYearOutcome: "1133999.75", lastYearAnnualOutcome: "1680001.5" });
    expect(json.costTypes.find((c) => c.name === "Verksamhetens intäkter")).toMatchObject({
      lastYearOutcome: "-91000.5",
    });
    expect(json.previousSource).toBeNull();
  });

  it("two columns that both read as last year's full year: no comparison, and a warning naming both", () => {
    const out = runEngine({
      workbook: ledger(
        ["Utfall 2023", "Bokslut 2023"],
        ROWS.map(([l, a, f]) => [l, a, f, [f[0] ?? 0, (f[0] ?? 0) + 100]]),
      ),
      fallbackYear: 2024,
    });
    const json = toResultJson(out);
    expect(json.total?.lastYearAnnualOutcome).toBeNull();
    expect(out.issues.find((i) => i.code === "comparison-column-ambiguous")).toMatchObject({
      severity: "warning",
      sheet: "Huvudbok",
      cell: "H3",
    });
    expect(out.issues.find((i) => i.code === "comparison-column-ambiguous")?.message).toContain(
      'kolumn G "Utfall 2023" och kolumn H "Bokslut 2023"',
    );
  });

  it("absent: every comparison is null, never zero", () => {
    const json = run({
      workbook: ledger(
        [],
        ROWS.map(([l, a, f]) => [l, a, f, []]),
      ),
    });
    expect(level(json, FRITID)).toMatchObject({
      lastYearOutcome: null,
      lastYearAnnualOutcome: null,
      previousForecast: null,
      forecastDeviationChange: null,
    });
  });

  it("on one ledger sheet of two is no comparison at all, with a warning naming the other", () => {
    const one = ledger(
      ["Utfall jan–aug 2023"],
      ROWS.map(([l, a, f]) => [l, a, f, [f[2]!]]),
    );
    const other = ledger([], [[FRITID, 4610, [100, 60, 70, 100], []]]);
    const sheets = [one.sheets[0]!, { ...other.sheets[0]!, name: "Huvudbok 2" }];
    const out = runEngine({ workbook: { sheets }, fallbackYear: 2024 });
    const json = toResultJson(out);
    expect(json.total?.lastYearOutcome).toBeNull();
    expect(out.issues.find((i) => i.code === "comparison-partial")).toMatchObject({
      severity: "warning",
      sheet: "Huvudbok 2",
    });
  });
});

describe("the deviations as a percentage of the budget", () => {
  it("takes the period's deviation against the period's budget and the year's against the annual budget", () => {
    const json = run({
      workbook: ledger(
        [],
        ROWS.map(([l, a, f]) => [l, a, f, []]),
      ),
    });
    // Fritid: −10 000 of 400 000 and −40 000 of 600 000
    expect(level(json, FRITID)).toMatchObject({
      periodDeviationPercent: "-2.5",
      forecastDeviationPercent: "-6.6666666666666666667",
    });
  });
});

describe("adjustments (justeringar)", () => {
  const justeringar = (rows: CellValue[][]) => ({
    name: "Justeringar",
    rows: [["Anslagsbindningsnivå", "Text", "Belopp (kr)"], ...rows],
  });

  it("stand beside the period's deviation in the JSON, never in the outcome", () => {
    const base = ledger(
      [],
      ROWS.map(([l, a, f]) => [l, a, f, []]),
    );
    const workbook = {
      sheets: [
        ...base.sheets,
        justeringar([
          [KULTUR, "Upplupen semesterlöneskuld", -12_345.67],
          [FRITID, "Retroaktiv lön", 2_000],
        ]),
      ],
    };
    const json = run({ workbook });
    expect(json.adjustments).toEqual([
      {
        level: KULTUR,
        text: "Upplupen semesterlöneskuld",
        amount: "-12345.67",
        sheet: "Justeringar",
        cell: "C2",
      },
      { level: FRITID, text: "Retroaktiv lön", amount: "2000", sheet: "Justeringar", cell: "C3" },
    ]);
    // Kultur: period deviation 720 000 − 729 999.75 = −9 999.75, less 12 345.67
    expect(level(json, KULTUR)).toMatchObject({
      periodDeviation: "-9999.75",
      adjustedPeriodDeviation: "-22345.42",
      outcome: "729999.75",
    });
    expect(json.total).toMatchObject({ periodDeviation: "-19999.75", adjustedPeriodDeviation: "-30345.42" });
  });

  it("of a level the books lack is an error at its cell, and no report", () => {
    const base = ledger(
      [],
      ROWS.map(([l, a, f]) => [l, a, f, []]),
    );
    const out = runEngine({
      workbook: { sheets: [...base.sheets, justeringar([["Bibliotek", "Fel nivå", 100]])] },
      fallbackYear: 2024,
    });
    expect(out.result).toBeUndefined();
    expect(out.issues.find((i) => i.code === "adjustment-unknown-level")).toMatchObject({
      sheet: "Justeringar",
      cell: "A2",
    });
  });
});

describe("explanations of the forecast change", () => {
  const forklaringar = {
    name: "Förklaringar",
    rows: [
      ["Anslagsbindningsnivå", "Förklaring", "Belopp (kr)", "Avser"],
      [KULTUR, "Fler deltagare", -25_000, "Avvikelse"],
      [KULTUR, "Höjd hyra sedan juli", -60_000, "Prognosförändring"],
    ] as CellValue[][],
  };
  const workbook = (): EngineInput["workbook"] => {
    const base = ledger(
      ["Prognos juli 2024"],
      ROWS.map(([l, a, f], i) => [l, a, f, i === 0 ? [-130_000] : i === 1 ? [1_150_000] : [620_000]]),
      "Prognos augusti 2024",
    );
    return { sheets: [...base.sheets, forklaringar] };
  };

  it("are reconciled against the change, the deviation's against the deviation", () => {
    const json = run({ workbook: workbook() });
    expect(json.explanations.map((e) => e.about)).toEqual(["deviation", "forecastChange"]);
    // Kultur: deviation −25 000 fully explained; change −85 000, of which −60 000 explained
    expect(level(json, KULTUR)).toMatchObject({
      explained: "-25000",
      unexplained: "0",
      changeExplained: "-60000",
      changeUnexplained: "-25000",
    });
    expect(json.total).toMatchObject({ changeExplained: "-60000", changeUnexplained: "-45000" });
  });

  it("with nothing to compare with: listed, not reconciled, and said", () => {
    const base = ledger(
      [],
      ROWS.map(([l, a, f]) => [l, a, f, []]),
    );
    const json = run({ workbook: { sheets: [...base.sheets, forklaringar] } });
    expect(level(json, KULTUR)).toMatchObject({ changeExplained: null, changeUnexplained: null });
    expect(json.issues.find((i) => i.code === "explanation-change-without-previous")).toMatchObject({
      severity: "warning",
      sheet: "Förklaringar",
      cell: "C3",
    });
  });
});

describe("long data: an earlier forecast version and last year's rows", () => {
  const HEADER: CellValue[] = ["Nivå", "Konto", "Period", "Typ", "Belopp"];
  const row = (level: string, account: number, month: number, kind: string, amount: number, year = 2024) => [
    level,
    account,
    year * 100 + month,
    kind,
    amount,
  ];
  const months = (to: number) => Array.from({ length: to }, (_, i) => i + 1);
  const rows: CellValue[][] = [
    HEADER,
    ...months(12).map((m) => row(KULTUR, 5110, m, "Budget", 100_000)),
    ...months(8).map((m) => row(KULTUR, 5110, m, "Utfall", 101_000.5)),
    row(KULTUR, 5110, 7, "Prognos", 1_210_000),
    row(KULTUR, 5110, 8, "Prognos", 1_230_000),
    ...months(12).map((m) => row(KULTUR, 5110, m, "Utfall", 95_000.25, 2023)),
  ];

  it("compares with the version before the latest and with last year, exactly", () => {
    const json = run({ workbook: { sheets: [{ name: "Data", rows }] } });
    expect(json.previousPeriod).toBe("2024-07");
    expect(json.previousSource).toMatchObject({ kind: "column", sheet: "Data" });
    expect(level(json, KULTUR)).toMatchObject({
      forecast: "1230000",
      previousForecast: "1210000",
      forecastDeviationChange: "-20000",
      lastYearOutcome: "760002",
      lastYearAnnualOutcome: "1140003",
    });
  });
});

describe("a forecast made before the period", () => {
  it("is the year's forecast when it is the only one, and the report says it was made earlier", () => {
    const out = runEngine({
      workbook: ledger(
        [],
        ROWS.map(([l, a, f]) => [l, a, f, []]),
        "Prognos juli 2024",
      ),
      fallbackYear: 2024,
    });
    expect(toResultJson(out).total?.forecast).toBe("1745000");
    expect(out.issues.find((i) => i.code === "forecast-made-earlier")).toMatchObject({
      severity: "warning",
      sheet: "Huvudbok",
      cell: "F3",
    });
  });

  it("says nothing when the forecast is the period's own", () => {
    const out = runEngine({
      workbook: ledger(
        [],
        ROWS.map(([l, a, f]) => [l, a, f, []]),
        "Prognos augusti 2024",
      ),
      fallbackYear: 2024,
    });
    expect(out.issues.map((i) => i.code)).not.toContain("forecast-made-earlier");
  });
});
