import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EngineResult } from "../../../src/core/engine";
import type { ReportSheet } from "../../../src/core/report/layout";
import { levelSheet } from "../../../src/core/report/level-sheet";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";
import { linkopingMonths, previousColumnResult } from "./comparison-results";
import { GENERATED_AT, cellAt, formulaAt, formulaCells, rowOf, textOf, valueAt } from "./report-builder";

/** The fixture's per-level figures in kronor: July's forecast and deviation, and the change to August. */
const EXPECTED = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "fixtures", "linkoping", "linkoping.expected.json"), "utf8"),
) as {
  change: {
    name: string;
    previousForecast: string;
    previousForecastDeviation: string;
    forecastDeviationChange: string;
  }[];
};

const tkr = (kronor: string): number => Number(kronor) / 1000;

const sheetOf = (result: EngineResult): ReportSheet =>
  levelSheet({ result, generatedAt: GENERATED_AT }).sheet;

async function august(settings?: SettingsOverride): Promise<ReportSheet> {
  return sheetOf((await linkopingMonths(settings)).august);
}

/** The header row's texts from column H on. */
const headersFrom = (sheet: ReportSheet, row: number, from: string): (string | undefined)[] => {
  const col = from.charCodeAt(0) - 65;
  return (sheet.rows[row - 1] ?? []).slice(col).map(textOf);
};

