import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { runEngine } from "../../../src/core/engine";
import type { CellValue, SheetGrid } from "../../../src/core/model/grid";
import { layoutReport } from "../../../src/core/report/layout-report";
import { snapshotOf } from "../../../src/core/state/forecast-history";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import { writeReportCopy } from "../../../src/io/xlsx/write-report-copy";
import { displayedValues, renderToPngs, withoutCachedFormulaValues } from "../../helpers/libreoffice";
import { tempDir } from "../../helpers/xlsx";

/** LibreOffice writes Swedish thousands separators as (narrow) no-break spaces: compare them as spaces. */
const plain = (rows: string[][] | undefined): string[][] =>
  (rows ?? []).map((r) => r.map((c) => c.replace(/[\u00a0\u202f]/g, " ")));

const FIXTURES = join(__dirname, "..", "..", "fixtures", "linkoping");
const DOCS = join(__dirname, "..", "..", "..", "docs");

/** Explanations of the deviation and of the forecast change (Avser), in mnkr. */
const FORKLARINGAR: SheetGrid = {
  name: "Förklaringar",
  rows: [
    ["Anslagsbindningsnivå", "Förklaring", "Belopp (mnkr)", "Avser"],
    ["LSS, SFB och HSL", "OPI-ersättning till externa boenden över kompensationen", -14, "Avvikelse"],
    ["LSS, SFB och HSL", "Ökad kostnad för assistans till Försäkringskassan", -9, "Avvikelse"],
    ["LSS, SFB och HSL", "Slutgiltigt OPI-index 4,6 % i stället för 3,5 %", -4, "Prognosförändring"],
    ["Socialpsykiatri", "Fler externa placeringar med komplexa behov", -8, "Avvikelse"],
    ["Vuxna med missbruksproblem", "Färre dygnsplaceringar", 7, "Avvikelse"],
    ["Barn och unga", "Bemanningstjänster i mottagning och utredning", -6, "Avvikelse"],
    ["Barn och unga", "Fler dygnsplaceringar HVB och SiS sedan juli", -4, "Prognosförändring"],
  ] as CellValue[][],
};

const JUSTERINGAR: SheetGrid = {
  name: "Justeringar",
  rows: [
    ["Anslagsbindningsnivå", "Text", "Belopp (mnkr)"],
    ["LSS, SFB och HSL", "Upplupen semesterlöneskuld", 3.2],
    ["Barn och unga", "Upplupen semesterlöneskuld", 1.1],
  ],
};

const NYCKELTAL: SheetGrid = {
  name: "Nyckeltal",
  rows: [
    [
      "Nyckeltal",
      "Enhet",
      "Budget 2023",
      "Utfall jan–aug 2023",
      "Utfall jan–aug 2022",
      "Prognos 2023",
      "Bokslut 2022",
    ],
    ["Placerade barn och unga, HVB", "st", 30, 34, 29, 35, 31],
    ["Vårddygn HVB", "dygn", 7300, 5420, 4710, 8100, 7060],
    ["Personlig assistans enligt LSS", "personer", 190, 196, 188, 198, 191],
    ["Hushåll med försörjningsstöd", "hushåll", 1450, 1512, 1398, 1530, 1420],
  ],
};

/**
 * Linköping's August 2023 report — compared with July's kept forecast, with explanations of the change,
 * adjustments and key figures — rendered through LibreOffice, one A4 landscape page a sheet.
 * `UPDATE_DOCS=1 npx jest tests/io/xlsx/render-comparison-pictures.test.ts` refreshes docs/linkoping-*.png.
 */
describe("Linköping's August report rendered to pictures", () => {
  it("recomputes every formula to what the file states, and prints every sheet on landscape pages", async () => {
    const july = runEngine({ workbook: await readGridFile(join(FIXTURES, "linkoping-2023-07.xlsx")) });
    if (!july.result) throw new Error("July must give a result");
    const ledger = await readGridFile(join(FIXTURES, "linkoping-2023-08.xlsx"));
    const august = runEngine({
      workbook: { sheets: [...ledger.sheets, FORKLARINGAR, JUSTERINGAR, NYCKELTAL] },
      history: [snapshotOf(july.result, "2023-08-10 09:00")],
      settings: { reportUnit: "mkr" },
    });
    expect(august.issues.filter((i) => i.severity === "error")).toEqual([]);
    if (!august.result) throw new Error("August must give a result");
    expect(august.result.keyFigures).toHaveLength(4);
    expect(august.result.adjustments).toHaveLength(2);
    const layout = layoutReport({ result: august.result, generatedAt: "2023-09-11 09:00" });
    expect(layout.sheets.map((s) => s.name)).toContain("Nyckeltal – jämförelse");
    const file = join(tempDir(), "linkoping-rapport.xlsx");
    await writeReportCopy(new ExcelJS.Workbook(), layout, file, { previous: [] });
    // every formula of every sheet, the new ones included, recomputed by LibreOffice to what the file states
    const [cached, recomputed] = await Promise.all([
      displayedValues(file),
      displayedValues(await withoutCachedFormulaValues(file)),
    ]);
    for (const sheet of layout.sheets) {
      const shown = plain(recomputed.get(sheet.name));
      expect(shown.length).toBeGreaterThan(5);
      expect(shown).toEqual(plain(cached.get(sheet.name)));
      expect(shown.flat().filter((c) => /^(#[A-Z/0!?]+|Err:\d+)/.test(c))).toEqual([]);
    }
    const levels = plain(recomputed.get("Avvikelse per nivå"));
    expect(levels.find((r) => r[0] === "Totalt")?.slice(10, 13)).toEqual(["1 897,0", "-25,0", "-10,0"]);
    expect(levels.find((r) => r[0] === "Periodens resultat efter justeringar")?.[3]).toBe("-22,7");
    const pngs = await renderToPngs(file);
    // every sheet on landscape pages; the explanations, with the change's section, run onto a second
    expect(pngs.length).toBeGreaterThanOrEqual(layout.sheets.length);
    expect(pngs.length).toBeLessThanOrEqual(layout.sheets.length + 1);
    if (process.env.UPDATE_DOCS === "1") {
      mkdirSync(DOCS, { recursive: true });
      pngs.forEach((png, i) => copyFileSync(png, join(DOCS, `linkoping-rapport-${i + 1}.png`)));
    }
  }, 180_000);
});
