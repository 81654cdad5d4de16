import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { layoutDocument } from "../../../src/core/document/layout-document";
import { runEngine } from "../../../src/core/engine";
import type { EngineResult } from "../../../src/core/engine";
import { docxBytes } from "../../../src/io/docx/render-docx";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import { renderToPngs } from "../../helpers/libreoffice";
import { tempDir } from "../../helpers/xlsx";
import { FORKLARINGAR, linkopingAugust } from "../../helpers/linkoping";

const ROOT = join(__dirname, "..", "..", "..");
const DOCS = join(ROOT, "docs");

/** PNG width and height from its header. */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

async function lomma(): Promise<EngineResult> {
  const output = runEngine({
    workbook: await readGridFile(join(ROOT, "assets", "exempel-socialnamnden-2024-04.xlsx")),
  });
  if (!output.result) throw new Error("the example must give a result");
  return output.result;
}

/** Linköping's August 2023, compared with July's kept forecast, with explanations (as in docs/linkoping-*). */
const linkoping = (): Promise<EngineResult> => linkopingAugust({ reportUnit: "mkr" }, [FORKLARINGAR]);

/**
 * The tjänsteskrivelse rendered by LibreOffice, page by page: A4 portrait. `UPDATE_DOCS=1 npx jest
 * tests/io/docx/render-pictures.test.ts` refreshes docs/tjansteskrivelse-*.png (Lomma) and
 * docs/tjansteskrivelse-linkoping-*.png (Linköping, August).
 */
describe("the tjänsteskrivelse rendered to pictures", () => {
  it.each([
    ["tjansteskrivelse", lomma, "2024-05-13 09:00"],
    ["tjansteskrivelse-linkoping", linkoping, "2023-09-12 09:00"],
  ])(
    "%s: A4 portrait pages",
    async (name, result, generatedAt) => {
      const layout = layoutDocument({ result: await result(), generatedAt });
      const file = join(tempDir(), `${name}.docx`);
      writeFileSync(file, await docxBytes(layout));
      const pngs = await renderToPngs(file, 100);
      expect(pngs.length).toBeGreaterThanOrEqual(2);
      for (const png of pngs) {
        const { width, height } = pngSize(png);
        expect(height / width).toBeCloseTo(297 / 210, 2);
      }
      if (process.env.UPDATE_DOCS === "1") {
        mkdirSync(DOCS, { recursive: true });
        pngs.slice(0, 2).forEach((png, i) => copyFileSync(png, join(DOCS, `${name}-${i + 1}.png`)));
      }
    },
    180_000,
  );
});
