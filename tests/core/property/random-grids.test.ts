import fc from "fast-check";
import type { EngineOutput } from "../../../src/core/engine";
import { runEngine } from "../../../src/core/engine";
import type { Figures } from "../../../src/core/compute/figures";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/core/model/grid";
import type { Period } from "../../../src/core/model/period";
import { toResultJson } from "../../../src/core/result-json";
import { detectSign } from "../../../src/core/detect/detect-sign";

const FIELDS = [
  "annualBudget",
  "periodBudget",
  "outcome",
  "forecast",
  "periodDeviation",
  "forecastDeviation",
] as const satisfies readonly (keyof Figures)[];

const HEADER_WORDS = [
  "Anslagsbindningsnivå",
  "Nivå",
  "Konto",
  "Kontonamn",
  "Verksamhet",
  "Ansvar",
  "Utfall",
  "Utfall jan-apr 2024",
  "Utfall 2404",
  "Ack. utfall",
  "Budget 2024",
  "Årsbudget",
  "Budget jan–apr",
  "Budget ack.",
  "Prognos helår",
  "Helårsprognos",
  "Avvikelse",
  "jan",
  "feb",
  "mar",
  "apr",
  "dec",
  "Förklaring",
  "Belopp, tkr",
  "Belopp i tkr",
  "Summa",
  "Summa Hälsa, vård och omsorg",
  "S:a LSS",
  "Totalt",
  "Total",
  "Kommunbidrag",
  "Underlag per april 2024",
];
const LEVELS = ["Hälsa, vård och omsorg", "Individ- och familjeomsorg", "LSS", "Summa LSS", " ", ""];
const ACCOUNTS = ["3110", "3510", "3901", "4610", "4510", "5110", "6010", "7810", "8410", "9999", "51"];
const TEXT_NUMBERS = [
  "12 345,5",
  "\u22121\u00a0234",
  "1\u202f234",
  "(1 234)",
  "1234.5",
  "1,2,3",
  "12 kr",
  "-0",
];

const errorValue = fc.constantFrom<CellValue>({ error: "#N/A" }, { error: "#REF!" }, { error: "#DIV/0!" });

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  {
    arbitrary: fc.constantFrom<CellValue>(...HEADER_WORDS, ...LEVELS, ...ACCOUNTS, ...TEXT_NUMBERS),
    weight: 4,
  },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", minLength: 500, maxLength: 3000 }), weight: 1 },
  { arbitrary: fc.constantFrom<CellValue>("=SUM(A1)", "=A1+B2", "#N/A", "-", "()", "\u00a0"), weight: 1 },
  { arbitrary: fc.integer({ min: -1e9, max: 1e9 }), weight: 3 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e300, 0.1 + 0.2, 1.005), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: errorValue, weight: 1 },
  { arbitrary: fc.constant(null), weight: 3 },
);

const sheetName = fc.oneof(
  fc.constantFrom("Underlag", "Budget", "Mappning", "Förklaringar", ""),
  fc.string(),
);

/** Anything at all: ragged, sparse rows of any cells. */
const chaoticSheet: fc.Arbitrary<SheetGrid> = fc.record({
  name: sheetName,
  rows: fc.sparseArray(fc.option(fc.sparseArray(anyCell, { maxLength: 10 }), { nil: undefined }), {
    maxLength: 25,
  }),
});

const amount: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.integer({ min: -5_000_000, max: 5_000_000 }), weight: 6 },
  { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 2 },
  { arbitrary: fc.constant(null), weight: 2 },
  { arbitrary: anyCell, weight: 1 },
);
const cleanAmount: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.integer({ min: -5_000_000, max: 5_000_000 }), weight: 6 },
  { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 2 },
  { arbitrary: fc.constantFrom<CellValue>(...TEXT_NUMBERS.filter((t) => !/kr|,.*,/.test(t))), weight: 1 },
  { arbitrary: fc.constant(null), weight: 2 },
);
/** A data row; noisy rows may hold anything, clean ones only levels, subtotals, accounts and numbers. */
function dataRow(noisy: boolean): fc.Arbitrary<CellValue[]> {
  const level = fc.constantFrom<CellValue>(...LEVELS.slice(0, 3), "Summa LSS", "Totalt");
  const account = fc.constantFrom<CellValue>(...ACCOUNTS);
  const a = noisy ? amount : cleanAmount;
  const noise = (arb: fc.Arbitrary<CellValue>): fc.Arbitrary<CellValue> =>
    noisy ? fc.oneof({ arbitrary: arb, weight: 8 }, { arbitrary: anyCell, weight: 1 }) : arb;
  return fc.tuple(noise(level), noise(account), a, a, a, a);
}
/** Something like a ledger (or explanations): a known header under random title rows, then data rows. */
const ledgerSheet = (noisy: boolean): fc.Arbitrary<SheetGrid> =>
  fc
    .record({
      name: sheetName,
      title: fc.array(fc.array(anyCell, { maxLength: 3 }), { maxLength: 3 }),
      header: fc.tuple(
        fc.constantFrom<CellValue>("Anslagsbindningsnivå", "Nivå", ...(noisy ? ["Verksamhet", "Konto"] : [])),
        fc.constantFrom<CellValue>("Konto", "Kontonamn", null),
        fc.constantFrom<CellValue>(
          "Budget 2024",
          "Årsbudget",
          ...(noisy ? ["Budget jan-apr", "Avvikelse"] : []),
        ),
        fc.constantFrom<CellValue>("Utfall jan-apr 2024", "Utfall 2404", "Utfall", "apr", "jan"),
        fc.constantFrom<CellValue>("Prognos helår", "Helårsprognos", "Belopp", null),
        fc.constantFrom<CellValue>("Budget jan-apr", "mar", "Förklaring", null),
      ),
      data: fc.array(dataRow(noisy), { maxLength: 20 }),
    })
    .map(({ name, title, header, data }) => ({ name, rows: [...title, header, ...data] }));

