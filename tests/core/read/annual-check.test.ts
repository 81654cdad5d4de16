import Decimal from "decimal.js";
import type { Unit } from "../../../src/core/money";
import { moneyFromDecimalString } from "../../../src/core/money";
import type { CellValue } from "../../../src/core/model/grid";
import type { Issue } from "../../../src/core/model/issue";
import { AnnualCheck } from "../../../src/core/read/annual-check";

/**
 * A budget sheet by month (header in row 3): A Ansvar, B Konto, C–N Jan…Dec, O Helår. The reader adds
 * the months (that sum is the annual budget) and passes it; the check reads Helår beside it.
 */
const FIRST_DATA_ROW = 3; // zero-based: row 4
const HELAR = { col: 14, header: "Helår" };

/** The months' sum as the reader has it, computed independently: exact decimals, then öre. */
function monthSum(months: CellValue[], unit: Unit): number {
  const numbers = months.filter((m): m is number => typeof m === "number");
  if (numbers.length === 0) return NaN;
  const total = numbers.reduce((acc, m) => acc.plus(String(m)), new Decimal(0));
  const c = moneyFromDecimalString(total.toFixed(), unit);
  if (c.money === undefined) throw new Error("fixture");
  return c.money;
}

function run(rows: { months: CellValue[]; helar: CellValue }[], unit: Unit): Issue[] {
  const check = new AnnualCheck({ sheet: "Budget 2024", unit, total: HELAR });
  rows.forEach((r, i) => {
    const row: CellValue[] = ["7110", "5110", ...r.months, r.helar];
    check.checkRow(FIRST_DATA_ROW + i, row, monthSum(r.months, unit));
  });
  return check.issues();
}

/** Staff costs in kr with öre: lower in July, higher in December (holiday pay). */
const STAFF = [
  1_512_300.5, 1_512_300.5, 1_512_300.5, 1_512_300.5, 1_512_300.5, 1_650_000, 980_250.25, 1_512_300.5,
  1_512_300.5, 1_512_300.5, 1_512_300.5, 2_100_000,
];
const STAFF_TOTAL = 18_340_954.75; // 9 × 1 512 300,50 + 1 650 000 + 980 250,25 + 2 100 000
/** Income, negative (costs positive), even months. */
const INCOME = Array.from({ length: 12 }, () => -208_333.33);
const INCOME_TOTAL = -2_499_999.96;

describe("Helår beside the budget months is checked against their sum", () => {
  it("gives no issue when every row's Helår is the sum of its months", () => {
    expect(
      run(
        [
          { months: STAFF, helar: STAFF_TOTAL },
          { months: INCOME, helar: INCOME_TOTAL },
          { months: Array.from({ length: 12 }, () => null), helar: null },
        ],
        "kr",
      ),
    ).toEqual([]);
  });

  it("forgives Helår shown in whole tkr beside months with decimals, but not a tkr off", () => {
    const months = [101.4, 101.4, 101.4, 101.4, 101.4, 101.4, 60.2, 101.4, 101.4, 101.4, 101.4, 140.8];
    // the months add up to 1 215,0 tkr
    expect(run([{ months, helar: 1_215 }], "tkr")).toEqual([]);
    const rounded = [50.3, ...Array.from({ length: 11 }, () => 50)]; // 600,3
    expect(run([{ months: rounded, helar: 600 }], "tkr")).toEqual([]);
    expect(run([{ months: rounded, helar: 601 }], "tkr")).toHaveLength(1);
  });

  it("warns once, at the first disagreeing Helår, with how many rows disagree", () => {
    const issues = run(
      [
        { months: STAFF, helar: STAFF_TOTAL },
        { months: INCOME, helar: -2_500_000 }, // whole kronor: 4 öre off is within the rounding shown
        { months: INCOME, helar: -2_520_000 }, // a typo
        { months: STAFF, helar: STAFF_TOTAL - 2_100_000 }, // December left out
      ],
      "kr",
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: "warning",
      code: "annual-total-disagrees",
      sheet: "Budget 2024",
      cell: "O6",
    });
    expect(issues[0]?.message).toContain('"Helår"');
    expect(issues[0]?.message).toContain("2 av 4 rader");
    expect(issues[0]?.message).toContain("−2\u00a0520\u00a0000 kr");
    expect(issues[0]?.message).toContain("−2\u00a0499\u00a0999,96 kr");
  });

  it("does not take Helår in the other sign: it is the same figure, not a deviation", () => {
    expect(run([{ months: STAFF, helar: -STAFF_TOTAL }], "kr")).toHaveLength(1);
  });

  it("checks a Helår on a row with no months (0), and leaves an empty Helår alone", () => {
    const empty = Array.from({ length: 12 }, () => null);
    expect(run([{ months: empty, helar: 45_000 }], "kr").map((i) => i.cell)).toEqual(["O4"]);
    expect(run([{ months: STAFF, helar: null }], "kr")).toEqual([]);
  });
});