describe("the level sheet compares the forecast with the one after July (Linköping, August 2023)", () => {
  it("heads the comparison with July's month, beside the year's figures", async () => {
    const sheet = await august();
    const first = rowOf(sheet, "LSS, SFB och HSL");
    expect(headersFrom(sheet, first - 1, "H").slice(0, 6)).toEqual([
      "Förbrukningsgrad",
      "Perioden",
      "Helår",
      "Prognos efter juli",
      "Avvikelse efter juli",
      "Förändring",
    ]);
    expect(textOf(cellAt(sheet, `I${first - 2}`))).toBe("Avvikelse i % av budget");
    expect(textOf(cellAt(sheet, `K${first - 2}`))).toBe("Jämfört med prognosen efter juli");
    expect(sheet.merges).toEqual(
      expect.arrayContaining([`I${first - 2}:J${first - 2}`, `K${first - 2}:M${first - 2}`]),
    );
  });

  it("gives July's forecast and deviation as the numbers reported then, and the change as G − L, exactly", async () => {
    const sheet = await august();
    for (const level of EXPECTED.change) {
      const n = rowOf(sheet, level.name);
      expect(cellAt(sheet, `K${n}`)).toMatchObject({ kind: "number", value: tkr(level.previousForecast) });
      expect(cellAt(sheet, `L${n}`)).toMatchObject({
        kind: "number",
        value: tkr(level.previousForecastDeviation),
      });
      expect(formulaAt(sheet, `M${n}`)).toMatchObject({
        formula: `G${n}-L${n}`,
        value: tkr(level.forecastDeviationChange),
      });
      expect(valueAt(sheet, `G${n}`) - valueAt(sheet, `L${n}`)).toBe(valueAt(sheet, `M${n}`));
    }
  });

  it("sums July's figures in the total row: −25 → −35 mnkr, a change of −10 mnkr", async () => {
    const sheet = await august();
    const first = rowOf(sheet, "LSS, SFB och HSL");
    const t = rowOf(sheet, "Totalt");
    expect(formulaAt(sheet, `K${t}`)).toMatchObject({
      formula: `SUM(K${first}:K${t - 1})`,
      value: 1_897_000,
    });
    expect(formulaAt(sheet, `L${t}`)).toMatchObject({ formula: `SUM(L${first}:L${t - 1})`, value: -25_000 });
    expect(formulaAt(sheet, `M${t}`)).toMatchObject({ formula: `G${t}-L${t}`, value: -10_000 });
    expect(valueAt(sheet, `G${t}`)).toBe(-35_000);
    // deviations and changes red when negative; the forecast a plain amount
    expect(formulaAt(sheet, `M${t}`).format).toContain("[Red]");
    expect(formulaAt(sheet, `K${t}`).format).not.toContain("[Red]");
  });

  it("gives each deviation in per cent of its budget: the period's of the period's budget, the year's of the annual", async () => {
    const sheet = await august();
    const n = rowOf(sheet, "LSS, SFB och HSL");
    const t = rowOf(sheet, "Totalt");
    expect(formulaAt(sheet, `I${n}`)).toMatchObject({
      formula: `D${n}/ABS(C${n})`,
      format: "0.0 %;[Red]-0.0 %",
    });
    expect(formulaAt(sheet, `J${n}`).formula).toBe(`G${n}/ABS(F${n})`);
    // −16,7 of 608 mnkr and −23 of 912 mnkr; in total −27 of 1 248 and −35 of 1 872 (1,9 %)
    expect(valueAt(sheet, `I${n}`)).toBeCloseTo(-16.7 / 608, 15);
    expect(valueAt(sheet, `J${n}`)).toBeCloseTo(-23 / 912, 15);
    expect(valueAt(sheet, `I${t}`)).toBeCloseTo(-27 / 1248, 15);
    expect(valueAt(sheet, `J${t}`)).toBeCloseTo(-35 / 1872, 15);
  });

  it("keeps the costs' sign the report shows for July's forecast, and never flips a deviation", async () => {
    const sheet = await august({ reportSign: "incomePositive", reportUnit: "mkr" });
    const n = rowOf(sheet, "LSS, SFB och HSL");
    expect(valueAt(sheet, `K${n}`)).toBe(-931);
    expect(valueAt(sheet, `L${n}`)).toBe(-19);
    expect(valueAt(sheet, `M${n}`)).toBe(-4);
    // a share of |budget|: the budget is negative in this sign, the deficit still a negative share
    expect(formulaAt(sheet, `J${n}`).value).toBeCloseTo(-23 / 912, 15);
  });

  it("stays one printed page wide, its headers frozen, the chart's figures hidden right of the table", async () => {
    const sheet = await august();
    const first = rowOf(sheet, "LSS, SFB och HSL");
    expect(sheet.page).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitTo: { width: 1, height: 0 },
    });
    expect(sheet.freeze).toEqual({ rows: first - 1, columns: 1 });
    expect(sheet.columnWidths).toHaveLength(13);
    expect(sheet.hiddenColumns).toEqual([13, 14, 15, 16]);
    expect(sheet.rowHeights?.[first - 1]).toBeGreaterThanOrEqual(30);
  });

  it("has no comparison in July's report, which has nothing to compare with", async () => {
    const sheet = sheetOf((await linkopingMonths()).july);
    const first = rowOf(sheet, "LSS, SFB och HSL");
    expect(headersFrom(sheet, first - 1, "H")).toEqual([
      "Förbrukningsgrad",
      "Perioden",
      "Helår",
      "Diagram: överskott",
      "Diagram: underskott",
    ]);
    expect(sheet.hiddenColumns).toEqual([10, 11]);
    expect(sheet.columnWidths).toHaveLength(10);
  });

  it("shows a dash for a level the earlier report did not have, and then its total as reported, with a note", async () => {
    const { august: result } = await linkopingMonths(undefined, (july) => [
      { ...july, levels: july.levels.filter((l) => l.name !== "Gemensam administration") },
    ]);
    const sheet = sheetOf(result);
    const n = rowOf(sheet, "Gemensam administration");
    const t = rowOf(sheet, "Totalt");
    for (const c of ["K", "L", "M"]) expect(textOf(cellAt(sheet, `${c}${n}`))).toBe("–");
    // the snapshot's total still holds the level: not the sum of the rows above, so a number
    expect(cellAt(sheet, `L${t}`)).toMatchObject({ kind: "number", value: -25_000 });
    expect(formulaAt(sheet, `M${t}`)).toMatchObject({ formula: `G${t}-L${t}`, value: -10_000 });
    expect(
      sheet.rows.some((r) =>
        textOf(r[0])?.startsWith("Totalraden för prognosen efter juli är den som rapporterades då"),
      ),
    ).toBe(true);
  });

  it("heads a previous-forecast column that names no month 'Föregående prognos', its figures from the column", () => {
    // HVO: budget 12 000, forecast 13 900, earlier 13 000 → −1 900 against −1 000, a change of −900.
    const sheet = sheetOf(
      previousColumnResult([
        ["HVO", 5110, 12000, 4500, 13900, 13000],
        ["IFO", 5110, 6000, 1900, 5500, 5800],
      ]),
    );
    const n = rowOf(sheet, "HVO");
    expect(headersFrom(sheet, n - 1, "K").slice(0, 3)).toEqual([
      "Föregående prognos",
      "Föregående avvikelse",
      "Förändring",
    ]);
    expect(textOf(cellAt(sheet, `K${n - 2}`))).toBe("Jämfört med föregående prognos");
    expect([valueAt(sheet, `K${n}`), valueAt(sheet, `L${n}`), valueAt(sheet, `M${n}`)]).toEqual([
      13000, -1000, -900,
    ]);
    const t = rowOf(sheet, "Totalt");
    expect([valueAt(sheet, `K${t}`), valueAt(sheet, `L${t}`), valueAt(sheet, `M${t}`)]).toEqual([
      18800, -800, -600,
    ]);
  });

  it("has formulas that reference only its own figures: the table's, and July's numbers beside them", async () => {
    const sheet = await august();
    const first = rowOf(sheet, "LSS, SFB och HSL");
    const t = rowOf(sheet, "Totalt");
    for (const { a1, formula } of formulaCells(sheet))
      for (const ref of formula.match(/[A-Z]+\d+/g) ?? []) {
        expect({ a1, ref, number: ["number", "formula"].includes(cellAt(sheet, ref)?.kind ?? "") }).toEqual({
          a1,
          ref,
          number: true,
        });
        const row = Number(/\d+/.exec(ref)?.[0]);
        expect(row).toBeGreaterThanOrEqual(first);
        expect(row).toBeLessThanOrEqual(t);
      }
  });
});