const workbook: fc.Arbitrary<WorkbookGrid> = fc.oneof(
  fc.record({ sheets: fc.array(fc.oneof(ledgerSheet(true), chaoticSheet), { maxLength: 4 }) }),
  fc.record({ sheets: fc.array(ledgerSheet(false), { minLength: 1, maxLength: 2 }) }),
);

const period: fc.Arbitrary<Period | undefined> = fc.option(
  fc.record({ year: fc.integer({ min: 2020, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) }),
  { nil: undefined },
);

function isMoney(v: number): boolean {
  return Number.isSafeInteger(v) && !Object.is(v, -0);
}

function checkOutput(out: EngineOutput): void {
  expect(Array.isArray(out.issues)).toBe(true);
  for (const i of out.issues) {
    expect(["error", "warning"]).toContain(i.severity);
    expect(typeof i.code).toBe("string");
    expect(i.message.trim()).not.toBe("");
    expect(i.message).toMatch(/[a-zåäö]{2}/i);
    expect(i.message).not.toMatch(/undefined|\[object Object\]/);
  }
  const r = out.result;
  if (!r) {
    expect(out.issues.some((i) => i.severity === "error")).toBe(true);
    return;
  }
  expect(out.issues.filter((i) => i.severity === "error")).toEqual([]);
  const operating = r.costTypes.filter((c) => c.group !== "kommunbidrag");
  for (const f of FIELDS) {
    expect(isMoney(r.total[f])).toBe(true);
    for (const l of r.levels) expect(isMoney(l[f])).toBe(true);
    for (const c of r.costTypes) expect(isMoney(c[f])).toBe(true);
    expect(r.levels.reduce((s, l) => s + l[f], 0)).toBe(r.total[f]);
    expect(operating.reduce((s, c) => s + c[f], 0)).toBe(r.total[f]);
  }
  for (const l of [...r.levels, r.total]) {
    expect(isMoney(l.explained) && isMoney(l.unexplained)).toBe(true);
    expect(l.unexplained).toBe(l.forecastDeviation - l.explained);
    expect(l.periodDeviation).toBe(l.periodBudget - l.outcome);
    expect(l.forecastDeviation).toBe(l.annualBudget - l.forecast);
  }
  const json = toResultJson(out);
  for (const l of json.levels) for (const f of FIELDS) expect(l[f]).toMatch(/^-?(0|[1-9]\d*)(\.\d{1,2})?$/);
}

describe("random grids never break the engine", () => {
  it("returns a result with consistent sums, or issues, for any grid", () => {
    let results = 0;
    fc.assert(
      fc.property(workbook, period, fc.option(fc.integer({ min: 2000, max: 2100 })), (wb, p, year) => {
        const out = runEngine({
          workbook: wb,
          ...(p ? { period: p } : {}),
          ...(year !== null ? { fallbackYear: year } : {}),
        });
        checkOutput(out);
        if (out.result) results++;
      }),
      { numRuns: 300 },
    );
    expect(results).toBeGreaterThan(0);
  });

  it("never throws on a single chaotic sheet", () => {
    fc.assert(
      fc.property(chaoticSheet, (sheet) => {
        checkOutput(runEngine({ workbook: { sheets: [sheet] }, period: { year: 2024, month: 4 } }));
      }),
      { numRuns: 300 },
    );
  });

  it("detects the sign while it reads as detectSign does on its own, with the figures of the sign given", () => {
    let detected = 0;
    fc.assert(
      fc.property(workbook, (wb) => {
        const period = { year: 2024, month: 4 };
        const out = runEngine({ workbook: wb, period });
        if (!out.result) return;
        const ledgers = (out.settings.sheets ?? []).flatMap((layout) => {
          const sheet = wb.sheets.find((s) => s.name === layout.name);
          return layout.role === "ledger" && sheet ? [{ sheet, layout }] : [];
        });
        const sign = detectSign(ledgers);
        if (sign) detected++;
        // where the accounts and notes do not tell, the engine goes on to the net budget's sign (or asks)
        if (sign) expect(out.settings.inputSign).toBe(sign);
        const given = runEngine({ workbook: wb, period, settings: { inputSign: out.settings.inputSign } });
        expect(given.result?.levels).toEqual(out.result.levels);
        expect(given.result?.costTypes).toEqual(out.result.costTypes);
      }),
      { numRuns: 300 },
    );
    expect(detected).toBeGreaterThan(0);
  });
});
