import fc from "fast-check";
import type { EngineOutput } from "../../../src/core/engine";
import { runEngine } from "../../../src/core/engine";
import type { CellValue, WorkbookGrid } from "../../../src/core/model/grid";

/**
 * Random clean ledgers against a reference that shares no code with the engine: the amounts are
 * generated as integer öre (BigInt), written into cells as a committee would write them — numbers or
 * Swedish text, in kr, tkr or mkr under a note saying which — and the expected figures are BigInt sums
 * of the generated integers, per level, made here. Nothing below imports from src/core but the engine's
 * entry point and its types.
 */

type Unit = "kr" | "tkr" | "mkr";
type Sign = "netCostPositive" | "incomePositive";

const DECIMALS: Record<Unit, number> = { kr: 2, tkr: 5, mkr: 8 };
const NOTE: Record<Unit, string[]> = {
  kr: ["Belopp i kronor", "Belopp i kr"],
  tkr: ["Belopp i tkr", "Belopp i tusentals kronor"],
  mkr: ["Belopp i mkr", "Belopp i miljoner kronor"],
};
const LEVELS = ["Hälsa, vård och omsorg", "Individ- och familjeomsorg", "LSS", "Förskola"];
const KOMMUNBIDRAG = 3901;
/** income, costs, Finansnetto, Kommunbidrag, and one no cost type takes (still part of the level) */
const ACCOUNTS = [3110, 3510, 4610, 5010, 5410, 6010, 7810, 8410, KOMMUNBIDRAG, 9999];
const HEADER = [
  "Anslagsbindningsnivå",
  "Konto",
  "Budget 2024",
  "Budget jan–apr 2024",
  "Utfall jan–apr 2024",
  "Prognos 2024",
];
const PERIOD = { year: 2024, month: 4 };
const FIGURES = [
  "annualBudget",
  "periodBudget",
  "outcome",
  "forecast",
  "periodDeviation",
  "forecastDeviation",
] as const;

type DataRow = { kind: "data"; level: string; account: number; ore: bigint[] };
/** "Summa <level>" with the level's rows so far: the engine checks it and must agree */
type SubtotalRow = { kind: "subtotal" };
type Row = DataRow | SubtotalRow;
/** how each amount cell is written: a number, or text with its separators */
type Style = { text: boolean; minus: string; group: string };

const ore = fc.oneof(
  { arbitrary: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), weight: 4 },
  { arbitrary: fc.bigInt({ min: -100_000n, max: 100_000n }), weight: 2 },
  { arbitrary: fc.constant(0n), weight: 1 },
);
const dataRow: fc.Arbitrary<DataRow> = fc.record({
  kind: fc.constant("data" as const),
  level: fc.constantFrom(...LEVELS),
  account: fc.constantFrom(...ACCOUNTS),
  ore: fc.array(ore, { minLength: 4, maxLength: 4 }),
});
const ledger: fc.Arbitrary<Row[]> = fc.array(
  fc.oneof(
    { arbitrary: dataRow, weight: 8 },
    { arbitrary: fc.constant<SubtotalRow>({ kind: "subtotal" }), weight: 1 },
  ),
  { minLength: 1, maxLength: 25 },
);
const style: fc.Arbitrary<Style> = fc.record({
  text: fc.boolean(),
  minus: fc.constantFrom("-", "\u2212"),
  group: fc.constantFrom("", " ", "\u00a0", "\u202f"),
});
/** one style per cell, drawn from a list reused cyclically */
const styles = fc.array(style, { minLength: 1, maxLength: 8 });
const unit = fc.constantFrom<Unit>("kr", "tkr", "mkr");

/** Exact decimal text of `ore` in `unit`: 123456n in tkr → ["1", "23456"] (whole, fraction). */
function inUnit(value: bigint, u: Unit): { negative: boolean; whole: string; fraction: string } {
  const digits = (value < 0n ? -value : value).toString().padStart(DECIMALS[u] + 1, "0");
  const cut = digits.length - DECIMALS[u];
  return {
    negative: value < 0n,
    whole: digits.slice(0, cut),
    fraction: digits.slice(cut).replace(/0+$/, ""),
  };
}

