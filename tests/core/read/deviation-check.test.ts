import { AMOUNT_FIELDS } from "../../../src/core/read/ledger-totals";
import type { Unit } from "../../../src/core/money";
import { moneyFromDecimalString, prorate } from "../../../src/core/money";
import type { Money } from "../../../src/core/money";
import type { CellValue } from "../../../src/core/model/grid";
import type { Issue } from "../../../src/core/model/issue";
import {
  DeviationCheck,
  RAW_ANNUAL,
  RAW_FORECAST,
  RAW_OUTCOME,
  RAW_PERIOD,
  linearShare,
} from "../../../src/core/read/deviation-check";

/**
 * A system export's ledger (header in row 4): A Ansvar, B Konto, C Budget 2024, D Budget ack 202408,
 * E Utfall ack 202408, F Avvikelse ack, G Prognos helår, H Avv. helår. Amounts as the grid holds them.
 */
type Line = {
  annual: CellValue;
  period: CellValue;
  outcome: CellValue;
  forecast: CellValue;
  periodDev?: CellValue;
  yearDev?: CellValue;
};

const FIRST_DATA_ROW = 4; // zero-based: row 5
const COLUMNS = [
  { col: 5, header: "Avvikelse ack" },
  { col: 7, header: "Avv. helår" },
];

/** What the reader puts in `raw` for a cell: öre in the sheet's unit, 0 when empty (read independently with decimal.js). */
function ore(value: CellValue, unit: Unit): number {
  if (value === null) return 0;
  if (typeof value !== "number") throw new Error("amounts in these fixtures are numbers");
  const c = moneyFromDecimalString(String(value), unit);
  if (c.money === undefined) throw new Error(`not an amount: ${value}`);
  return c.money;
}

function run(
  lines: Line[],
  unit: Unit,
  options: { linearMonths?: number; hasForecast?: boolean; columns?: typeof COLUMNS } = {},
): Issue[] {
  const check = new DeviationCheck({
    sheet: "Huvudbok",
    unit,
    columns: options.columns ?? COLUMNS,
    hasForecast: options.hasForecast ?? true,
    ...(options.linearMonths === undefined ? {} : { linearMonths: options.linearMonths }),
  });
  const raw = new Float64Array(4);
  lines.forEach((l, i) => {
    const row: CellValue[] = [
      "7110",
      "5110",
      l.annual,
      l.period,
      l.outcome,
      l.periodDev ?? null,
      l.forecast,
      l.yearDev ?? null,
    ];
    raw[RAW_ANNUAL] = ore(l.annual, unit);
    raw[RAW_PERIOD] = ore(l.period, unit);
    raw[RAW_OUTCOME] = ore(l.outcome, unit);
    raw[RAW_FORECAST] = ore(l.forecast, unit);
    check.checkRow(FIRST_DATA_ROW + i, row, raw);
  });
  return check.issues();
}

/** Costs positive, in tkr with decimals as exported; deviations budget − outcome, shown in whole tkr. */
const NET_COST_TKR: Line[] = [
  // staff: period deviation 60 000 − 62 412,4 = −2 412,4, shown −2 412; year 180 000 − 186 000 = −6 000
  {
    annual: 180_000,
    period: 120_000,
    outcome: 122_412.4,
    forecast: 186_000,
    periodDev: -2_412,
    yearDev: -6_000,
  },
  // rent: exactly on budget
  { annual: 14_400, period: 9_600, outcome: 9_600, forecast: 14_400, periodDev: 0, yearDev: 0 },
  // income (negative): −31 200 budget, −22 950,6 outcome: −20 800 − (−22 950,6) = 2 150,6, shown 2 150,6
  {
    annual: -31_200,
    period: -20_800,
    outcome: -22_950.6,
    forecast: -33_000,
    periodDev: 2_150.6,
    yearDev: 1_800,
  },
  // purchased services: surplus shown as text the way some exports write it
  {
    annual: 96_500.25,
    period: 64_333.5,
    outcome: 61_020.75,
    forecast: 93_000,
    periodDev: "3 313",
    yearDev: "3 500,3",
  },
];

