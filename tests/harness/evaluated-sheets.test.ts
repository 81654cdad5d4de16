import ExcelJS from "exceljs";
import { join } from "node:path";
import { findSheet } from "../../src/emulator";
import { layoutReport } from "../../src/core/report/layout-report";
import { workbookEvaluator } from "../../src/harness/evaluate";
import { cellText } from "../../src/harness/number-format";
import { writeReportCopy } from "../../src/io/xlsx/write-report-copy";
import { analyseWorkbook, generateReport } from "../../src/taskpane/workflow";
import { emulated, exampleWorkbook } from "../io/excel/emulated-excel";
import { tempDir } from "../helpers/xlsx";

const NBSP = "\u00a0";

/**
 * What Swedish Excel shows for a number under the report's formats ("#,##0;[Red]-#,##0", "#,##0.0;…",
 * "0 %"), worked out apart from the harness: Intl's Swedish digits in the format's section, with
 * the format's literals (its hyphen-minus too).
 */
function swedishDisplay(value: number, format: string): string {
  const sections = format.split(";");
  const negative = value < 0 && sections.length > 1;
  // A third section is for zero ("#,##0;-#,##0;" leaves a zero empty, as the chart's columns do).
  const section =
    (value === 0 && sections.length > 2 ? sections[2] : negative ? sections[1] : sections[0]) ?? "";
  const decimals = /\.(0+)/.exec(section)?.[1]?.length ?? 0;
  const percent = section.includes("%");
  const digits = new Intl.NumberFormat("sv-SE", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: section.includes(","),
  }).format(Math.abs(percent ? value * 100 : value));
  const text = section
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[#0][#0,]*(\.0+)?/, digits)
    .replace(/["\\]/g, "");
  return value < 0 && !negative ? `-${text}` : text;
}

async function bothCopies() {
  const { emulator, port } = emulated(await exampleWorkbook());
  const result = (await analyseWorkbook(port)).output.result;
  if (!result) throw new Error("the example gives a result");
  const done = await generateReport(port, {}, () => undefined);
  const sheets = done.written?.sheets ?? [];
  const file = join(tempDir(), "rapport.xlsx");
  await writeReportCopy(
    new ExcelJS.Workbook(),
    layoutReport({ result, generatedAt: "2024-05-13 09:00" }),
    file,
    {
      previous: [],
    },
  );
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(file);
  return { workbook: emulator.workbook, sheets, copy };
}

describe("the harness shows the report's sheets as Excel would", () => {
  it("every formula of every report sheet evaluates to the value the command line's copy caches, shown in Swedish", async () => {
    const { workbook, sheets, copy } = await bothCopies();
    expect(sheets.length).toBeGreaterThanOrEqual(4);
    const evaluator = workbookEvaluator(workbook);
    let compared = 0;
    for (const name of sheets) {
      const sheet = findSheet(workbook, name);
      const ws = copy.getWorksheet(name);
      if (!sheet || !ws) throw new Error(`both copies have the sheet ${name}`);
      sheet.cells.forEach((cell, row, column) => {
        if (cell.formula === undefined) return;
        const theirs = ws.getCell(row + 1, column + 1);
        const where = `${name}!${theirs.address}`;
        // exceljs 4.4.0 reads a cached zero (<v>0</v>, which the copy holds) back as no result.
        const cached = (theirs.value as ExcelJS.CellFormulaValue).result ?? 0;
        const ours = evaluator.valueAt(name, row, column);
        expect({ where, formula: cell.formula, value: ours.value }).toEqual({
          where,
          formula: `=${theirs.formula}`,
          value: typeof cached === "number" ? (expect.closeTo(cached, 9) as unknown) : cached,
        });
        if (typeof cached === "number") {
          const format = theirs.numFmt;
          expect({ where, format: cell.numberFormat }).toEqual({ where, format });
          expect({ where, shown: cellText(ours.value, cell.numberFormat) }).toEqual({
            where,
            shown: {
              text: swedishDisplay(cached, format),
              red: cached < 0 && format.includes("[Red]"),
            },
          });
        }
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(20);
  });

  it("the level sheet shows the largest forecast deviation as −19 600, in red, and no formula text", async () => {
    const { workbook } = await bothCopies();
    const evaluator = workbookEvaluator(workbook);
    const name = "Avvikelse per nivå";
    const sheet = findSheet(workbook, name);
    if (!sheet) throw new Error("the report has a level sheet");
    const shown: { text: string; red: boolean }[] = [];
    sheet.cells.forEach((cell, row, column) => {
      const { value, error } = evaluator.valueAt(name, row, column);
      shown.push(cellText(value, cell.numberFormat, error));
    });
    expect(shown).toContainEqual({ text: `-19${NBSP}600`, red: true });
    expect(shown.filter((s) => s.text.startsWith("="))).toEqual([]);
  });
});

describe("number formats as Swedish Excel shows them", () => {
  it.each<[number | string, string | undefined, string, boolean]>([
    [-128749.5, "#,##0;-#,##0", `-128${NBSP}750`, false],
    [-19600, "#,##0;[Red]-#,##0", `-19${NBSP}600`, true],
    [2644.28388, "#,##0.0;[Red]-#,##0.0", `2${NBSP}644,3`, false],
    [2644.28388, undefined, "2644,28388", false],
    [0.354, "0%", "35%", false],
    [0.354, "0 %", "35 %", false],
    [0, "#,##0;-#,##0;", "", false],
    [-0.04, "#,##0.0;[Red]-#,##0.0", "-0,0", true],
    [1234567, "#,##0", `1${NBSP}234${NBSP}567`, false],
    [-5, "0", "-5", false],
    ["=B8-C8", "@", "=B8-C8", false],
  ])("%p under %p shows %p", (value, format, text, red) => {
    expect(cellText(value, format)).toEqual({ text, red });
  });
});
