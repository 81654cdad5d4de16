import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { captureConsole, tempDir } from "../../helpers/xlsx";
import { displayedValues, withoutCachedFormulaValues } from "../../helpers/libreoffice";

const REPORT_SHEETS = [
  "Sammanfattning",
  "Avvikelse per nivå",
  "Driftredovisning",
  "Viktigaste förklaringar",
  "Investeringar",
];
/** The bundled example: the Lomma fixture plus an investments sheet with the published totals. */
const example = join(__dirname, "..", "..", "..", "assets", "exempel-socialnamnden-2024-04.xlsx");

/** LibreOffice writes Swedish thousands separators as (narrow) no-break spaces: compare them as spaces. */
const plain = (rows: string[][] | undefined): string[][] =>
  (rows ?? []).map((r) => r.map((c) => c.replace(/[\u00a0\u202f]/g, " ")));

const rowOf = (rows: string[][], label: string): string[] | undefined => rows.find((r) => r[0] === label);

describe("the Lomma report in LibreOffice, every formula recomputed", () => {
  let cached: Map<string, string[][]>;
  let recomputed: Map<string, string[][]>;
  let inMnkr: Map<string, string[][]>;

  beforeAll(async () => {
    const dir = tempDir();
    const report = join(dir, "lomma-rapport.xlsx");
    const mnkr = join(dir, "lomma-rapport-mnkr.xlsx");
    writeFileSync(join(dir, "mnkr.json"), JSON.stringify({ reportUnit: "mkr" }));
    const now = new Date(2026, 10, 23, 9, 0);
    expect(await main(["generate", example, "--out", report], captureConsole(), now)).toBe(0);
    const config = join(dir, "mnkr.json");
    expect(await main(["generate", example, "--out", mnkr, "--config", config], captureConsole(), now)).toBe(
      0,
    );
    [cached, recomputed, inMnkr] = await Promise.all([
      displayedValues(report),
      displayedValues(await withoutCachedFormulaValues(report)),
      displayedValues(await withoutCachedFormulaValues(mnkr)),
    ]);
  }, 240_000);

  it.each(REPORT_SHEETS)("%s: recomputed formulas show exactly what the file claims", (sheet) => {
    expect(plain(recomputed.get(sheet)).length).toBeGreaterThan(5);
    expect(plain(recomputed.get(sheet))).toEqual(plain(cached.get(sheet)));
  });

  it.each(REPORT_SHEETS)("%s: no error cells", (sheet) => {
    const errors = plain(recomputed.get(sheet))
      .flat()
      .filter((c) => /^(#[A-Z/0!?]+|Err:\d+)/.test(c));
    expect(errors).toEqual([]);
  });

  it("shows the published deviations per level and in total (tkr)", () => {
    const rows = plain(recomputed.get("Avvikelse per nivå"));
    expect(rowOf(rows, "Hälsa, vård och omsorg")?.slice(3, 7)).toEqual([
      "-4 712",
      "-389 600",
      "-370 000",
      "-19 600",
    ]);
    expect(rowOf(rows, "Totalt")?.[3]).toBe("-1 920");
    expect(rowOf(rows, "Totalt")?.[6]).toBe("-14 400");
  });

  it("shows the correct cost forecast where the published table had it wrong", () => {
    const rows = plain(recomputed.get("Driftredovisning"));
    expect(rowOf(rows, "Verksamhetens kostnader")?.slice(4, 7)).toEqual(["-700 116", "-669 763", "-30 353"]);
    expect(rowOf(rows, "Årets resultat")?.slice(4, 7)).toEqual(["-14 400", "0", "-14 400"]);
  });

  it("adds up the explanations to each level's deviation", () => {
    const rows = plain(recomputed.get("Viktigaste förklaringar"));
    expect(rowOf(rows, "Totalt Hälsa, vård och omsorg")?.[1]).toBe("-19 600");
    expect(rowOf(rows, "Totalt Individ- och familjeomsorg")?.[1]).toBe("3 800");
    expect(rowOf(rows, "Totalt LSS")?.[1]).toBe("1 400");
    expect(rowOf(rows, "Totalt för socialnämnden")?.[1]).toBe("-14 400");
  });

  it("shows the published investment totals (tkr)", () => {
    const rows = plain(recomputed.get("Investeringsredovisning"));
    expect(rowOf(rows, "Totalt")?.slice(1, 5)).toEqual(["0", "1 500", "2 500", "1 000"]);
  });

  it("in mnkr shows the deviations at the published report's precision (0,1 mnkr)", () => {
    const rows = plain(inMnkr.get("Avvikelse per nivå"));
    expect(
      ["Hälsa, vård och omsorg", "Individ- och familjeomsorg", "LSS", "Totalt"].map((l) => [
        rowOf(rows, l)?.[3],
        rowOf(rows, l)?.[6],
      ]),
    ).toEqual([
      ["-4,7", "-19,6"],
      ["2,2", "3,8"],
      ["0,6", "1,4"],
      ["-1,9", "-14,4"],
    ]);
  });
});