/** The cell a committee would write for `value` öre in `u`. */
function amountCell(value: bigint, u: Unit, s: Style): CellValue {
  const { negative, whole, fraction } = inUnit(value, u);
  if (!s.text) return Number(`${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, s.group);
  return `${negative ? s.minus : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** The sheet: a title, the unit note, the header, then the rows; every amount times `factor`. */
function writeLedger(
  rows: readonly Row[],
  u: Unit,
  cellStyles: readonly Style[],
  factor: bigint,
): WorkbookGrid {
  const running = new Map<string, bigint[]>();
  let last: string | undefined;
  let cell = 0;
  const write = (v: bigint): CellValue => amountCell(v * factor, u, cellStyles[cell++ % cellStyles.length]!);
  const grid: CellValue[][] = [["Socialnämnden, huvudbok"], [NOTE[u][rows.length % 2]!], [], HEADER];
  for (const row of rows) {
    if (row.kind === "data") {
      const sums = running.get(row.level) ?? [0n, 0n, 0n, 0n];
      running.set(
        row.level,
        sums.map((s, f) => s + (row.ore[f] ?? 0n)),
      );
      last = row.level;
      grid.push([row.level, row.account, ...row.ore.map(write)]);
    } else if (last !== undefined) {
      grid.push([`Summa ${last}`, null, ...(running.get(last) ?? []).map(write)]);
    }
  }
  return { sheets: [{ name: "Huvudbok", rows: grid }] };
}

type Figures = Record<(typeof FIGURES)[number], bigint>;

/** Per level, in the net-cost sign: every row's amounts but Kommunbidrag's, summed as BigInt. */
function reference(rows: readonly Row[]): Map<string, Figures> {
  const sums = new Map<string, bigint[]>();
  for (const row of rows) {
    if (row.kind !== "data") continue;
    const s = sums.get(row.level) ?? [0n, 0n, 0n, 0n];
    sums.set(
      row.level,
      s.map((v, f) => v + (row.account === KOMMUNBIDRAG ? 0n : (row.ore[f] ?? 0n))),
    );
  }
  const out = new Map<string, Figures>();
  for (const [level, [annualBudget = 0n, periodBudget = 0n, outcome = 0n, forecast = 0n]] of sums)
    out.set(level, {
      annualBudget,
      periodBudget,
      outcome,
      forecast,
      periodDeviation: periodBudget - outcome,
      forecastDeviation: annualBudget - forecast,
    });
  return out;
}

function run(grid: WorkbookGrid, inputSign: Sign): EngineOutput {
  return runEngine({
    workbook: grid,
    period: PERIOD,
    settings: { inputSign, kommunbidragAccounts: [String(KOMMUNBIDRAG)] },
  });
}

/** The engine's level figures as BigInt, and its total, checked against the reference. */
function expectReference(out: EngineOutput, expected: Map<string, Figures>): void {
  expect(out.issues.filter((i) => i.severity === "error")).toEqual([]);
  expect(out.issues.map((i) => i.code)).not.toContain("subtotal-mismatch");
  expect(out.issues.map((i) => i.code)).not.toContain("amounts-rounded");
  const result = out.result;
  if (!result) throw new Error("no result");
  const got = new Map(
    result.levels.map((l) => [l.name, Object.fromEntries(FIGURES.map((k) => [k, BigInt(l[k])])) as Figures]),
  );
  expect(got).toEqual(expected);
  for (const k of FIGURES) {
    let total = 0n;
    for (const f of expected.values()) total += f[k];
    expect(BigInt(result.total[k])).toBe(total);
  }
}

const RUNS = { numRuns: 100 };

describe("random clean ledgers against an independent BigInt reference", () => {
  it("every level's budget, outcome, forecast and deviations are the exact sums of its rows", () => {
    fc.assert(
      fc.property(ledger, unit, styles, (rows, u, s) => {
        expectReference(run(writeLedger(rows, u, s, 1n), "netCostPositive"), reference(rows));
      }),
      RUNS,
    );
  });

  it("every amount negated under the opposite sign convention gives the same figures", () => {
    fc.assert(
      fc.property(ledger, unit, styles, (rows, u, s) => {
        const expected = reference(rows);
        expectReference(run(writeLedger(rows, u, s, 1n), "netCostPositive"), expected);
        expectReference(run(writeLedger(rows, u, s, -1n), "incomePositive"), expected);
      }),
      RUNS,
    );
  });

  it("the same ledger written in kr, tkr and mkr, with the note saying which, gives the same öre", () => {
    fc.assert(
      fc.property(
        ledger,
        styles,
        fc.constantFrom<Sign>("netCostPositive", "incomePositive"),
        (rows, s, sign) => {
          const expected = reference(rows);
          const factor = sign === "netCostPositive" ? 1n : -1n;
          for (const u of ["kr", "tkr", "mkr"] as const)
            expectReference(run(writeLedger(rows, u, s, factor), sign), expected);
        },
      ),
      RUNS,
    );
  });
});
