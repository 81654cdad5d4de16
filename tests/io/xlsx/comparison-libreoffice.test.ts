import ExcelJS from "exceljs";
import { join } from "node:path";
import { layoutReport } from "../../../src/core/report/layout-report";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";
import { writeReportCopy } from "../../../src/io/xlsx/write-report-copy";
import { displayedValues, withoutCachedFormulaValues } from "../../helpers/libreoffice";
import { tempDir } from "../../helpers/xlsx";
import { linkopingMonths } from "../../core/report/comparison-results";

const LEVELS = "Avvikelse per nivå";

/** LibreOffice writes Swedish thousands separators as (narrow) no-break spaces: compare them as spaces. */
const plain = (rows: string[][] | undefined): string[][] =>
  (rows ?? []).map((r) => r.map((c) => c.replace(/[\u00a0\u202f]/g, " ")));

const rowOf = (rows: string[][], label: string): string[] => rows.find((r) => r[0] === label) ?? [];

/** August's report (compared with July's snapshot) as the command line writes it. */
async function augustReport(name: string, settings?: SettingsOverride): Promise<string> {
  const { august } = await linkopingMonths(settings);
  const file = join(tempDir(), `${name}.xlsx`);
  await writeReportCopy(
    new ExcelJS.Workbook(),
    layoutReport({ result: august, generatedAt: "2023-09-11 09:00" }),
    file,
    {
      previous: [],
    },
  );
  return file;
}

describe("Linköping's August report in LibreOffice: the comparison's and the percentages' formulas recomputed", () => {
  let cached: Map<string, string[][]>;
  let recomputed: Map<string, string[][]>;
  let otherSign: Map<string, string[][]>;

  beforeAll(async () => {
    const tkr = await augustReport("augusti-tkr");
    const mkr = await augustReport("augusti-mnkr", { reportUnit: "mkr", reportSign: "incomePositive" });
    [cached, recomputed, otherSign] = await Promise.all([
      displayedValues(tkr),
      displayedValues(await withoutCachedFormulaValues(tkr)),
      displayedValues(await withoutCachedFormulaValues(mkr)),
    ]);
  }, 240_000);

  it("shows, recomputed, exactly what the file states, hidden chart columns included", () => {
    const rows = plain(recomputed.get(LEVELS));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows).toEqual(plain(cached.get(LEVELS)));
    expect(plain(recomputed.get("Sammanfattning"))).toEqual(plain(cached.get("Sammanfattning")));
  });

  it("has no error cells", () => {
    for (const sheet of [LEVELS, "Sammanfattning"]) {
      const errors = plain(recomputed.get(sheet))
        .flat()
        .filter((c) => /^(#[A-Z/0!?]+|Err:\d+)/.test(c));
      expect({ sheet, errors }).toEqual({ sheet, errors: [] });
    }
  });

  it("shows the deviations in per cent and July's forecast beside August's: −25 → −35 mnkr, a change of −10 mnkr", () => {
    const rows = plain(recomputed.get(LEVELS));
    // I–M: period %, year %, Prognos efter juli, Avvikelse efter juli, Förändring
    expect(rowOf(rows, "LSS, SFB och HSL").slice(8, 13)).toEqual([
      "-2,7 %",
      "-2,5 %",
      "931 000",
      "-19 000",
      "-4 000",
    ]);
    expect(rowOf(rows, "Vuxna med missbruksproblem").slice(8, 13)).toEqual([
      "5,9 %",
      "3,9 %",
      "172 000",
      "8 000",
      "-1 000",
    ]);
    expect(rowOf(rows, "Gemensam administration").slice(8, 13)).toEqual([
      "-5,4 %",
      "-0,8 %",
      "121 000",
      "-1 000",
      "0",
    ]);
    expect(rowOf(rows, "Totalt").slice(6, 13)).toEqual([
      "-35 000",
      "68 %",
      "-2,2 %",
      "-1,9 %",
      "1 897 000",
      "-25 000",
      "-10 000",
    ]);
  });

  it("in mnkr with income positive: the forecast negative, the deviations and the change as they are", () => {
    const rows = plain(otherSign.get(LEVELS));
    expect(rowOf(rows, "Totalt").slice(8, 13)).toEqual(["-2,2 %", "-1,9 %", "-1 897,0", "-25,0", "-10,0"]);
    expect(
      plain(otherSign.get(LEVELS))
        .flat()
        .filter((c) => /^(#[A-Z/0!?]+|Err:\d+)/.test(c)),
    ).toEqual([]);
  });
});
