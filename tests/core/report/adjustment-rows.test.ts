import Decimal from "decimal.js";
import { runEngine } from "../../../src/core/engine";
import type { EngineResult } from "../../../src/core/engine";
import type { Money } from "../../../src/core/money";
import type { Adjustment } from "../../../src/core/read/read-adjustments";
import {
  ADJUSTED_RESULT_LABEL,
  PERIOD_RESULT_LABEL,
  adjustmentRows,
} from "../../../src/core/report/adjustment-rows";
import type { ReportSheet } from "../../../src/core/report/layout";
import { levelSheet } from "../../../src/core/report/level-sheet";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";
import { evaluate } from "./formula-eval";
import type { Row } from "./report-builder";
import { GENERATED_AT, cellAt, formulaAt, labelsFrom, ledgerSheets, rowOf, valueAt } from "./report-builder";

// As level-sheet.test.ts, in tkr for April: period deviation HVO −200, IFO +100, total −100 tkr.
const ROWS: Row[] = [
  ["HVO", 5110, 12000, 4300, 13000],
  ["HVO", 3110, -1200, -500, -1300],
  ["IFO", 4610, 6000, 1900, 5500],
];

const adjustment = (level: string, text: string, amount: number, cell: string): Adjustment => ({
  level,
  text,
  amount: amount as Money,
  sheet: "Justeringar",
  cell,
});

// −150,5 tkr and +30 tkr: the period's −100 tkr becomes −220,5 tkr.
const ADJUSTMENTS = [
  adjustment("HVO", "Upplupen semesterlöneskuld", -15_050_000, "C2"),
  adjustment("IFO", "=Retroaktiv lön", 3_000_000, "C3"),
];

/** The engine's result for ROWS with a Justeringar sheet (tkr) holding `adjustments`. */
function resultWith(adjustments: readonly Adjustment[], settings?: SettingsOverride): EngineResult {
  const justeringar = {
    name: "Justeringar",
    rows: [
      ["Anslagsbindningsnivå", "Text", "Belopp (tkr)"],
      ...adjustments.map((a) => [a.level, a.text, new Decimal(a.amount).dividedBy(100_000).toString()]),
    ],
  };
  const out = runEngine({
    workbook: { sheets: [...ledgerSheets({ rows: ROWS }), justeringar] },
    ...(settings ? { settings } : {}),
  });
  if (!out.result) throw new Error(out.issues.map((i) => i.message).join("; "));
  return out.result;
}

const sheetWith = (adjustments: readonly Adjustment[], settings?: SettingsOverride): ReportSheet =>
  levelSheet({ result: resultWith(adjustments, settings), generatedAt: GENERATED_AT }).sheet;

describe("the adjustments on the level sheet", () => {
  it("stand as lines of their own under the table, between the period's result and the result after them", () => {
    const sheet = sheetWith(ADJUSTMENTS);
    const total = rowOf(sheet, "Totalt");
    expect(labelsFrom(sheet, total)).toEqual([
      "Totalt",
      PERIOD_RESULT_LABEL,
      "HVO: Upplupen semesterlöneskuld",
      "IFO: =Retroaktiv lön",
      ADJUSTED_RESULT_LABEL,
    ]);
    // the levels' outcome is untouched: the adjustments are never in it
    expect(valueAt(sheet, `B${total}`)).toBe(5700);
    expect(valueAt(sheet, `D${total}`)).toBe(-100);
  });

  it("start from the table's total period deviation and sum to the exact adjusted result", () => {
    const sheet = sheetWith(ADJUSTMENTS);
    const total = rowOf(sheet, "Totalt");
    const start = rowOf(sheet, PERIOD_RESULT_LABEL);
    expect(formulaAt(sheet, `D${start}`)).toMatchObject({ formula: `D${total}`, value: -100 });
    expect(valueAt(sheet, `D${start + 1}`)).toBe(-150.5);
    expect(valueAt(sheet, `D${start + 2}`)).toBe(30);
    const end = rowOf(sheet, ADJUSTED_RESULT_LABEL);
    const result = formulaAt(sheet, `D${end}`);
    expect(result.formula).toBe(`SUM(D${start}:D${end - 1})`);
    expect(result.value).toBe(-220.5);
    expect(evaluate(result.formula, sheet)).toBeCloseTo(-220.5, 9);
    // a deviation's format: red when negative
    expect(result.format).toContain("[Red]");
    // user text is text, never a formula
    expect(cellAt(sheet, `A${start + 2}`)).toMatchObject({ kind: "text", text: "IFO: =Retroaktiv lön" });
  });

  it("keep the deviation's sign in an income-positive report: positive improves the result", () => {
    const sheet = sheetWith(ADJUSTMENTS, { reportSign: "incomePositive" });
    const start = rowOf(sheet, PERIOD_RESULT_LABEL);
    expect(valueAt(sheet, `D${start}`)).toBe(-100);
    expect(valueAt(sheet, `D${start + 1}`)).toBe(-150.5);
    expect(valueAt(sheet, rowRef(sheet, ADJUSTED_RESULT_LABEL))).toBe(-220.5);
  });

  it("in mnkr keep every öre of the cached values", () => {
    const sheet = sheetWith([adjustment("HVO", "Semesterlöneskuld", -1, "C2")], { reportUnit: "mkr" });
    expect(valueAt(sheet, rowRef(sheet, ADJUSTED_RESULT_LABEL))).toBe(-0.10000001);
  });

  it("say under them when the adjustments sheet stated no unit and the ledger's was assumed", () => {
    const result = Object.assign(resultWith(ADJUSTMENTS), {
      sheetUnits: [
        { sheet: "Justeringar", role: "adjustments" as const, unit: "tkr" as const, assumed: true },
      ],
    });
    const sheet = levelSheet({ result, generatedAt: GENERATED_AT }).sheet;
    const end = rowOf(sheet, ADJUSTED_RESULT_LABEL);
    expect(cellAt(sheet, `A${end + 1}`)).toEqual({
      kind: "text",
      text: "Justeringsbladet anger ingen enhet; beloppen har lästs i tkr som huvudboken.",
      style: "note",
    });
    // no assumed unit, no note
    expect(sheetWith(ADJUSTMENTS).rows.length).toBe(end);
  });

  it("are left out when there are none", () => {
    const sheet = sheetWith([]);
    expect(labelsFrom(sheet, rowOf(sheet, "Totalt"))).toEqual(["Totalt"]);
  });

  it("a line without text names its level alone", () => {
    const rows = adjustmentRows({
      adjustments: [adjustment("LSS", "", 100, "C2")],
      total: { periodDeviation: 0 as Money, adjustedPeriodDeviation: 100 as Money },
      totalRow: 10,
      startRow: 12,
      p: { unit: "tkr", sign: "netCostPositive" },
    });
    expect(rows.map((r) => (r[0]?.kind === "text" ? r[0].text : undefined))).toEqual([
      undefined,
      PERIOD_RESULT_LABEL,
      "LSS",
      ADJUSTED_RESULT_LABEL,
    ]);
    expect(rows[3]?.[3]).toMatchObject({ formula: "SUM(D13:D14)", value: 0.001 });
  });
});

function rowRef(sheet: ReportSheet, label: string): string {
  return `D${rowOf(sheet, label)}`;
}
