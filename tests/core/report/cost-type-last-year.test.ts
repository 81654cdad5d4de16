import Decimal from "decimal.js";
import { runEngine } from "../../../src/core/engine";
import { costTypeSheet } from "../../../src/core/report/cost-type-sheet";
import type { ReportCell, ReportSheet } from "../../../src/core/report/layout";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";
import type { Row } from "./report-builder";
import { evaluate } from "./formula-eval";
import {
  GENERATED_AT,
  cellAt,
  formulaAt,
  formulaCells,
  labelsFrom,
  rowOf,
  textOf,
  valueAt,
} from "./report-builder";

// April 2024 in tkr, costs positive: level, account, budget, outcome, forecast, then last year's
// January–April outcome and full year (Bokslut).
const ROWS: Row[] = [
  ["HVO", 3110, -1200, -500, -1300, -400, -1250], // Verksamhetens intäkter
  ["HVO", 5110, 12000, 4300, 13000, 4000, 12600], // Personalkostnader
  ["HVO", 6010, 1200, 400, 1200, 0, 1100], // Lokalhyror: none last year's period
  ["IFO", 4610, 6000, 1900, 5500, 2000.5, 5900], // Köp av huvudverksamhet
  ["HVO", 8410, 120, 30, 150, 25, 110], // Finansnetto
  ["HVO", 3911, -12000, -4000, -12000, -3900, -11700], // Kommunbidrag
  ["IFO", 3911, -6000, -2000, -6000, -1950, -5850], // Kommunbidrag
];
const HEADER = ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"];
const SAME_PERIOD = "Utfall jan–apr 2023";
const FULL_YEAR = "Bokslut 2023";
const SETTINGS: SettingsOverride = { kommunbidragAccounts: ["3911"] };

// Last year's period: costs 4 000 + 0 + 2 000,5 = 6 000,5; net cost −400 + 6 000,5 = 5 600,5;
// result 5 600,5 − 5 850 + 25 = −224,5. Full year: 19 600; 18 350; 18 350 − 17 550 + 110 = 910.
const SUBTOTALS: [string, number, number][] = [
  ["Verksamhetens kostnader", 6000.5, 19600],
  ["Verksamhetens nettokostnader", 5600.5, 18350],
  ["Årets resultat", -224.5, 910],
];

/** The sheet of a ledger with last year's columns `extra` (of SAME_PERIOD, FULL_YEAR) beside this year's. */
function sheetWith(extra: string[], settings: SettingsOverride = {}): ReportSheet {
  const picked = [SAME_PERIOD, FULL_YEAR].map((h) => extra.includes(h));
  const rows = ROWS.map((r) => [...r.slice(0, 5), ...r.slice(5).filter((_, i) => picked[i])]);
  const out = runEngine({
    workbook: { sheets: [{ name: "Underlag", rows: [["Belopp i tkr"], [...HEADER, ...extra], ...rows] }] },
    settings: { ...SETTINGS, ...settings },
  });
  if (!out.result) throw new Error(out.issues.map((i) => i.message).join("; "));
  return costTypeSheet({ result: out.result, generatedAt: GENERATED_AT });
}

const headerRow = (sheet: ReportSheet): number => rowOf(sheet, "Kostnadsslag");
const headers = (sheet: ReportSheet): (string | undefined)[] =>
  (sheet.rows[headerRow(sheet) - 1] ?? []).map(textOf);
/** The change as the sheet must cache it: (this year − last year) / last year, exact until the double. */
const change = (now: number, last: number): number => new Decimal(now).minus(last).dividedBy(last).toNumber();

