import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { layoutDocument } from "../../../src/core/document/layout-document";
import { runEngine } from "../../../src/core/engine";
import type { EngineResult } from "../../../src/core/engine";
import type { CellValue, SheetGrid } from "../../../src/core/model/grid";
import { snapshotOf } from "../../../src/core/state/forecast-history";
import { docxBytes } from "../../../src/io/docx/render-docx";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import { renderToPngs } from "../../helpers/libreoffice";
import { tempDir } from "../../helpers/xlsx";

const ROOT = join(__dirname, "..", "..", "..");
const DOCS = join(ROOT, "docs");
const LINKOPING = join(ROOT, "tests", "fixtures", "linkoping");

/** PNG width and height from its header. */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Explanations of the deviation and of the forecast change (Avser), in mnkr, as the economist types them. */
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

async function lomma(): Promise<EngineResult> {
  const output = runEngine({
    workbook: await readGridFile(join(ROOT, "assets", "exempel-socialnamnden-2024-04.xlsx")),
  });
  if (!output.result) throw new Error("the example must give a result");
  return output.result;
}

/** Linköping's August 2023, compared with July's kept forecast, with explanations (as in docs/linkoping-*). */
async function linkoping(): Promise<EngineResult> {
  const july = runEngine({ workbook: await readGridFile(join(LINKOPING, "linkoping-2023-07.xlsx")) });
  if (!july.result) throw new Error("July must give a result");
  const ledger = await readGridFile(join(LINKOPING, "linkoping-2023-08.xlsx"));
  const august = runEngine({
    workbook: { sheets: [...ledger.sheets, FORKLARINGAR] },
    history: [snapshotOf(july.result, "2023-08-10 09:00")],
    settings: { reportUnit: "mkr" },
  });
  if (!august.result) throw new Error("August must give a result");
  return august.result;
}

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
