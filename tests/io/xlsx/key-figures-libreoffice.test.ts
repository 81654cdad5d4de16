import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runEngine } from "../../../src/core/engine";
import type { SheetGrid } from "../../../src/core/model/grid";
import { readKeyFigures } from "../../../src/core/read/read-key-figures";
import { keyFiguresSheet } from "../../../src/core/report/key-figures-sheet";
import { REPORT_STYLES } from "../../../src/core/report/styles";
import { renderReport } from "../../../src/io/xlsx/render-report";
import { displayedValues, withoutCachedFormulaValues } from "../../helpers/libreoffice";
import { tempDir } from "../../helpers/xlsx";

const LEDGER: SheetGrid = {
  name: "Underlag",
  rows: [
    ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
    ["HVO", 5010, 1200, 400, 1250],
  ],
};

const NYCKELTAL: SheetGrid = {
  name: "Nyckeltal",
  rows: [
    [
      "Nyckeltal",
      "Enhet",
      "Plan 2024",
      "Utfall jan–apr 2024",
      "Utfall jan–apr 2023",
      "Prognos helår",
      "Bokslut 2023",
    ],
    ["Antal platser särskilt boende", "st", 412, 410, 398, 405, 401],
    ["Beläggning", "%", "97,5", "96,25", "95,1", "96", "95,8"],
    ["Vårddygn korttidsboende", "dygn", 5000, "1 650", "1 812", 4900, 4810],
    ["Resultat per brukare", "tkr", null, "-0,3", "-0,1", null, null],
    ["Hushåll med ekonomiskt bistånd", "st", 300, 310, 0, 320, 295],
  ],
};

/** LibreOffice writes Swedish thousands separators as (narrow) no-break spaces: compare them as spaces. */
const plain = (rows: string[][] | undefined): string[][] =>
  (rows ?? []).map((r) => r.map((c) => c.replace(/[\u00a0\u202f]/g, " ")));

describe("the Nyckeltal sheet in LibreOffice, every formula recomputed", () => {
  let cached: string[][];
  let recomputed: string[][];

  beforeAll(async () => {
    const out = runEngine({ workbook: { sheets: [LEDGER, NYCKELTAL] } });
    const result = out.result;
    const layout = out.settings.sheets?.find((s) => s.name === "Nyckeltal");
    if (!result || layout?.role !== "keyFigures")
      throw new Error("no result, or no key figures sheet detected");
    const { keyFigures } = readKeyFigures(NYCKELTAL, layout);
    const sheet = keyFiguresSheet({ result: { ...result, keyFigures }, generatedAt: "2024-05-13 09:00" });
    if (!sheet) throw new Error("no Nyckeltal sheet");
    const workbook = new ExcelJS.Workbook();
    await renderReport(
      workbook,
      { sheets: [sheet], styles: REPORT_STYLES },
      new Map([[sheet.name, "Nyckeltal"]]),
    );
    const file = join(tempDir(), "nyckeltal.xlsx");
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const [before, after] = await Promise.all([
      displayedValues(file),
      displayedValues(await withoutCachedFormulaValues(file)),
    ]);
    cached = plain(before.get("Nyckeltal"));
    recomputed = plain(after.get("Nyckeltal"));
  }, 240_000);

  it("shows exactly what the file claims, with no error cells", () => {
    expect(recomputed.length).toBeGreaterThan(8);
    expect(recomputed).toEqual(cached);
    expect(recomputed.flat().filter((c) => /^(#[A-Z/0!?]+|Err:\d+)/.test(c))).toEqual([]);
  });

  it("shows the changes as a reader expects them", () => {
    const rowOf = (name: string): string[] | undefined => recomputed.find((r) => r[0] === name);
    expect(rowOf("Antal platser särskilt boende")?.slice(1)).toEqual([
      "st",
      "412",
      "410",
      "398",
      "12",
      "3,0 %",
      "405",
      "401",
    ]);
    expect(rowOf("Beläggning")?.slice(3, 7)).toEqual(["96,25", "95,10", "1,15", "1,2 %"]);
    expect(rowOf("Vårddygn korttidsboende")?.slice(3, 7)).toEqual(["1 650", "1 812", "-162", "-8,9 %"]);
    expect(rowOf("Resultat per brukare")?.slice(3, 7)).toEqual(["-0,3", "-0,1", "-0,2", "-200,0 %"]);
    expect(rowOf("Hushåll med ekonomiskt bistånd")?.slice(5, 7)).toEqual(["310", "–"]);
  });
});