describe("an input Avvikelse column checks the figures row by row", () => {
  it("gives no issue when every row agrees with the period or the full-year deviation", () => {
    expect(run(NET_COST_TKR, "tkr")).toEqual([]);
  });

  it("agrees with deviations of the opposite sign (income positive, Utfall − Budget), in kronor with öre", () => {
    // income positive, costs negative (as Lomma shows them); the export's deviation is outcome − budget
    const lines: Line[] = [
      {
        annual: -4_512_300.5,
        period: -3_008_200.33,
        outcome: -3_121_877.12,
        forecast: -4_690_000,
        periodDev: -113_676.79,
        yearDev: -177_699.5,
      },
      {
        annual: 812_000,
        period: 541_333.33,
        outcome: 560_120,
        forecast: 830_000,
        periodDev: 18_786.67,
        yearDev: 18_000,
      },
    ];
    expect(run(lines, "kr")).toEqual([]);
    // and budget − outcome, the other way round, agrees too
    const flipped = lines.map((l) => ({
      ...l,
      periodDev: -(l.periodDev as number),
      yearDev: -(l.yearDev as number),
    }));
    expect(run(flipped, "kr")).toEqual([]);
  });

  it("warns once, at the first disagreeing cell, naming the column and how many rows disagree", () => {
    const lines = NET_COST_TKR.map((l) => ({ ...l }));
    const staff = lines[0];
    if (!staff) throw new Error("fixture");
    staff.periodDev = -2_512; // a typo of 100 tkr in row 5
    const issues = run(lines, "tkr");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: "warning",
      code: "deviation-column-disagrees",
      sheet: "Huvudbok",
      cell: "F5",
    });
    expect(issues[0]?.message).toContain('"Avvikelse ack"');
    expect(issues[0]?.message).toContain("1 av 4 rader");
    expect(issues[0]?.message).toContain("−2\u00a0512\u00a0000 kr");
    expect(issues[0]?.message).toContain("−2\u00a0412\u00a0400 kr för perioden");
  });

  it("catches the month taken for the period: an accumulated Avvikelse disagrees on every row", () => {
    // the reader took "Utfall 202408" (August alone) as the outcome; the export's Avvikelse ack is
    // Budget ack − Utfall ack, so it is neither deviation of what was read
    const august: Line[] = [
      { annual: 180_000, period: 120_000, outcome: 15_620, forecast: 186_000, periodDev: -2_412 },
      { annual: 14_400, period: 9_600, outcome: 1_200, forecast: 14_400, periodDev: 0 },
      { annual: -31_200, period: -20_800, outcome: -2_600, forecast: -33_000, periodDev: 2_150.6 },
    ];
    const issues = run(august, "tkr");
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["deviation-column-disagrees", "F5"]]);
    // the rent row's 0 is also its full-year deviation (forecast = budget), so it agrees by the rule
    expect(issues[0]?.message).toContain("2 av 3 rader");
  });

  it("gives one warning per deviation column that disagrees", () => {
    const lines = NET_COST_TKR.map((l) => ({ ...l }));
    const rent = lines[1];
    const income = lines[2];
    if (!rent || !income) throw new Error("fixture");
    rent.yearDev = 1_000; // H6
    income.yearDev = 1_801; // H7: one tkr off, more than the rounding of whole tkr forgives
    income.periodDev = 2_150.7; // F7: shown to one decimal, 2 150,6 computed
    const issues = run(lines, "tkr");
    expect(issues.map((i) => i.cell)).toEqual(["F7", "H6"]);
    expect(issues[1]?.message).toContain("2 av 4 rader");
  });

  it("does not check empty cells, dashes or error values: the column is not input", () => {
    const lines: Line[] = [
      { annual: 1_000, period: 600, outcome: 650, forecast: 1_000, periodDev: null, yearDev: "" },
      {
        annual: 1_000,
        period: 600,
        outcome: 650,
        forecast: 1_000,
        periodDev: "–",
        yearDev: { error: "#N/A" },
      },
    ];
    expect(run(lines, "tkr")).toEqual([]);
  });

  it("with linear periodisation, takes the period budget as months/12 of the row's annual budget", () => {
    // April: 4/12 of 100 000,01 kr is 33 333,3366… → 33 333,34; outcome 35 000 → −1 666,66
    const lines: Line[] = [
      { annual: 100_000.01, period: null, outcome: 35_000, forecast: 104_000, periodDev: -1_666.66 },
      { annual: 240_000, period: null, outcome: 79_000, forecast: 240_000, periodDev: 1_000 },
    ];
    expect(run(lines, "kr", { linearMonths: 4 })).toEqual([]);
    // read as if the row held its own (empty) period budget, both rows disagree
    expect(run(lines, "kr")[0]?.message).toContain("2 av 2 rader");
  });

  it("without a forecast, checks against the period deviation only, and says why", () => {
    const lines: Line[] = [
      { annual: 50_000, period: 20_000, outcome: 21_000, forecast: null, periodDev: -1_000, yearDev: 50_000 },
    ];
    const issues = run(lines, "tkr", { hasForecast: false });
    // F agrees; H holds budget − (no forecast), which is no deviation the engine knows
    expect(issues.map((i) => i.cell)).toEqual(["H5"]);
    expect(issues[0]?.message).toContain("prognoskolumn saknas");
  });
});