describe("Driftredovisning with last year's figures", () => {
  const sheet = sheetWith([SAME_PERIOD, FULL_YEAR]);
  const row = (label: string): number => rowOf(sheet, label);

  it("adds the same period last year, the change in per cent and last year's full year under one group", () => {
    expect(headers(sheet)).toEqual([
      "Kostnadsslag",
      "Utfall",
      "Budget",
      "Avvikelse",
      "Prognos",
      "Budget",
      "Avvikelse",
      "Utfall samma period fg år",
      "Förändring, %",
      "Bokslut fg år",
    ]);
    const top = headerRow(sheet) - 1;
    expect(textOf(cellAt(sheet, `H${top}`))).toBe("Föregående år");
    expect(sheet.merges).toEqual([`B${top}:D${top}`, `E${top}:G${top}`, `H${top}:J${top}`]);
    // printable: the new headers wrap to two lines in a row tall enough for them, the page fits to width
    expect(sheet.columnWidths).toHaveLength(10);
    expect(sheet.rowHeights).toEqual({ [headerRow(sheet)]: 30 });
    expect(sheet.page).toMatchObject({ orientation: "landscape", fitTo: { width: 1, height: 0 } });
    expect(textOf(sheet.rows[3]?.[0])).toContain(
      "Förändring, %: periodens utfall mot samma period 2023, i procent av det senare (tomt vid noll eller teckenbyte).",
    );
  });

  it("keeps the rows in report order", () => {
    expect(labelsFrom(sheet, row("Verksamhetens intäkter"))).toEqual([
      "Verksamhetens intäkter",
      "Personalkostnader",
      "Lokalhyror",
      "Köp av huvudverksamhet",
      "Verksamhetens kostnader",
      "Verksamhetens nettokostnader",
      "Kommunbidrag",
      "Finansnetto",
      "Årets resultat",
    ]);
  });

  it("shows each line's last-year amounts as they were booked, in tkr with costs positive", () => {
    const lines: [string, number, number][] = [
      ["Verksamhetens intäkter", -400, -1250],
      ["Personalkostnader", 4000, 12600],
      ["Lokalhyror", 0, 1100],
      ["Köp av huvudverksamhet", 2000.5, 5900],
      ["Kommunbidrag", -5850, -17550],
      ["Finansnetto", 25, 110],
    ];
    for (const [label, same, full] of lines) {
      expect(cellAt(sheet, `H${row(label)}`)).toMatchObject({
        kind: "number",
        value: same,
        format: "#,##0;-#,##0",
      });
      expect(cellAt(sheet, `J${row(label)}`)).toMatchObject({ kind: "number", value: full });
    }
  });

  it("gives the new columns the same subtotal formulas as Utfall, with the exact sums cached", () => {
    for (const [label, same, full] of SUBTOTALS) {
      const n = row(label);
      const outcome = formulaAt(sheet, `B${n}`).formula;
      expect(formulaAt(sheet, `H${n}`)).toMatchObject({ formula: outcome.replace(/B/g, "H"), value: same });
      expect(formulaAt(sheet, `J${n}`)).toMatchObject({ formula: outcome.replace(/B/g, "J"), value: full });
    }
    // the result adds the net cost, Kommunbidrag and Finansnetto, the three rows above it
    expect(formulaAt(sheet, `H${row("Årets resultat")}`).formula).toBe(
      `SUM(H${row("Verksamhetens nettokostnader")}:H${row("Finansnetto")})`,
    );
  });

  it("computes the change against last year's period as a formula with its exact value, on every row", () => {
    const expected: [string, number, number][] = [
      ["Verksamhetens intäkter", -500, -400], // +25 %: the income grew
      ["Personalkostnader", 4300, 4000],
      ["Köp av huvudverksamhet", 1900, 2000.5],
      ["Verksamhetens kostnader", 6600, 6000.5],
      ["Verksamhetens nettokostnader", 6100, 5600.5],
      ["Kommunbidrag", -6000, -5850],
      ["Finansnetto", 30, 25],
    ];
    for (const [label, now, last] of expected) {
      const n = row(label);
      expect(formulaAt(sheet, `I${n}`)).toMatchObject({
        formula: `(B${n}-H${n})/H${n}`,
        value: change(now, last),
        format: "0.0 %",
      });
    }
    expect(valueAt(sheet, `I${row("Verksamhetens intäkter")}`)).toBe(0.25);
    expect(valueAt(sheet, `I${row("Köp av huvudverksamhet")}`)).toBe(-100.5 / 2000.5);
  });

  it("has formulas in every new column that compute the values they cache", () => {
    const checked = formulaCells(sheet).filter((f) => /^[HIJ]/.test(f.a1));
    // three subtotals in H and J, and the change on every row but Lokalhyror and Årets resultat
    expect(checked).toHaveLength(3 + 3 + 7);
    for (const { a1, formula, value } of checked)
      expect({ a1, value: evaluate(formula, sheet) }).toEqual({
        a1,
        value: expect.closeTo(value, 12) as number,
      });
  });

  it("leaves the change empty where last year's period is zero, or of the other sign", () => {
    expect(cellAt(sheet, `I${row("Lokalhyror")}`)).toBeUndefined();
    // a result of 130 against −224,5: a deficit turned surplus is no percentage of either
    expect(cellAt(sheet, `I${row("Årets resultat")}`)).toBeUndefined();
  });

  it("with income positive in mnkr, negates last year's amounts and shows the same changes", () => {
    const mnkr = sheetWith([SAME_PERIOD, FULL_YEAR], { reportSign: "incomePositive", reportUnit: "mkr" });
    const at = (label: string, col: string): number => valueAt(mnkr, `${col}${rowOf(mnkr, label)}`);
    expect(at("Köp av huvudverksamhet", "H")).toBe(-2.0005);
    expect(at("Verksamhetens intäkter", "J")).toBe(1.25);
    expect(at("Årets resultat", "H")).toBe(0.2245);
    expect(at("Årets resultat", "J")).toBe(-0.91);
    expect(cellAt(mnkr, `H${rowOf(mnkr, "Personalkostnader")}`)).toMatchObject({
      format: "#,##0.0;-#,##0.0",
    });
    // a cost that grew is a positive change whichever sign the report shows
    const changes = (s: ReportSheet): (ReportCell | undefined)[] =>
      s.rows.slice(rowOf(s, "Kostnadsslag")).map((r) => r[8]);
    expect(changes(mnkr)).toEqual(changes(sheet));
  });

  it("shows only the columns the books have", () => {
    const fullYear = sheetWith([FULL_YEAR]);
    expect(headers(fullYear).slice(7)).toEqual(["Bokslut fg år"]);
    const top = headerRow(fullYear) - 1;
    expect(textOf(cellAt(fullYear, `H${top}`))).toBe("Föregående år");
    expect(fullYear.merges).toHaveLength(2);
    expect(formulaAt(fullYear, `H${rowOf(fullYear, "Årets resultat")}`).value).toBe(910);
    expect(textOf(fullYear.rows[3]?.[0])).not.toContain("Förändring");

    const samePeriod = sheetWith([SAME_PERIOD]);
    expect(headers(samePeriod).slice(7)).toEqual(["Utfall samma period fg år", "Förändring, %"]);
    expect(samePeriod.columnWidths).toHaveLength(9);
  });
});

