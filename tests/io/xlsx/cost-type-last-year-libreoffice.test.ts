import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { runEngine } from "../../../src/core/engine";
import type { EngineResult } from "../../../src/core/engine";
import type { CellValue, SheetGrid } from "../../../src/core/model/grid";
import { COST_TYPE_SHEET, costTypeSheet } from "../../../src/core/report/cost-type-sheet";
import type { ReportSheet } from "../../../src/core/report/layout";
import { REPORT_STYLES } from "../../../src/core/report/styles";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import { renderReport } from "../../../src/io/xlsx/render-report";
import {
  convertWithLibreOffice,
  displayedValues,
  renderToPngs,
  withoutCachedFormulaValues,
} from "../../helpers/libreoffice";
import { tempDir } from "../../helpers/xlsx";

const ROOT = join(__dirname, "..", "..", "..");
const EXAMPLE = join(ROOT, "assets", "exempel-socialnamnden-2024-04.xlsx");
const DOCS = join(ROOT, "docs");
const GENERATED_AT = "2024-05-13 09:00";
const MNKR_SHEET = "Driftredovisning mnkr";

/**
 * The bundled example's ledger with last year's columns beside this year's: January–April 2023 and
 * Bokslut 2023, a few per cent from this year's figures, in the ledger's own sign (kronor, income
 * positive).
 */
function withLastYear(sheet: SheetGrid): SheetGrid {
  const header = sheet.rows.findIndex((r) => r?.includes("Utfall jan–apr 2024"));
  const names = sheet.rows[header] ?? [];
  const [account, budget, outcome] = ["Konto", "Budget 2024", "Utfall jan–apr 2024"].map((h) =>
    names.indexOf(h),
  );
  // rows may be ragged: the new columns stand right of the header's last one on every row
  const padded = (r: readonly CellValue[]): CellValue[] =>
    Array.from({ length: names.length }, (_, c) => r[c] ?? null);
  const rows = sheet.rows.map((r, i): readonly CellValue[] | undefined => {
    if (r === undefined || i < header) return r;
    if (i === header) return [...padded(r), "Utfall jan–apr 2023", "Bokslut 2023"];
    const [a, b, o] = [r[account ?? -1], r[budget ?? -1], r[outcome ?? -1]];
    if (typeof a !== "number" || typeof b !== "number" || typeof o !== "number") return r;
    return [...padded(r), Math.round(o * (0.93 + (a % 7) * 0.01)), Math.round(b * (0.96 + (a % 5) * 0.01))];
  });
  return { ...sheet, rows };
}

async function resultWithLastYear(settings: SettingsOverride = {}): Promise<EngineResult> {
  const grid = await readGridFile(EXAMPLE);
  const sheets = grid.sheets.map((s) => (s.name === "Underlag" ? withLastYear(s) : s));
  const out = runEngine({ workbook: { sheets }, settings });
  if (!out.result) throw new Error(out.issues.map((i) => i.message).join("; "));
  return out.result;
}

/** Writes the sheets to an .xlsx as the product renders them; `names` gives each a name of its own. */
async function writeSheets(file: string, sheets: { sheet: ReportSheet; name: string }[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await renderReport(
    workbook,
    { sheets: sheets.map((s) => ({ ...s.sheet, name: s.name })), styles: REPORT_STYLES },
    new Map(),
  );
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** LibreOffice writes Swedish thousands separators as (narrow) no-break spaces: compare them as spaces. */
const plain = (rows: string[][] | undefined): string[][] =>
  (rows ?? []).map((r) => r.map((c) => c.replace(/[\u00a0\u202f]/g, " ")));

/** Every formula cell of a sheet, A1 → cached value. */
function formulaValues(sheet: ReportSheet): Map<string, number> {
  const found = new Map<string, number>();
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.kind === "formula") found.set(`${String.fromCharCode(65 + c)}${r + 1}`, cell.value);
    }),
  );
  return found;
}

