import { runEngine } from "../../../src/core/engine";
import type { CellValue } from "../../../src/core/model/grid";
import { isBlankItem, isSubtotalLabel, subtotalSubject } from "../../../src/core/values/subtotal-label";
import { HEADER, HVO, IFO, LSS, errors, ledgerWorkbook, levelFigures, withCode } from "./grid-helpers";

describe("subtotal labels", () => {
  it.each([
    ["Summa Hälsa, vård och omsorg"],
    ["S:a LSS"],
    ["Totalt"],
    ["Total"],
    ["  summa:"],
    ["TOTALT för socialnämnden"],
    ["Total HVO"],
    ["Total: renovering"],
    ["Total 510"],
    ["Totalt sett lägre kostnader"],
    ["Totalsumma"],
    ["Grand Total"],
    ["Summa totalt"],
    ["Barn och unga Summa"],
    ["Barn och unga Total"],
    ["LSS Totalt"],
    ["7110 Summa "],
  ])("%j is a subtotal", (label) => {
    expect(isSubtotalLabel(label)).toBe(true);
  });

  it.each([
    ["Totalkostnad"],
    ["Summering av läget"],
    [HVO],
    ["LSS"],
    [""],
    ["Total renovering"],
    ["Total översyn av lokaler"],
    ["Kostnaderna för placeringar ökar med 2 mnkr totalt"],
    ["Lokalvård summa"],
    ["(tom)"],
  ])("%j is data", (label) => {
    expect(isSubtotalLabel(label)).toBe(false);
  });

  it("names the level the subtotal sums", () => {
    expect(subtotalSubject("Summa Hälsa, vård och omsorg")).toBe(HVO);
    expect(subtotalSubject("S:a LSS")).toBe("LSS");
    expect(subtotalSubject("Totalt")).toBe("");
  });

  it("names the item a pivot's subtotal sums, and none for a grand total", () => {
    expect(subtotalSubject("Barn och unga Summa")).toBe("Barn och unga");
    expect(subtotalSubject("Barn och unga Total")).toBe("Barn och unga");
    expect(subtotalSubject("LSS Totalt")).toBe("LSS");
    expect(subtotalSubject("Totalsumma")).toBe("");
    expect(subtotalSubject("Grand Total")).toBe("");
    expect(subtotalSubject("Summa totalt")).toBe("");
  });

  it('"(tom)" and "(blank)" are a pivot\'s empty item', () => {
    expect(isBlankItem("(tom)")).toBe(true);
    expect(isBlankItem(" (blank) ")).toBe(true);
    expect(isBlankItem("(Tom)")).toBe(true);
    expect(isBlankItem("tom")).toBe(false);
    expect(isBlankItem("Tom Andersson")).toBe(false);
  });
});

/** HVO 1 500 / 500 / 1 700, IFO 400 / 120 / 380, LSS 800 / 250 / 900 (budget / outcome / forecast). */
const HVO_ROWS: CellValue[][] = [
  [HVO, 5110, 1000, 300, 1100],
  [HVO, 4610, 500, 200, 600],
];
const IFO_ROWS: CellValue[][] = [[IFO, 5110, 400, 120, 380]];
const LSS_ROWS: CellValue[][] = [[LSS, 5110, 800, 250, 900]];

function expectFiguresWithoutSubtotals(out: ReturnType<typeof runEngine>): void {
  expect(errors(out)).toEqual([]);
  expect(levelFigures(out, HVO)).toEqual({ annualBudget: 150_000, outcome: 50_000, forecast: 170_000 });
  expect(levelFigures(out, LSS)).toEqual({ annualBudget: 80_000, outcome: 25_000, forecast: 90_000 });
  expect(out.result?.levels.map((l) => l.name)).not.toContainEqual(
    expect.stringMatching(/^(summa|s:a|tot)/i),
  );
}

