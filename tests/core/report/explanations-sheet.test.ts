import { explanationsSheet } from "../../../src/core/report/explanations-sheet";
import type { ReportSheet } from "../../../src/core/report/layout";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";
import type { Ledger, Row } from "./report-builder";
import { cellAt, contextOf, formulaAt, labelsFrom, rowOf, textOf, valueAt } from "./report-builder";

// In tkr, costs positive. Forecast deviations: HVO 12 000 − 12 900 = −900, IFO 6 000 − 5 500 = +500,
// LSS 3 000 − 2 800 = +200, FO 1 200 − 1 200 = 0. Total −200.
const ROWS: Row[] = [
  ["HVO", 5110, 12000, 4000, 12900],
  ["IFO", 4610, 6000, 2000, 5500],
  ["LSS", 5110, 3000, 1000, 2800],
  ["FO", 5110, 1200, 400, 1200],
];

// HVO fully explained (−1 500 + 600); IFO 300 of 500, so 200 not explained; LSS 199,6 of 200, so
// 0,4 tkr not explained, which is 0 in whole tkr; FO nothing, and nothing to explain; Fritid unknown.
const EXPLANATIONS: Row[] = [
  ["HVO", "Ökade färdtjänstkostnader", -1500],
  ["HVO", "Vakanta tjänster", 600],
  ["IFO", "Lägre kostnader för tolkar", 300],
  ["LSS", "Vakanta tjänster", 199.6],
  ["Fritid", "Fler besökare", 100],
];

const sheetOf = (settings?: SettingsOverride, explanations: readonly Row[] = EXPLANATIONS): ReportSheet => {
  const ledger: Ledger = { rows: ROWS, explanations, title: "Socialnämnden – underlag" };
  return explanationsSheet(contextOf(settings ? { ...ledger, settings } : ledger));
};

describe("the sheet of the most important explanations", () => {
  it("lists each level's explanations, the part not explained when it shows, and the level's total", () => {
    const sheet = sheetOf();
    expect(labelsFrom(sheet, rowOf(sheet, "HVO"))).toEqual([
      "HVO",
      "Ökade färdtjänstkostnader",
      "Vakanta tjänster",
      "Totalt HVO",
      "IFO",
      "Lägre kostnader för tolkar",
      "Ej förklarat",
      "Totalt IFO",
      "LSS",
      "Vakanta tjänster",
      "Totalt LSS",
      "FO",
      "Totalt FO",
      "Totalt för socialnämnden",
      "Förklaringar som inte räknas in (nivån finns inte i underlaget):",
      "Fritid: Fler besökare",
    ]);
    const ifo = rowOf(sheet, "IFO");
    expect(valueAt(sheet, `B${ifo + 1}`)).toBe(300);
    expect(valueAt(sheet, `B${ifo + 2}`)).toBe(200);
    expect(cellAt(sheet, `A${ifo + 2}`)).toMatchObject({ kind: "text", style: "warning" });
  });

  it("sums the rows above each level's total, whose value is the level's forecast deviation", () => {
    const sheet = sheetOf();
    const expected: [string, number][] = [
      ["HVO", -900],
      ["IFO", 500],
      ["LSS", 200],
    ];
    for (const [level, deviation] of expected) {
      const heading = rowOf(sheet, level);
      const total = rowOf(sheet, `Totalt ${level}`);
      const cell = formulaAt(sheet, `B${total}`);
      expect(cell.formula).toBe(`SUM(B${heading + 1}:B${total - 1})`);
      expect(cell.value).toBe(deviation);
      expect(cell.format).toContain("[Red]");
    }
    // The 0,4 tkr left out of LSS is a rounding difference: the rows add to 199,6, shown as 200.
    expect(valueAt(sheet, `B${rowOf(sheet, "LSS") + 1}`)).toBe(199.6);
  });

  it("gives a level with nothing to explain a total of zero", () => {
    const sheet = sheetOf();
    expect(formulaAt(sheet, `B${rowOf(sheet, "Totalt FO")}`)).toMatchObject({ formula: "0", value: 0 });
  });

  it("adds the levels' totals for the committee", () => {
    const sheet = sheetOf();
    const totals = ["HVO", "IFO", "LSS", "FO"].map((l) => `B${rowOf(sheet, `Totalt ${l}`)}`);
    const grand = formulaAt(sheet, `B${rowOf(sheet, "Totalt för socialnämnden")}`);
    expect(grand.formula).toBe(totals.join("+"));
    expect(grand.value).toBe(-900 + 500 + 200 + 0);
  });

  it("lists an explanation of an unknown level under no level, after the total, as not counted", () => {
    const sheet = sheetOf();
    const texts = sheet.rows.map((r) => textOf(r[0]));
    const grand = texts.indexOf("Totalt för socialnämnden");
    expect(texts.findIndex((t) => t?.includes("Fritid"))).toBeGreaterThan(grand);
    expect(texts[texts.length - 2]).toBe("Förklaringar som inte räknas in (nivån finns inte i underlaget):");
    expect(formulaAt(sheet, `B${grand + 1}`).value).toBe(-900 + 500 + 200 + 0);
  });

  it("shows the whole deviation as not explained when there are no explanations", () => {
    const sheet = sheetOf(undefined, []);
    const hvo = rowOf(sheet, "HVO");
    expect(labelsFrom(sheet, hvo).slice(0, 3)).toEqual(["HVO", "Ej förklarat", "Totalt HVO"]);
    expect(valueAt(sheet, `B${hvo + 1}`)).toBe(-900);
    expect(formulaAt(sheet, `B${hvo + 2}`)).toMatchObject({
      formula: `SUM(B${hvo + 1}:B${hvo + 1})`,
      value: -900,
    });
  });

  it("keeps deviations positive for a surplus when the report shows income positive", () => {
    const sheet = sheetOf({ reportSign: "incomePositive" });
    expect(valueAt(sheet, `B${rowOf(sheet, "Totalt HVO")}`)).toBe(-900);
    expect(valueAt(sheet, `B${rowOf(sheet, "Ej förklarat")}`)).toBe(200);
  });

  it("in mnkr, leaves out a part not explained that is 0,0 mnkr", () => {
    // IFO: 200 tkr is 0,2 mnkr and shows; with 460 of 500 explained, 40 tkr is 0,0 mnkr and does not.
    const shows = sheetOf({ reportUnit: "mkr" });
    expect(valueAt(shows, `B${rowOf(shows, "Ej förklarat")}`)).toBe(0.2);
    const hidden = sheetOf({ reportUnit: "mkr" }, [["IFO", "Lägre kostnader för tolkar", 460]]);
    const ifo = rowOf(hidden, "IFO");
    expect(labelsFrom(hidden, ifo).slice(0, 3)).toEqual(["IFO", "Lägre kostnader för tolkar", "Totalt IFO"]);
    expect(valueAt(hidden, `B${ifo + 2}`)).toBe(0.5);
  });

  it("keeps a level's name and an explanation as text, even when they look like formulas", () => {
    const ledger: Ledger = {
      rows: [["=CMD()", 5110, 1200, 400, 1300]],
      explanations: [["=CMD()", '=HYPERLINK("x")', -100]],
    };
    const sheet = explanationsSheet(contextOf(ledger));
    const n = rowOf(sheet, "=CMD()");
    expect(cellAt(sheet, `A${n + 1}`)).toMatchObject({ kind: "text", text: '=HYPERLINK("x")' });
    expect(cellAt(sheet, `A${n + 2}`)).toMatchObject({ kind: "text", text: "Totalt =CMD()" });
  });
});
