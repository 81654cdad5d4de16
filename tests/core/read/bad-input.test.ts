import { runEngine } from "../../../src/core/engine";
import { HVO, IFO, LSS, errors, ledgerWorkbook, levelFigures, withCode } from "./grid-helpers";

describe("bad amounts name the sheet and cell, and stop the report", () => {
  it("text that is not a number", () => {
    const out = runEngine({
      workbook: ledgerWorkbook([
        [HVO, 5110, 1000, 300, 1100],
        [IFO, 5110, "12 kr", 100, 200],
      ]),
    });
    expect(out.result).toBeUndefined();
    expect(withCode(out, "amount-not-a-number")).toEqual([
      expect.objectContaining({ severity: "error", sheet: "Underlag", cell: "C3" }),
    ]);
    expect(withCode(out, "amount-not-a-number")[0]?.message).toContain('"12 kr"');
  });

  it("a boolean in an amount cell", () => {
    const out = runEngine({ workbook: ledgerWorkbook([[HVO, 5110, 1000, true, 1100]]) });
    expect(out.result).toBeUndefined();
    expect(withCode(out, "amount-not-a-number")).toEqual([
      expect.objectContaining({ sheet: "Underlag", cell: "D2" }),
    ]);
  });

  it.each([["#N/A"], ["#REF!"], ["#DIV/0!"]])("the error value %s", (error) => {
    const out = runEngine({
      workbook: ledgerWorkbook([
        [HVO, 5110, 1000, 300, 1100],
        [LSS, 5110, 800, 200, { error }],
      ]),
    });
    expect(out.result).toBeUndefined();
    const found = withCode(out, "amount-error-value");
    expect(found).toEqual([expect.objectContaining({ severity: "error", sheet: "Underlag", cell: "E3" })]);
    expect(found[0]?.message).toContain(error);
  });

  it("a row with amounts but no level", () => {
    const out = runEngine({
      workbook: ledgerWorkbook([
        [HVO, 5110, 1000, 300, 1100],
        [null, 5110, 500, 100, 500],
        ["   ", 4610, 500, 100, 500],
      ]),
    });
    expect(out.result).toBeUndefined();
    expect(withCode(out, "level-missing")).toEqual([
      expect.objectContaining({ severity: "error", sheet: "Underlag", cell: "A3" }),
      expect.objectContaining({ severity: "error", sheet: "Underlag", cell: "A4" }),
    ]);
  });

  it("lists every error, not only the first, on every sheet", () => {
    const workbook = ledgerWorkbook([
      [HVO, 5110, "abc", 300, 1100],
      [IFO, 5110, 1000, { error: "#N/A" }, 1100],
      [null, 5110, 1000, 300, 1100],
      [LSS, 5110, 1000, 300, "1,2,3"],
    ]);
    const second = { name: "Underlag 2", rows: workbook.sheets[0]?.rows ?? [] };
    const out = runEngine({ workbook: { sheets: [...(workbook.sheets ?? []), second] } });
    expect(out.result).toBeUndefined();
    const places = errors(out).map((i) => `${i.code} ${i.sheet ?? ""}!${i.cell ?? ""}`);
    for (const sheet of ["Underlag", "Underlag 2"]) {
      expect(places).toEqual(
        expect.arrayContaining([
          `amount-not-a-number ${sheet}!C2`,
          `amount-error-value ${sheet}!D3`,
          `level-missing ${sheet}!A4`,
          `amount-not-a-number ${sheet}!E5`,
        ]),
      );
    }
    expect(places).toHaveLength(8);
  });

  it("gives a Swedish message for every error", () => {
    const out = runEngine({ workbook: ledgerWorkbook([[HVO, 5110, "abc", { error: "#REF!" }, null]]) });
    for (const i of out.issues) expect(i.message).toMatch(/[a-zåäö]{3}/i);
    expect(withCode(out, "amount-not-a-number")[0]?.message).toBe(
      '"abc" är inget belopp. Skriv ett tal, till exempel 12 345,50, eller lämna cellen tom.',
    );
  });
});

describe("what is not an error", () => {
  it("counts empty amount cells as zero", () => {
    const out = runEngine({
      workbook: ledgerWorkbook([
        [HVO, 5110, 1200, null, 1300],
        [HVO, 4610, null, 400, ""],
        [HVO, 6010, "  ", 100],
        [LSS, 5110, 600],
      ]),
    });
    expect(errors(out)).toEqual([]);
    expect(levelFigures(out, HVO)).toEqual({ annualBudget: 120_000, outcome: 50_000, forecast: 130_000 });
    expect(levelFigures(out, LSS)).toEqual({ annualBudget: 60_000, outcome: 0, forecast: 0 });
  });

  it("a row of zeros without a level carries nothing and is no error", () => {
    const out = runEngine({
      workbook: ledgerWorkbook([
        [HVO, 5110, 1000, 300, 1100],
        [null, null, 0, 0, 0],
        ["", 5110, 0, "0", "0,00"],
      ]),
    });
    expect(errors(out)).toEqual([]);
    expect(out.result?.levels.map((l) => l.name)).toEqual([HVO]);
  });

  it("reads Swedish text amounts exactly", () => {
    const out = runEngine({
      workbook: ledgerWorkbook([
        [HVO, 5110, "12\u00a0345,50", "\u22121 234", "(1 000)"],
        [HVO, 5120, "0,01", "1\u202f000", "2 000,99"],
      ]),
    });
    expect(errors(out)).toEqual([]);
    expect(levelFigures(out, HVO)).toEqual({
      annualBudget: 1_234_551,
      outcome: -23_400,
      forecast: 100_099,
    });
  });

  it("counts hidden rows like any other (the grid has no hidden flag: every row is data)", () => {
    // Row 3 stands for a row the economist has hidden in Excel; the engine cannot tell and must not care.
    const out = runEngine({
      workbook: ledgerWorkbook([
        [HVO, 5110, 1000, 300, 1100],
        [HVO, 5120, 250, 50, 250],
        [HVO, 4610, 1, 1, 1],
      ]),
    });
    expect(errors(out)).toEqual([]);
    expect(levelFigures(out, HVO)).toEqual({ annualBudget: 125_100, outcome: 35_100, forecast: 135_100 });
  });

  it("skips blank and missing rows and ragged short rows", () => {
    const out = runEngine({
      workbook: ledgerWorkbook([undefined, [], [null, null], [HVO, 5110, 1000, 300, 1100], [HVO]]),
    });
    expect(errors(out)).toEqual([]);
    expect(levelFigures(out, HVO)).toEqual({ annualBudget: 100_000, outcome: 30_000, forecast: 110_000 });
  });

  it("warns once per sheet about amounts with fractions of an öre, naming the first", () => {
    const out = runEngine({
      workbook: ledgerWorkbook([
        [HVO, 5110, 1000, 300.004, 1100],
        [HVO, 5120, 0.1 + 0.2, 0, "1,005"],
      ]),
    });
    expect(errors(out)).toEqual([]);
    expect(withCode(out, "amounts-rounded")).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "Underlag", cell: "D2" }),
    ]);
    expect(withCode(out, "amounts-rounded")[0]?.message).toMatch(/^2 belopp/);
    expect(levelFigures(out, HVO)).toEqual({ annualBudget: 100_030, outcome: 30_000, forecast: 110_101 });
  });
});