describe("subtotal rows inside the data are checked, never added", () => {
  it("agreeing subtotals per block, and a grand Totalt at the end, give no warning", () => {
    const out = runEngine({
      workbook: ledgerWorkbook([
        ...HVO_ROWS,
        ["Summa Hälsa, vård och omsorg", null, 1500, 500, 1700],
        ...IFO_ROWS,
        ["S:a Individ- och familjeomsorg", null, 400, 120, 380],
        ...LSS_ROWS,
        ["S:a LSS", null, 800, 250, 900],
        [],
        ["Totalt", null, 2700, 870, 2980],
      ]),
    });
    expectFiguresWithoutSubtotals(out);
    expect(withCode(out, "subtotal-mismatch")).toEqual([]);
    expect(out.result?.total).toMatchObject({ annualBudget: 270_000, outcome: 87_000, forecast: 298_000 });
  });

  it("a subtotal of the level it names agrees even when that level's rows are scattered", () => {
    const out = runEngine({
      workbook: ledgerWorkbook([
        HVO_ROWS[0] ?? [],
        ...LSS_ROWS,
        HVO_ROWS[1] ?? [],
        ["Summa Hälsa, vård och omsorg", null, 1500, 500, 1700],
        ["Total", null, 2300, 750, 2600],
      ]),
    });
    expectFiguresWithoutSubtotals(out);
    expect(withCode(out, "subtotal-mismatch")).toEqual([]);
  });

  it("a Totalt row with its amounts stored as text", () => {
    const out = runEngine({
      workbook: ledgerWorkbook([...HVO_ROWS, ...LSS_ROWS, ["Totalt", "", "2 300", "750", "2\u00a0600"]]),
    });
    expectFiguresWithoutSubtotals(out);
    expect(withCode(out, "subtotal-mismatch")).toEqual([]);
  });

  it("a block subtotal that disagrees warns, naming its disagreeing cell", () => {
    const out = runEngine({
      workbook: ledgerWorkbook([
        ...HVO_ROWS,
        ["Summa Hälsa, vård och omsorg", null, 1500, 510, 1700],
        ...LSS_ROWS,
        ["S:a LSS", null, 800, 250, 900],
      ]),
    });
    expectFiguresWithoutSubtotals(out);
    const found = withCode(out, "subtotal-mismatch");
    expect(found).toEqual([expect.objectContaining({ severity: "warning", sheet: "Underlag", cell: "D4" })]);
    expect(found[0]?.message).toContain("Summa Hälsa, vård och omsorg");
    expect(found[0]?.message).toContain("510");
    expect(found[0]?.message).toContain("500");
  });

  it("a subtotal labelled in the account column, beside its level", () => {
    const out = runEngine({
      workbook: ledgerWorkbook([...LSS_ROWS, ...HVO_ROWS, [HVO, "Summa", 1500, 500, 1700]]),
    });
    expectFiguresWithoutSubtotals(out);
    expect(withCode(out, "subtotal-mismatch")).toEqual([]);
  });

  it("a level subtotal that disagrees names the cell", () => {
    const out = runEngine({
      workbook: ledgerWorkbook([
        HVO_ROWS[0] ?? [],
        ...LSS_ROWS,
        HVO_ROWS[1] ?? [],
        ["Summa Hälsa, vård och omsorg", null, 1500, 500, 1600],
      ]),
    });
    expectFiguresWithoutSubtotals(out);
    expect(withCode(out, "subtotal-mismatch")).toEqual([
      expect.objectContaining({ sheet: "Underlag", cell: "E5" }),
    ]);
  });

  it("a grand Totalt that disagrees names the cell and compares with all rows", () => {
    const out = runEngine({
      workbook: ledgerWorkbook([
        ...HVO_ROWS,
        ["Summa Hälsa, vård och omsorg", null, 1500, 500, 1700],
        ...LSS_ROWS,
        ["S:a LSS", null, 800, 250, 900],
        ["Totalt", null, 2400, 750, 2600],
      ]),
    });
    expectFiguresWithoutSubtotals(out);
    const found = withCode(out, "subtotal-mismatch");
    expect(found).toEqual([expect.objectContaining({ sheet: "Underlag", cell: "C7" })]);
    expect(found[0]?.message).toMatch(/2\s400 kr.*2\s300 kr/);
  });

  it("a subtotal in tkr is compared in the sheet's own unit and sign", () => {
    const out = runEngine({
      workbook: {
        sheets: [
          {
            name: "Underlag",
            rows: [
              ["Belopp i tkr"],
              [],
              HEADER,
              [HVO, 3110, -100, -30, -110],
              [HVO, 5110, 1000, 300, 1100],
              ["Summa Hälsa, vård och omsorg", null, 900, 270, 990],
            ],
          },
        ],
      },
    });
    expect(errors(out)).toEqual([]);
    expect(withCode(out, "subtotal-mismatch")).toEqual([]);
    expect(levelFigures(out, HVO)).toEqual({
      annualBudget: 90_000_000,
      outcome: 27_000_000,
      forecast: 99_000_000,
    });
  });
});

describe("a dimension value that begins like a total", () => {
  it('"Total renovering" in a project column is data: counted, with no subtotal warning', () => {
    const out = runEngine({
      workbook: {
        sheets: [
          {
            name: "Underlag",
            rows: [
              [
                "Anslagsbindningsnivå",
                "Projekt",
                "Konto",
                "Budget 2024",
                "Utfall jan-apr 2024",
                "Prognos helår 2024",
              ],
              [HVO, "Ombyggnad kök", 5110, 1000, 300, 1100],
              [HVO, "Total renovering", 5110, 500, 200, 600],
            ],
          },
        ],
      },
    });
    expect(errors(out)).toEqual([]);
    expect(withCode(out, "subtotal-mismatch")).toEqual([]);
    expect(levelFigures(out, HVO)).toEqual({ annualBudget: 150_000, outcome: 50_000, forecast: 170_000 });
  });
});

describe("a subtotal's label in a column no header names", () => {
  it("is checked, not counted, and no error for lacking a level", () => {
    const json = runEngine({
      workbook: {
        sheets: [
          {
            name: "Export",
            rows: [
              ["Anslagsbindningsnivå", "Text", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos"],
              [HVO, "Löner", 5110, 1200, 400, 1250],
              [HVO, "Köp", 4610, 600, 200, 600],
              [null, "Summa hemtjänst", null, 1800, 600, 1850],
            ],
          },
        ],
      },
    });
    expect(errors(json)).toEqual([]);
    expect(json.result?.levels[0]?.annualBudget).toBe(180_000);
    expect(withCode(json, "subtotal-mismatch")).toEqual([]);
  });
});
