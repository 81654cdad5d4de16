import type { EmulatedCell } from "../../src/emulator";
import { createSheet, createWorkbook } from "../../src/emulator";
import { workbookEvaluator } from "../../src/harness/evaluate";

function sheetOf(name: string, cells: Record<string, EmulatedCell>) {
  const sheet = createSheet(name);
  for (const [address, cell] of Object.entries(cells)) {
    const column = address.charCodeAt(0) - 65;
    sheet.cells.set(Number(address.slice(1)) - 1, column, cell);
  }
  return sheet;
}

describe("the harness evaluates formulas as Excel would", () => {
  const build = () =>
    createWorkbook([
      sheetOf("Data", { A1: { value: 100 }, A2: { value: -40 }, A3: { formula: "=SUM(A1:A2)" } }),
      sheetOf("Avvikelse per nivå", {
        A1: { formula: "=Data!A3*2" },
        B1: { formula: "=MAX('Avvikelse per nivå'!A1,0)" },
        C1: { formula: "=MIN(Data!A2,0)" },
        D1: { formula: "=IF(A1=0,0,Data!A1/A1)" },
        E1: { formula: "=1/0" },
        F1: { formula: "=G1+1" },
        G1: { formula: "=F1+1" },
        H1: { value: "=text, not a formula" },
      }),
    ]);
  const at = (column: string) => column.charCodeAt(0) - 65;

  it("follows references across sheets, with the functions the report writes", () => {
    const evaluator = workbookEvaluator(build());
    const value = (c: string) => evaluator.valueAt("Avvikelse per nivå", 0, at(c));
    expect(["A", "B", "C", "D", "H"].map((c) => value(c).value)).toEqual([
      120,
      120,
      -40,
      100 / 120,
      "=text, not a formula",
    ]);
    expect(value("E")).toEqual({ value: "#DIV/0!", error: true });
    // A circular reference gives an error rather than a hang.
    expect(value("F").error).toBe(true);
  });

  it("a new evaluator sees a changed cell; an evaluator keeps the results it computed", () => {
    const workbook = build();
    const before = workbookEvaluator(workbook);
    expect(before.valueAt("Data", 2, 0).value).toBe(60);
    workbook.sheets[0]?.cells.set(0, 0, { value: 1000 });
    expect(before.valueAt("Data", 2, 0).value).toBe(60);
    expect(workbookEvaluator(workbook).valueAt("Data", 2, 0).value).toBe(960);
  });
});