/** PNG width and height from its header. */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe("Driftredovisning with last year's columns in LibreOffice, every formula recomputed", () => {
  let tkr: ReportSheet;
  let mnkr: ReportSheet;
  let file: string;
  let cached: Map<string, string[][]>;
  let recomputed: Map<string, string[][]>;
  let recomputedFile: ExcelJS.Workbook;

  beforeAll(async () => {
    tkr = costTypeSheet({ result: await resultWithLastYear(), generatedAt: GENERATED_AT });
    const inMnkr = await resultWithLastYear({ reportSign: "incomePositive", reportUnit: "mkr" });
    mnkr = costTypeSheet({ result: inMnkr, generatedAt: GENERATED_AT });
    file = join(tempDir(), "driftredovisning-fg-ar.xlsx");
    await writeSheets(file, [
      { sheet: tkr, name: COST_TYPE_SHEET },
      { sheet: mnkr, name: MNKR_SHEET },
    ]);
    const uncached = await withoutCachedFormulaValues(file);
    let saved: string;
    [cached, recomputed, saved] = await Promise.all([
      displayedValues(file),
      displayedValues(uncached),
      convertWithLibreOffice(uncached, "xlsx"),
    ]);
    recomputedFile = new ExcelJS.Workbook();
    await recomputedFile.xlsx.readFile(join(saved, basename(uncached)));
  }, 300_000);

  it.each([COST_TYPE_SHEET, MNKR_SHEET])(
    "%s: shows exactly what the file claims, with no error cells",
    (name) => {
      const rows = plain(recomputed.get(name));
      expect(rows.length).toBeGreaterThan(15);
      expect(rows).toEqual(plain(cached.get(name)));
      expect(rows.flat().filter((c) => /^(#[A-Z/0!?]+|Err:\d+)/.test(c))).toEqual([]);
    },
  );

  it.each([
    [COST_TYPE_SHEET, () => tkr],
    [MNKR_SHEET, () => mnkr],
  ])("%s: every formula recomputes to its cached value, not only as shown", (name, sheetOf) => {
    const ws = recomputedFile.getWorksheet(name);
    const formulas = formulaValues(sheetOf());
    // subtotals of the year's and last year's columns, deviations, and a change on every row but one
    expect(formulas.size).toBeGreaterThan(40);
    const off: string[] = [];
    for (const [a1, value] of formulas) {
      const result = ws?.getCell(a1).result;
      // LibreOffice adds binary doubles; the cache is the exact figure: equal to 12 significant digits
      if (typeof result !== "number" || Math.abs(result - value) > 1e-12 * Math.max(1, Math.abs(value)))
        off.push(`${a1}: ${String(result)} ≠ ${value}`);
    }
    expect(off).toEqual([]);
  });

  it("shows last year's columns and the change as a reader expects them", () => {
    const rows = plain(recomputed.get(COST_TYPE_SHEET));
    const header = rows.find((r) => r[0] === "Kostnadsslag");
    expect(header?.slice(7)).toEqual(["Utfall samma period fg år", "Förändring, %", "Bokslut fg år"]);
    const at = (label: string): string[] | undefined => rows.find((r) => r[0] === label)?.slice(7);
    // costs grew 3,2 % since April 2023; the deficit shrank by 69,3 %; last year ended in surplus
    expect(at("Verksamhetens kostnader")).toEqual(["-226 876", "3,2 %", "-642 972"]);
    expect(at("Årets resultat")).toEqual(["-6 252", "-69,3 %", "5 734"]);
  });

  it("renders to one A4 landscape page, the picture in docs/", async () => {
    const single = join(tempDir(), "driftredovisning-fg-ar.xlsx");
    await writeSheets(single, [{ sheet: tkr, name: COST_TYPE_SHEET }]);
    const pngs = await renderToPngs(single, 110);
    expect(pngs).toHaveLength(1);
    const { width, height } = pngSize(pngs[0]!);
    expect(width).toBeGreaterThan(height);
    if (process.env.UPDATE_DOCS === "1") {
      mkdirSync(DOCS, { recursive: true });
      copyFileSync(pngs[0]!, join(DOCS, "driftredovisning-fg-ar.png"));
    }
  }, 180_000);
});
