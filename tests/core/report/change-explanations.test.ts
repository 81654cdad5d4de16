import { runEngine } from "../../../src/core/engine";
import type { CellValue, SheetGrid } from "../../../src/core/model/grid";
import { explanationsSheet } from "../../../src/core/report/explanations-sheet";
import type { ReportSheet } from "../../../src/core/report/layout";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";
import { evaluate, halfLastDigit } from "./formula-eval";
import { GENERATED_AT, columnName, formulaAt, labelsFrom, rowOf, textOf, valueAt } from "./report-builder";

type Row = readonly CellValue[];

// In tkr, costs positive. Forecast deviations now: HVO 12 000 − 12 900 = −900, IFO 6 000 − 5 500 = +500.
// After July the forecasts were 12 400 and 5 600: deviations −400 and +400, so HVO worsened by 500 and
// IFO improved by 100; in total −400.
const LEDGER: Row[] = [
  ["Belopp i tkr"],
  [
    "Anslagsbindningsnivå",
    "Konto",
    "Budget 2024",
    "Utfall jan–aug 2024",
    "Prognos helår",
    "Föregående prognos",
  ],
  ["HVO", 5110, 12000, 8000, 12900, 12400],
  ["IFO", 4610, 6000, 3800, 5500, 5600],
];

// HVO: the deviation −900 all explained; its change −500 explained by −350, so −150 is not.
// IFO: the deviation +500 explained by 500; its change +100 all explained. Fritid is no level.
const EXPLANATIONS: Row[] = [
  ["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr", "Avser"],
  ["HVO", "Ökade färdtjänstkostnader", -1500, null],
  ["HVO", "Vakanta tjänster", 600, null],
  ["HVO", "Fler brukare i hemtjänsten sedan juli", -350, "Prognosförändring"],
  ["IFO", "Lägre kostnader för tolkar", 500, null],
  ["IFO", "Två placeringar avslutade i augusti", 100, "Prognosförändring"],
  ["Fritid", "Fler besökare sedan juli", 50, "Prognosförändring"],
];

function sheetOf(ledger: readonly Row[], settings?: SettingsOverride): ReportSheet {
  const sheets: SheetGrid[] = [
    { name: "Underlag", rows: ledger },
    { name: "Förklaringar", rows: EXPLANATIONS },
  ];
  const out = runEngine({ workbook: { sheets }, ...(settings ? { settings } : {}) });
  if (!out.result) throw new Error(out.issues.map((i) => i.message).join("; "));
  return explanationsSheet({ result: out.result, generatedAt: GENERATED_AT });
}

/** The ledger without its previous forecast: nothing to compare with. */
const WITHOUT_PREVIOUS = LEDGER.map((r) => r.slice(0, 5));

describe("the explanations of the forecast change on the report", () => {
  it("lists them under their own heading, per level, apart from the deviation's", () => {
    const sheet = sheetOf(LEDGER);
    const heading = rowOf(sheet, "Förklaringar till prognosförändringen");
    expect(labelsFrom(sheet, rowOf(sheet, "HVO")).slice(0, 8)).toEqual([
      "HVO",
      "Ökade färdtjänstkostnader",
      "Vakanta tjänster",
      "Totalt HVO",
      "IFO",
      "Lägre kostnader för tolkar",
      "Totalt IFO",
      "Totalt för nämnden",
    ]);
    expect(labelsFrom(sheet, heading)).toEqual([
      "Förklaringar till prognosförändringen",
      "Förändring av den prognostiserade avvikelsen sedan föregående prognos. Negativt belopp = försämring.",
      "HVO",
      "Fler brukare i hemtjänsten sedan juli",
      "Ej förklarat",
      "Totalt HVO",
      "IFO",
      "Två placeringar avslutade i augusti",
      "Totalt IFO",
      "Totalt för nämnden",
      "Förklaringar som inte räknas in (nivån finns inte i underlaget):",
      "Fritid: Fler besökare sedan juli (prognosförändring)",
    ]);
  });

  it("reconciles each level's explanations with its change, the part not explained on a line of its own", () => {
    const sheet = sheetOf(LEDGER);
    const heading = rowOf(sheet, "Förklaringar till prognosförändringen");
    const hvo = heading + 2;
    expect(textOf(sheet.rows[hvo - 1]?.[0])).toBe("HVO");
    expect(valueAt(sheet, `B${hvo + 1}`)).toBe(-350);
    expect(valueAt(sheet, `B${hvo + 2}`)).toBe(-150);
    expect(formulaAt(sheet, `B${hvo + 3}`)).toMatchObject({
      formula: `SUM(B${hvo + 1}:B${hvo + 2})`,
      value: -500,
    });
    const ifoTotal = hvo + 7;
    expect(textOf(sheet.rows[ifoTotal - 1]?.[0])).toBe("Totalt IFO");
    expect(formulaAt(sheet, `B${ifoTotal}`)).toMatchObject({
      formula: `SUM(B${ifoTotal - 1}:B${ifoTotal - 1})`,
      value: 100,
    });
    const grand = ifoTotal + 2;
    expect(formulaAt(sheet, `B${grand}`)).toMatchObject({ formula: `B${hvo + 3}+B${ifoTotal}`, value: -400 });
  });

  it("writes formulas whose cached values are what they compute", () => {
    const sheet = sheetOf(LEDGER, { reportUnit: "mkr" });
    let count = 0;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.kind !== "formula") return;
        count++;
        const off = Math.abs(evaluate(cell.formula, sheet) - cell.value);
        if (off > halfLastDigit(cell.format))
          throw new Error(`${columnName(c)}${r + 1}: ${cell.formula} computes otherwise than ${cell.value}`);
      }),
    );
    // two levels and the committee, for the deviation and for the change
    expect(count).toBe(6);
  });

  it("without a previous forecast, lists them unreconciled under a note saying so", () => {
    const sheet = sheetOf(WITHOUT_PREVIOUS);
    const heading = rowOf(sheet, "Förklaringar till prognosförändringen");
    expect(labelsFrom(sheet, heading)).toEqual([
      "Förklaringar till prognosförändringen",
      "Det finns ingen tidigare prognos att jämföra med, så förklaringarna nedan stäms inte av mot någon förändring.",
      "HVO",
      "Fler brukare i hemtjänsten sedan juli",
      "IFO",
      "Två placeringar avslutade i augusti",
      "Förklaringar som inte räknas in (nivån finns inte i underlaget):",
      "Fritid: Fler besökare sedan juli (prognosförändring)",
    ]);
    expect(sheet.rows.slice(heading).some((r) => r[1]?.kind === "formula")).toBe(false);
  });

  it("has no such part when nothing is compared and nothing explains a change", () => {
    const sheets: SheetGrid[] = [
      { name: "Underlag", rows: WITHOUT_PREVIOUS },
      { name: "Förklaringar", rows: EXPLANATIONS.filter((r) => r[3] !== "Prognosförändring") },
    ];
    const out = runEngine({ workbook: { sheets } });
    if (!out.result) throw new Error("no result");
    const sheet = explanationsSheet({ result: out.result, generatedAt: GENERATED_AT });
    expect(sheet.rows.some((r) => textOf(r[0]) === "Förklaringar till prognosförändringen")).toBe(false);
  });
});
