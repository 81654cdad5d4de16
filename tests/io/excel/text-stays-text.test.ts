import type { CellScalar, EmulatedSheet } from "../../../src/emulator";
import { createSheet, createWorkbook, formulaCells, snapshot } from "../../../src/emulator";
import type { ReportLayout, ReportSheet } from "../../../src/core/report/layout";
import { REPORT_STYLES } from "../../../src/core/report/styles";
import { readProductState } from "../../../src/core/state/product-state";
import { toResultJson } from "../../../src/core/result-json";
import type { ExplanationsSheet } from "../../../src/core/settings/settings";
import { appendExplanation } from "../../../src/io/excel/edit-explanations";
import { asExcelText, excelTextCell } from "../../../src/io/excel/excel-text";
import { readWorkbookGrid } from "../../../src/io/excel/read-workbook";
import { writeReport } from "../../../src/io/excel/write-report";
import { analyseWorkbook } from "../../../src/taskpane/workflow";
import { emulated } from "./emulated-excel";

/** Texts Excel would turn into a number, a date, a boolean, a percentage or a formula if typed. */
const LOOKALIKES = [
  "010",
  "2024-06-30",
  "2024-05-13 09:00",
  "TRUE",
  "false",
  "5%",
  "-5",
  "+46 8 123 45",
  "=SUMMA(A1:A2)",
  "@kommun",
  "'citerat'",
  "''",
  " 12 ",
];

function sheetOf(name: string, rows: CellScalar[][]): EmulatedSheet {
  const sheet = createSheet(name);
  rows.forEach((row, r) => row.forEach((value, c) => sheet.cells.set(r, c, { value })));
  return sheet;
}

function labelsSheet(texts: readonly string[]): ReportSheet {
  return {
    name: "Etiketter",
    rows: [texts.map((text) => ({ kind: "text" as const, text, style: "text" as const }))],
    columnWidths: [],
    merges: [],
    freeze: { rows: 0, columns: 0 },
    gridlines: true,
    page: { orientation: "portrait", paperSize: "A4", fitTo: { width: 1, height: 0 } },
  };
}

describe("text the product writes stays that text in Excel", () => {
  it("a report label that looks like a number, a date, a boolean or a formula is written and read back as written", async () => {
    const { emulator, port } = emulated(createWorkbook([sheetOf("Data", [["x"]])]));
    const layout: ReportLayout = { sheets: [labelsSheet(LOOKALIKES)], styles: REPORT_STYLES };
    await writeReport(port.run, layout, { capabilities: port.capabilities, ownSheets: [] });
    expect(snapshot(emulator.workbook, "Etiketter")).toEqual([LOOKALIKES]);
    expect(formulaCells(emulator.workbook, "Etiketter")).toEqual({});
    const read = (await readWorkbookGrid(port.run)).sheets.find((s) => s.name === "Etiketter");
    expect(read?.rows[0]).toEqual(LOOKALIKES);
  });

  it("an explanation's level code 010 stays 010 and still matches its level", async () => {
    const workbook = createWorkbook([
      sheetOf("Huvudbok", [
        ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
        ["010", 5010, 1200, 500, 1300],
        ["020", 5010, 800, 200, 700],
      ]),
      sheetOf("Förklaringar", [["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr"]]),
    ]);
    const list: ExplanationsSheet = {
      name: "Förklaringar",
      role: "explanations",
      headerRow: 1,
      unit: "tkr",
      columns: { level: "A", text: "B", amount: "C" },
    };
    const { emulator, port } = emulated(workbook);
    await appendExplanation(port.run, list, { level: "010", text: "2024-06-30: vikarier", amount: 100 });
    expect(snapshot(emulator.workbook, "Förklaringar")[1]).toEqual(["010", "2024-06-30: vikarier", 100]);
    const analysis = await analyseWorkbook(port);
    expect(analysis.output.issues.map((i) => i.code)).not.toContain("explanation-unknown-level");
    const json = toResultJson(analysis.output);
    expect(json.explanations).toEqual([expect.objectContaining({ level: "010", cell: "C2" })]);
    const amount = json.explanations[0]?.amount;
    expect(json.levels.find((l) => l.name === "010")).toMatchObject({ explained: amount });
  });

  it("the state sheet's JSON survives, whatever its chunks begin with", async () => {
    const { port } = emulated(createWorkbook([sheetOf("Data", [["x"]])]));
    // Chunks are 32 000 characters: these make the second and third begin with "=" and "-".
    const prefix = '{"version":1,"settings":{"note":"';
    const first = "x".repeat(32_000 - prefix.length);
    const settings = {
      note: `${first}=SUMMA(A1)${"y".repeat(31_990)}-5%`,
      dates: ["2024-06-30"],
      flag: "TRUE",
    };
    const layout: ReportLayout = { sheets: [labelsSheet(["Rapport"])], styles: REPORT_STYLES };
    await writeReport(port.run, layout, { capabilities: port.capabilities, ownSheets: [], settings });
    const { state, issue } = readProductState(await readWorkbookGrid(port.run));
    expect(issue).toBeUndefined();
    expect(state).toEqual({ version: 1, settings, reportSheets: ["Etiketter"] });
  });
});

describe("the two ways of writing text, on their own", () => {
  it("excelTextCell: the text format first, then the text, reads back as written; an apostrophe goes to a General cell", async () => {
    const { emulator, port } = emulated(createWorkbook([sheetOf("Data", [])]));
    const cells = LOOKALIKES.map(excelTextCell);
    expect(excelTextCell("010")).toEqual({ value: "010", numberFormat: "@" });
    expect(excelTextCell("'citerat'")).toEqual({ value: "''citerat'", numberFormat: "General" });
    await port.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 0, 1, cells.length);
      range.numberFormat = [cells.map((c) => c.numberFormat)];
      range.values = [cells.map((c) => c.value)];
      await context.sync();
    });
    expect(snapshot(emulator.workbook, "Data")).toEqual([LOOKALIKES]);
    expect(snapshot(emulator.workbook, "Data", "formulas")).toEqual([LOOKALIKES]);
  });

  it("asExcelText: in a General cell the apostrophe is consumed, and the text reads back as written", async () => {
    const { emulator, port } = emulated(createWorkbook([sheetOf("Data", [])]));
    await port.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 0, 1, LOOKALIKES.length);
      range.values = [LOOKALIKES.map(asExcelText)];
      await context.sync();
    });
    expect(snapshot(emulator.workbook, "Data")).toEqual([LOOKALIKES]);
    expect(formulaCells(emulator.workbook, "Data")).toEqual({});
    const read = (await readWorkbookGrid(port.run)).sheets.find((s) => s.name === "Data");
    expect(read?.rows[0]).toEqual(LOOKALIKES);
    expect(asExcelText("")).toBe("");
  });
});
