import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EmulatedChart, Emulator } from "../../../src/emulator";
import { findSheet, loadXlsx } from "../../../src/emulator";
import { layoutReport } from "../../../src/core/report/layout-report";
import { writeReportCopy } from "../../../src/io/xlsx/write-report-copy";
import { generateFromPane } from "../../../src/taskpane/pane-state";
import type { ExcelPort } from "../../../src/taskpane/workflow";
import { analyseWorkbook } from "../../../src/taskpane/workflow";
import { linkopingMonths } from "../../core/report/comparison-results";
import { tempDir } from "../../helpers/xlsx";
import { emulated } from "./emulated-excel";
import { fixturePath, typeAugust } from "./linkoping-months";

const BLUE = "2E75B6";
const RED = "C00000";
const GREY = "A6A6A6";

/** The pane's clock at a moment. */
const at = (port: ExcelPort, now: Date): ExcelPort => ({ ...port, now: () => now });

describe("both renderers draw August's chart with July's grey bars (Linköping 2023)", () => {
  it("the command line: three one-colour series over the level sheet's hidden columns, no fill per bar", async () => {
    const { august } = await linkopingMonths();
    const file = join(tempDir(), "augusti.xlsx");
    await writeReportCopy(
      new ExcelJS.Workbook(),
      layoutReport({ result: august, generatedAt: "2023-09-11 09:00" }),
      file,
      {
        previous: [],
      },
    );
    const bytes = readFileSync(file);
    const chart = (await (await JSZip.loadAsync(bytes)).file("xl/charts/chart1.xml")?.async("string")) ?? "";
    const series = [...chart.matchAll(/<c:ser>.*?<\/c:ser>/g)].map((m) => m[0]);
    expect(series.map((s) => /<c:tx><c:v>([^<]*)</.exec(s)?.[1])).toEqual([
      "Överskott",
      "Underskott",
      "Efter juli",
    ]);
    expect(series.map((s) => /<c:spPr><a:solidFill><a:srgbClr val="(\w+)"/.exec(s)?.[1])).toEqual([
      BLUE,
      RED,
      GREY,
    ]);
    const sheet = "&apos;Avvikelse per nivå&apos;!";
    expect(series.map((s) => /<c:val><c:numRef><c:f>([^<]*)</.exec(s)?.[1])).toEqual([
      `${sheet}$O$8:$O$17`,
      `${sheet}$P$8:$P$17`,
      `${sheet}$Q$8:$Q$17`,
    ]);
    expect(series.map((s) => /<c:cat><c:strRef><c:f>([^<]*)</.exec(s)?.[1])).toEqual(
      Array(3).fill(`${sheet}$N$8:$N$17`),
    );
    // July's bars cached as the sheet holds them (tkr), under "efter juli"
    expect(
      [...(series[2] ?? "").matchAll(/<c:pt idx="(\d+)"><c:v>(-?\d+)</g)]
        .map((m) => [m[1], m[2]])
        .filter(([, v]) => v !== "0"),
    ).toEqual([
      ["1", "-19000"],
      ["3", "-7000"],
      ["5", "8000"],
      ["7", "-6000"],
      ["9", "-1000"],
    ]);
    expect(chart).toContain("<c:v>efter juli</c:v>");
    expect(chart).not.toContain("<c:dPt>");
    expect(chart).toContain('<c:overlap val="100"/>');
    expect(chart).toContain('<c:plotVisOnly val="0"/>');
    expect(findSheet(await loadXlsx(bytes), "Avvikelse per nivå")?.hiddenColumns).toEqual([13, 14, 15, 16]);
  }, 30_000);

  describe("the pane, after July's report and August typed into the same workbook", () => {
    let emulator: Emulator;
    let chart: EmulatedChart | undefined;

    beforeAll(async () => {
      let port: ExcelPort;
      ({ emulator, port } = emulated(await loadXlsx(readFileSync(fixturePath("07")))));
      const inJuly = at(port, new Date(2023, 7, 10, 9, 0));
      expect(
        (await generateFromPane(inJuly, await analyseWorkbook(inJuly), () => undefined)).generation.state,
      ).toBe("done");
      await typeAugust(emulator.workbook);
      const inAugust = at(port, new Date(2023, 8, 11, 9, 0));
      expect(
        (await generateFromPane(inAugust, await analyseWorkbook(inAugust), () => undefined)).generation.state,
      ).toBe("done");
      chart = findSheet(emulator.workbook, "Sammanfattning")?.charts[0];
    }, 60_000);

    it("draws three series, each in its one colour, from the hidden columns, hidden cells plotted, bars overlapped", () => {
      expect(chart).toMatchObject({
        type: "BarClustered",
        seriesBy: "Columns",
        seriesNames: { 0: "Överskott", 1: "Underskott", 2: "Efter juli" },
        seriesColors: { 0: `#${BLUE}`, 1: `#${RED}`, 2: `#${GREY}` },
        pointColors: {},
        plotVisibleOnly: false,
        overlap: 100,
      });
      expect(chart?.source).toMatch(/!O8:Q17$/);
      expect(chart?.categories).toMatch(/!N8:N17$/);
      expect(chart?.title).toBe(
        "Prognostiserad avvikelse helår per anslagsbindningsnivå, efter augusti och efter juli (tkr)",
      );
      expect(findSheet(emulator.workbook, "Avvikelse per nivå")?.hiddenColumns).toEqual([13, 14, 15, 16]);
    });
  });
});
