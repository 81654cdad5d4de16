import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findSheet, loadXlsx } from "../../../src/emulator";
import type { EmulatedChart } from "../../../src/emulator";
import { layoutReport } from "../../../src/core/report/layout-report";
import { readProductState } from "../../../src/core/state/product-state";
import { readWorkbookGrid } from "../../../src/io/excel/read-workbook";
import { writeReportCopy } from "../../../src/io/xlsx/write-report-copy";
import { tempDir } from "../../helpers/xlsx";
import { analyseWorkbook, generateReport } from "../../../src/taskpane/workflow";
import { emulated, exampleWorkbook } from "./emulated-excel";

const REPORT = [
  "Sammanfattning",
  "Avvikelse per nivå",
  "Driftredovisning",
  "Viktigaste förklaringar",
  "Investeringsredovisning",
];
const RED = "#C00000";
const BLUE = "#2E75B6";

describe("the report's look is best effort: a part Excel refuses costs that part, never the report", () => {
  it.each([
    ["the fit-to-pages zoom", /pageLayout\.zoom = /],
    ["frozen panes", /freezePanes\.freeze/],
    ["a series' colour", /format\.fill\.setSolidColor/],
  ])("Excel refuses %s: the report is written, protected and listed, with a warning", async (_, call) => {
    const { emulator, port } = emulated(await exampleWorkbook());
    emulator.refusedCalls.refuse(call);
    const done = await generateReport(port, {}, () => undefined);
    expect(done.written?.sheets).toEqual(REPORT);
    expect(done.written?.lookFailed).toMatch(/^GeneralException: /);
    for (const name of REPORT)
      expect({ name, protected: findSheet(emulator.workbook, name)?.protection.protected }).toEqual({
        name,
        protected: true,
      });
    expect(readProductState(await readWorkbookGrid(port.run)).state?.reportSheets).toEqual(REPORT);
    expect(emulator.workbook.activeSheet).toBe("Sammanfattning");
  });

  it("when Excel takes every call, there is no warning", async () => {
    const { port } = emulated(await exampleWorkbook());
    const done = await generateReport(port, {}, () => undefined);
    expect(done.written?.lookFailed).toBeUndefined();
  });
});

describe("the chart needs no fill per bar", () => {
  it("each bar has its series' one colour: a deficit red, a surplus blue, though Excel colours every point as one (office-js #570)", async () => {
    const { emulator, port } = emulated(await exampleWorkbook());
    const result = (await analyseWorkbook(port)).output.result;
    if (!result) throw new Error("the example gives a result");
    const chart = layoutReport({ result, generatedAt: "2024-05-13 09:00" }).sheets[0]?.charts?.[0];
    await generateReport(port, {}, () => undefined);
    const drawn: EmulatedChart | undefined = findSheet(emulator.workbook, "Sammanfattning")?.charts[0];
    if (!chart || !drawn) throw new Error("the summary has a chart");
    // A bar is drawn by the series that holds its value; its colour is that series' own, unless a
    // point's fill overrode it.
    const colourOfBar = (i: number): string | undefined => {
      const s = chart.series.findIndex((series) => series.cachedValues[i] !== 0);
      return drawn.pointColors[s]?.[i] ?? drawn.seriesColors?.[s];
    };
    expect(chart.cachedCategories).toEqual(["Hälsa, vård och omsorg", "Individ- och familjeomsorg", "LSS"]);
    expect([0, 1, 2].map(colourOfBar)).toEqual([RED, BLUE, BLUE]);
    expect(drawn.pointColors).toEqual({});
    // Its figures are in hidden columns of the level sheet (the emulator records the source under the
    // sheet's temporary name), which the chart is told to draw.
    expect(drawn).toMatchObject({ plotVisibleOnly: false, overlap: 100 });
    expect(drawn.source).toMatch(/!K8:L10$/);
    expect(findSheet(emulator.workbook, "Avvikelse per nivå")?.hiddenColumns).toEqual([10, 11]);
  });
});

describe("the command line draws the same chart as the add-in", () => {
  it("two one-colour series over the level sheet's hidden columns, overlapped, hidden cells drawn, no fill per bar", async () => {
    const { port } = emulated(await exampleWorkbook());
    const result = (await analyseWorkbook(port)).output.result;
    if (!result) throw new Error("the example gives a result");
    const file = join(tempDir(), "rapport.xlsx");
    await writeReportCopy(
      new ExcelJS.Workbook(),
      layoutReport({ result, generatedAt: "2024-05-13 09:00" }),
      file,
      {
        previous: [],
      },
    );
    const bytes = readFileSync(file);
    const chart = (await (await JSZip.loadAsync(bytes)).file("xl/charts/chart1.xml")?.async("string")) ?? "";
    const series = [...chart.matchAll(/<c:ser>.*?<\/c:ser>/g)].map((m) => m[0]);
    expect(series.map((s) => /<c:tx><c:v>([^<]*)</.exec(s)?.[1])).toEqual(["Överskott", "Underskott"]);
    expect(series.map((s) => /<c:spPr><a:solidFill><a:srgbClr val="(\w+)"/.exec(s)?.[1])).toEqual([
      BLUE.slice(1),
      RED.slice(1),
    ]);
    expect(series.map((s) => /<c:val><c:numRef><c:f>([^<]*)</.exec(s)?.[1])).toEqual([
      "&apos;Avvikelse per nivå&apos;!$K$8:$K$10",
      "&apos;Avvikelse per nivå&apos;!$L$8:$L$10",
    ]);
    expect(chart).not.toContain("<c:dPt>");
    expect(chart).toContain('<c:overlap val="100"/>');
    expect(chart).toContain('<c:plotVisOnly val="0"/>');
    const levels = findSheet(await loadXlsx(bytes), "Avvikelse per nivå");
    expect(levels?.hiddenColumns).toEqual([10, 11]);
  });
});
