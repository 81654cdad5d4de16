import type { EngineOutput } from "../../../src/core/engine";
import { runEngine } from "../../../src/core/engine";
import type { CellValue } from "../../../src/core/model/grid";
import { LSS, errors, ledgerWorkbook, withCode } from "../read/grid-helpers";

/**
 * Money is integer öre in doubles, exact below 2^53 (≈ 90 000 miljarder kronor). These ledgers are
 * absurd on purpose: their sums pass 2^53 on the way and come back, so the final totals look like safe
 * integers while an öre was lost. The engine must refuse them, never report the lost öre.
 */
const HUGE = 50_000_000_000_000; // kr: 5·10^15 öre; two of them pass 2^53 öre

function run(rows: CellValue[][]): EngineOutput {
  return runEngine({
    workbook: ledgerWorkbook(rows),
    period: { year: 2024, month: 4 },
    settings: { inputSign: "netCostPositive" },
  });
}

describe("sums past 2^53 öre are refused, even when they come back", () => {
  it("refuses a ledger whose running sum passes 2^53 and returns to a safe, wrong total", () => {
    // exact annual budget: 0,01 kr; in doubles 10^16 + 1 öre is 10^16, and the total comes out 0
    const out = run([
      [LSS, 5110, HUGE, 0, 0],
      [LSS, 5110, HUGE, 0, 0],
      [LSS, 5110, 0.01, 0, 0],
      [LSS, 5110, -HUGE, 0, 0],
      [LSS, 5110, -HUGE, 0, 0],
    ]);
    expect(out.result).toBeUndefined();
    expect(errors(out).map((i) => i.code)).toEqual(["sum-too-large"]);
  });

  it("gives no verdict on a subtotal from such sums: no false mismatch, the sums are refused", () => {
    const out = run([
      [LSS, 5110, HUGE, 0, 0],
      [LSS, 5110, HUGE, 0, 0],
      [LSS, 5110, 0.01, 0, 0],
      [LSS, 5110, -HUGE, 0, 0],
      [LSS, 5110, -HUGE, 0, 0],
      ["Summa LSS", null, 0.01, 0, 0],
    ]);
    expect(withCode(out, "subtotal-mismatch")).toEqual([]);
    expect(errors(out).map((i) => i.code)).toEqual(["sum-too-large"]);
  });

  it("refuses month columns whose sum in one row passes 2^53 and comes back", () => {
    const out = runEngine({
      workbook: {
        sheets: [
          {
            name: "Underlag",
            rows: [
              ["Anslagsbindningsnivå", "Konto", "Budget 2024", "jan", "feb", "mar", "apr", "Prognos"],
              [LSS, 5110, 100, HUGE, HUGE, 0.01, -HUGE, 100],
              [LSS, 5110, 100, -HUGE, null, null, null, 100],
            ],
          },
        ],
      },
      period: { year: 2024, month: 4 },
      settings: { inputSign: "netCostPositive" },
    });
    expect(out.result).toBeUndefined();
    expect(errors(out).map((i) => i.code)).toEqual(["sum-too-large"]);
  });

  it("counts amounts of up to 2^53 − 1 öre in absolute value, and refuses one öre more (the bound that proves every sum exact)", () => {
    // 2^52 öre and −(2^52 − 1) öre, as text so that each cell is exact: together 2^53 − 1 in magnitude
    const rows: CellValue[][] = [
      [LSS, 5110, "45 035 996 273 704,96", 0, 0],
      [LSS, 5110, "-45 035 996 273 704,95", 0, 0],
    ];
    const exact = run(rows);
    expect(errors(exact)).toEqual([]);
    expect(exact.result?.total.annualBudget).toBe(1);

    const over = run([...rows, [LSS, 5110, 0.01, 0, 0]]);
    expect(over.result).toBeUndefined();
    expect(errors(over).map((i) => i.code)).toEqual(["sum-too-large"]);
  });

  it("takes a real municipality's ledger, with a single row of 10 miljarder kronor, as it is", () => {
    const out = run([
      [LSS, 3901, -10_000_000_000, -3_333_333_333.33, -10_000_000_000],
      ...Array.from({ length: 1000 }, (_, i): CellValue[] => [LSS, 5110, 9_999_999.99 + i, 3_333_333, 1e7]),
    ]);
    expect(errors(out)).toEqual([]);
    expect(out.result).toBeDefined();
  });
});