describe("Driftredovisning without last year's figures", () => {
  /** Columns A–G of every row, the header note without the change's sentence, no row heights. */
  function withoutLastYear(sheet: ReportSheet): unknown {
    const rows = sheet.rows.map((r): (ReportCell | undefined)[] => r.slice(0, 7));
    const note = rows[3]?.[0];
    if (note?.kind === "text") rows[3] = [{ ...note, text: note.text.replace(/ Förändring, %.*$/, "") }];
    const rest: Partial<ReportSheet> = { ...sheet };
    delete rest.rowHeights;
    return { ...rest, rows, columnWidths: sheet.columnWidths.slice(0, 7), merges: sheet.merges.slice(0, 2) };
  }

  it("is the sheet it was: seven columns, and the same cells as the one with them in A–G", () => {
    const without = sheetWith([]);
    expect(without.columnWidths).toEqual([34, 13, 13, 13, 13, 13, 13]);
    expect(without.rows.every((r) => r.length <= 7)).toBe(true);
    expect(without.rowHeights).toBeUndefined();
    expect(without.merges).toHaveLength(2);
    expect(textOf(without.rows[3]?.[0])).toBe(
      "Summor är beräknade exakt före avrundning; avrundningsdifferenser kan förekomma.",
    );
    expect(headers(without)).toEqual([
      "Kostnadsslag",
      "Utfall",
      "Budget",
      "Avvikelse",
      "Prognos",
      "Budget",
      "Avvikelse",
    ]);
    expect(without).toEqual(withoutLastYear(sheetWith([SAME_PERIOD, FULL_YEAR])));
  });
});
