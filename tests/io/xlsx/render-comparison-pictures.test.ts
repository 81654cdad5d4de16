import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { layoutReport } from "../../../src/core/report/layout-report";
import { writeReportCopy } from "../../../src/io/xlsx/write-report-copy";
import { displayedValues, renderToPngs, withoutCachedFormulaValues } from "../../helpers/libreoffice";
import { tempDir } from "../../helpers/xlsx";
import { linkopingAugust } from "../../helpers/linkoping";

/** LibreOffice writes Swedish thousands separators as (narrow) no-break spaces: compare them as spaces. */
const plain = (rows: string[][] | undefined): string[][] =>
  (rows ?? []).map((r) => r.map((c) => c.replace(/[\u00a0\u202f]/g, " ")));

const DOCS = join(__dirname, "..", "..", "..", "docs");

/**
 * Linköping's August 2023 report — compared with July's kept forecast, with explanations of the change,
 * adjustments and key figures — rendered through LibreOffice, one A4 landscape page a sheet.
 * `UPDATE_DOCS=1 npx jest tests/io/xlsx/render-comparison-pictures.test.ts` refreshes docs/linkoping-*.png.
 */
describe("Linköping's August report rendered to pictures", () => {
  it("recomputes every formula to what the file states, and prints every sheet on landscape pages", async () => {
    const result = await linkopingAugust();
    expect(result.keyFigures).toHaveLength(4);
    expect(result.adjustments).toHaveLength(2);
    const layout = layoutReport({ result, generatedAt: "2023-09-11 09:00" });
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
