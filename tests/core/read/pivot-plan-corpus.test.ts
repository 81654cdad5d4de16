import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Unit } from "../../../src/core/money";
import type { CellValue, SheetGrid } from "../../../src/core/model/grid";
import type { PivotPlanResult } from "../../../src/core/read/pivot-plan";
import { planPivot } from "../../../src/core/read/pivot-plan";
import { readGridFile } from "../../../src/io/xlsx/read-grid";

/** The corpus's pivots (scripts/corpus/pivots.mjs): the unit and sign each is written in. */
const PIVOTS: { name: string; unit: Unit; incomePositive: boolean }[] = [
  { name: "pivot-kompakt-kr", unit: "kr", incomePositive: false },
  { name: "pivot-tabell-mkr-intakter-positiva", unit: "mkr", incomePositive: true },
  { name: "pivot-disposition-tkr", unit: "tkr", incomePositive: false },
];

const CORPUS = join(__dirname, "..", "..", "fixtures", "corpus");
const ORE_PER: Record<Unit, number> = { kr: 100, tkr: 100_000, mkr: 100_000_000 };

/** A cell in öre, worked out here apart from the engine: the corpus writes plain numbers. */
function ore(value: CellValue | undefined, unit: Unit): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value !== "number") throw new Error(`not a number: ${JSON.stringify(value)}`);
  return BigInt(Math.round(value * ORE_PER[unit]));
}

/** "61865352" or "38406341.51" kronor → öre. */
function oreOfKronor(text: string): bigint {
  const [whole = "0", fraction = ""] = text.replace("-", "").split(".");
  const abs = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
  return text.startsWith("-") ? -abs : abs;
}

/** Header, label and amount columns as a reader would find them: the row with "Summa av …" / "Sum of …". */
function pivotColumns(sheet: SheetGrid): { headerRow: number; labels: number[]; amounts: number[] } {
  const isAmount = (v: CellValue | undefined): boolean =>
    typeof v === "string" && /^(summa av|sum of)\s/i.test(v);
  const headerRow = sheet.rows.findIndex((row) => row?.some(isAmount));
  const header = sheet.rows[headerRow] ?? [];
  const amounts = header.flatMap((v, c) => (isAmount(v) ? [c] : []));
  const labels = Array.from({ length: amounts[0] ?? 0 }, (_, c) => c);
  return { headerRow, labels, amounts };
}

describe.each(PIVOTS)("the corpus pivot $name", ({ name, unit, incomePositive }) => {
  const expected = JSON.parse(readFileSync(join(CORPUS, `${name}.expected.json`), "utf8")) as {
    levels: { name: string; annualBudget: string }[];
  };
  const levelNames = expected.levels.map((l) => l.name);
  let sheet: SheetGrid;
  let columns: ReturnType<typeof pivotColumns>;
  let result: PivotPlanResult;

  beforeAll(async () => {
    const grid = await readGridFile(join(CORPUS, `${name}.xlsx`));
    const first = grid.sheets[0];
    if (!first) throw new Error(`${name} has no sheet`);
    sheet = first;
    columns = pivotColumns(sheet);
    result = planPivot({
      sheet,
      headerRow: columns.headerRow,
      labelColumns: columns.labels,
      amountColumns: columns.amounts,
      unit,
    });
  });

  const amounts = (row: number): bigint[] => columns.amounts.map((c) => ore(sheet.rows[row]?.[c], unit));
  const leaves = (level?: string) =>
    (result.plan?.rows ?? []).filter(
      (r) => r.kind === "leaf" && (level === undefined || r.topLabel === level),
    );
  const sumOf = (rows: readonly { row: number }[]): bigint[] =>
    rows.reduce(
      (acc, r) => acc.map((v, f) => v + (amounts(r.row)[f] ?? 0n)),
      columns.amounts.map(() => 0n),
    );

  it("is planned with two levels and no issue", () => {
    expect(result.issues).toEqual([]);
    expect(result.plan?.depth).toBe(2);
  });

  it("puts every data row under one of the four levels, by an account", () => {
    const rows = result.plan?.rows.filter((r) => r.kind === "leaf" || r.kind === "parent") ?? [];
    expect(rows.length).toBeGreaterThan(30);
    for (const r of rows) expect(levelNames).toContain(r.topLabel);
    for (const r of leaves()) expect(r.leafLabel).toMatch(/^\d{4}$/);
    expect(new Set(leaves().map((r) => r.topLabel))).toEqual(new Set(levelNames));
  });

  it("each level's parent row holds the öre sums of its leaves in every amount column", () => {
    for (const level of levelNames) {
      const parents = (result.plan?.rows ?? []).filter((r) => r.kind === "parent" && r.topLabel === level);
      expect(parents).toHaveLength(1);
      expect(amounts(parents[0]?.row ?? -1)).toEqual(sumOf(leaves(level)));
    }
    const total = result.plan?.rows.find((r) => r.kind === "grandTotal");
    expect(total && amounts(total.row)).toEqual(sumOf(leaves()));
  });

  it("each level's leaves add up to the annual budget the corpus script computed from its true books", () => {
    for (const level of expected.levels) {
      const budget = sumOf(leaves(level.name))[0] ?? 0n;
      expect(incomePositive ? -budget : budget).toBe(oreOfKronor(level.annualBudget));
    }
  });
});
