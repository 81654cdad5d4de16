import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runEngine } from "../../../src/core/engine";
import type { SheetGrid } from "../../../src/core/model/grid";
import { LEVEL_SHEET, levelSheet } from "../../../src/core/report/level-sheet";
import { REPORT_STYLES } from "../../../src/core/report/styles";
import { renderReport } from "../../../src/io/xlsx/render-report";
import { displayedValues, withoutCachedFormulaValues } from "../../helpers/libreoffice";
import { tempDir } from "../../helpers/xlsx";

// In tkr for April: period deviation HVO 4 000 − 4 300 = −300, IFO 1 000 − 900 = +100; total −200.
const LEDGER: SheetGrid = {
  name: "Underlag",
  rows: [
    ["Belopp i tkr"],
    [
      "Anslagsbindningsnivå",
      "Konto",
      "Budget 2024",
      "Budget jan–apr 2024",
      "Utfall jan–apr 2024",
      "Prognos helår",
    ],
    ["HVO", 5010, 12000, 4000, 4300, 12500],
    ["IFO", 4610, 3000, 1000, 900, 2900],
  ],
};

const JUSTERINGAR: SheetGrid = {
  name: "Justeringar",
  rows: [
    ["Anslagsbindningsnivå", "Text", "Belopp (tkr)"],
    ["HVO", "Upplupen semesterlöneskuld", -150.4],
    ["IFO", "=Retroaktiv lön", 30.25],
  ],
};

/** LibreOffice writes Swedish thousands separators as (narrow) no-break spaces: compare them as spaces. */
const plain = (rows: string[][] | undefined): string[][] =>
  (rows ?? []).map((r) => r.map((c) => c.replace(/[\u00a0\u202f]/g, " ")));

describe("the adjustments on the level sheet in LibreOffice, every formula recomputed", () => {
  let cached: string[][];
  let recomputed: string[][];

  beforeAll(async () => {
    const out = runEngine({ workbook: { sheets: [LEDGER, JUSTERINGAR] } });
    const result = out.result;
    if (!result) throw new Error("no result");
    expect(result.adjustments).toHaveLength(2);
    const { sheet } = levelSheet({ result, generatedAt: "2024-05-13 09:00" });
    const workbook = new ExcelJS.Workbook();
    await renderReport(
      workbook,
      { sheets: [sheet], styles: REPORT_STYLES },
      new Map([[sheet.name, LEVEL_SHEET]]),
    );
    const file = join(tempDir(), "justeringar.xlsx");
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const [before, after] = await Promise.all([
      displayedValues(file),
      displayedValues(await withoutCachedFormulaValues(file)),
    ]);
    cached = plain(before.get(LEVEL_SHEET));
    recomputed = plain(after.get(LEVEL_SHEET));
  }, 240_000);

  it("shows exactly what the file claims, with no error cells", () => {
    expect(recomputed.length).toBeGreaterThan(10);
    expect(recomputed).toEqual(cached);
    expect(recomputed.flat().filter((c) => /^(#[A-Z/0!?]+|Err:\d+)/.test(c))).toEqual([]);
  });

  it("shows the period's result, each adjustment and the result after them under the period's deviation", () => {
    const rowOf = (label: string): string[] | undefined => recomputed.find((r) => r[0] === label);
    expect(rowOf("Totalt")?.[3]).toBe("-200");
    expect(rowOf("Periodens resultat")?.[3]).toBe("-200");
    expect(rowOf("HVO: Upplupen semesterlöneskuld")?.[3]).toBe("-150");
    expect(rowOf("IFO: =Retroaktiv lön")?.[3]).toBe("30");
    // −200 − 150,4 + 30,25 = −320,15: rounded once, from the exact sum
    expect(rowOf("Periodens resultat efter justeringar")?.[3]).toBe("-320");
  });
});
