import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runEngine } from "../../../src/core/engine";
import { layoutReport } from "../../../src/core/report/layout-report";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import { writeReportCopy } from "../../../src/io/xlsx/write-report-copy";
import { renderToPngs } from "../../helpers/libreoffice";
import { tempDir } from "../../helpers/xlsx";

const example = join(__dirname, "..", "..", "..", "assets", "exempel-socialnamnden-2024-04.xlsx");
const DOCS = join(__dirname, "..", "..", "..", "docs");

/** PNG width and height from its header. */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/**
 * Renders the Lomma report's sheets through LibreOffice to PDF and PNG, one A4 landscape page a sheet.
 * `UPDATE_DOCS=1 npx jest tests/io/xlsx/render-pictures.test.ts` refreshes the pictures in docs/.
 */
describe("the Lomma report rendered to pictures", () => {
  it("gives one landscape page per report sheet", async () => {
    const grid = await readGridFile(example);
    const output = runEngine({ workbook: grid });
    if (!output.result) throw new Error("the fixture must give a result");
    const layout = layoutReport({ result: output.result, generatedAt: "2024-05-13 09:00" });
    const file = join(tempDir(), "lomma-rapport.xlsx");
    await writeReportCopy(new ExcelJS.Workbook(), layout, file, { previous: [] });
    const pngs = await renderToPngs(file);
    expect(pngs).toHaveLength(layout.sheets.length);
    for (const png of pngs) {
      const { width, height } = pngSize(png);
      expect(width).toBeGreaterThan(height);
    }
    if (process.env.UPDATE_DOCS === "1") {
      mkdirSync(DOCS, { recursive: true });
      pngs.forEach((png, i) => copyFileSync(png, join(DOCS, `lomma-rapport-${i + 1}.png`)));
    }
  }, 180_000);
});