describe("the rounding rule: equal to the öre, or after rounding to the decimals the cell holds", () => {
  const one = (unit: Unit, outcome: CellValue, periodDev: CellValue): Issue[] =>
    run([{ annual: 0, period: 0, outcome, forecast: null, periodDev }], unit, {
      columns: [COLUMNS[0]!],
      hasForecast: false,
    });

  it.each<[Unit, CellValue, CellValue, boolean]>([
    ["tkr", 1_919.6, 1_920, true], // whole tkr: half a tkr forgiven
    ["tkr", 1_919.5, 1_920, true], // half away from zero
    ["tkr", 1_919.4, 1_920, false],
    ["tkr", 1_919.62, 1_919.6, true], // one decimal shown
    ["tkr", 1_919.66, 1_919.6, false],
    ["tkr", 0.3, 0, true], // 300 kr is 0 tkr
    ["tkr", 0.6, 0, false],
    ["kr", 1_234.56, 1_234.56, true],
    ["kr", 1_234.56, 1_234.5, false], // 1 234,50 is not 1 234,56
    ["kr", 1_234.54, 1_234.5, true], // 1 234,5 shown to one decimal
    ["kr", 1_234.4, 1_234, true], // whole kronor: half a krona forgiven, never more
    ["kr", 1_234.6, 1_234, false],
    ["kr", 1_230, 1_200, false], // trailing zeros are not fewer decimals: never coarser than the unit
    ["mkr", 12.34, 12.3, true],
    ["mkr", 12.36, 12.3, false],
  ])("%s: outcome %p, Avvikelse %p agree: %p", (unit, outcome, shown, agrees) => {
    // outcome − 0 budget: the period deviation is −outcome, and either sign agrees
    expect(one(unit, outcome, shown)).toHaveLength(agrees ? 0 : 1);
  });
});

describe("the reader's raw order and the linear share", () => {
  it("reads raw in the order of AMOUNT_FIELDS", () => {
    expect([RAW_ANNUAL, RAW_PERIOD, RAW_OUTCOME, RAW_FORECAST]).toEqual([
      AMOUNT_FIELDS.indexOf("annualBudget"),
      AMOUNT_FIELDS.indexOf("periodBudget"),
      AMOUNT_FIELDS.indexOf("outcome"),
      AMOUNT_FIELDS.indexOf("forecast"),
    ]);
  });

  it("is prorate's figure, halves away from zero and past the fast path included", () => {
    const annuals = [0, 1, -1, 2, -2, 3, 6, -6, 11, 18, -18, 100_000_01, -33_333_35, 9_007_199_254_740_991];
    for (const annual of annuals)
      for (let months = 1; months <= 12; months++)
        expect([annual, months, linearShare(annual, months)]).toEqual([
          annual,
          months,
          prorate(annual as Money, months, 12),
        ]);
  });
});
