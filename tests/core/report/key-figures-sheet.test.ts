import { detectLayout } from "../../../src/core/detect/detect-layout";
import type { SheetGrid } from "../../../src/core/model/grid";
import { isReportSheet } from "../../../src/core/model/report-marker";
import type { KeyFigure } from "../../../src/core/read/read-key-figures";
import type { KeyFiguresContext } from "../../../src/core/report/key-figures-sheet";
import { keyFiguresSheet } from "../../../src/core/report/key-figures-sheet";
import type { ReportSheet } from "../../../src/core/report/layout";
import { evaluate } from "./formula-eval";
import type { Ledger } from "./report-builder";
import { cellAt, contextOf, formulaAt, ledgerSheets, rowOf, textOf, valueAt } from "./report-builder";

const LEDGER: Ledger = { rows: [["HVO", 5010, 1200, 400, 1250]] };

type Values = Partial<
  Pick<KeyFigure, "unit" | "plan" | "outcome" | "lastYearOutcome" | "forecast" | "lastYearAnnual">
>;

const figure = (name: string, values: Values, row = 3): KeyFigure => ({
  name,
  unit: null,
  plan: null,
  outcome: null,
  lastYearOutcome: null,
  forecast: null,
  lastYearAnnual: null,
  ...values,
  sheet: "Nyckeltal",
  cell: `A${row}`,
});

/** The engine's result for the ledger with these key figures, as the lead's EngineResult will carry them. */
function sheetFor(keyFigures: KeyFigure[]): ReportSheet | undefined {
  const ctx = contextOf(LEDGER);
  const withKeyFigures: KeyFiguresContext = { ...ctx, result: { ...ctx.result, keyFigures } };
  return keyFiguresSheet(withKeyFigures);
}

const FULL = [
  figure("Antal platser särskilt boende", {
    unit: "st",
    plan: "412",
    outcome: "410",
    lastYearOutcome: "398",
    forecast: "405",
    lastYearAnnual: "401",
  }),
  figure(
    "Beläggning",
    { unit: "%", plan: "97.5", outcome: "96.25", lastYearOutcome: "95", forecast: "96" },
    4,
  ),
  figure("Hushåll med ekonomiskt bistånd", { unit: "st", outcome: "310", lastYearOutcome: "0" }, 5),
  figure("Nya brukare", { unit: "st", outcome: "12" }, 6),
];

const headerOf = (sheet: ReportSheet): string[] =>
  (sheet.rows[rowOf(sheet, "Nyckeltal") - 1] ?? []).map((c) => textOf(c) ?? "");

describe("the Nyckeltal report sheet", () => {
  const sheet = sheetFor(FULL);
  if (!sheet) throw new Error("no Nyckeltal sheet");
  const row = (name: string): number => rowOf(sheet, name);

  it("shows plan, the period's outcome beside the same period last year, the change, forecast and last year", () => {
    expect(sheet.name).toBe("Nyckeltal – jämförelse");
    expect(headerOf(sheet)).toEqual([
      "Nyckeltal",
      "Enhet",
      "Plan 2024",
      "Utfall jan–apr 2024",
      "Utfall jan–apr 2023",
      "Förändring",
      "Förändring, %",
      "Prognos helår 2024",
      "Bokslut 2023",
    ]);
    const n = row("Antal platser särskilt boende");
    expect(
      ["B", "C", "D", "E", "H", "I"].map(
        (c) => textOf(cellAt(sheet, `${c}${n}`)) ?? valueAt(sheet, `${c}${n}`),
      ),
    ).toEqual(["st", 412, 410, 398, 405, 401]);
  });

  it("computes the change with formulas whose cached values are exact", () => {
    const n = row("Antal platser särskilt boende");
    expect(formulaAt(sheet, `F${n}`)).toMatchObject({ formula: `D${n}-E${n}`, value: 12 });
    expect(formulaAt(sheet, `G${n}`)).toMatchObject({
      formula: `F${n}/ABS(E${n})`,
      value: 12 / 398,
      format: "0.0 %",
    });
    const b = row("Beläggning");
    expect(formulaAt(sheet, `F${b}`).value).toBe(1.25);
    expect(evaluate(formulaAt(sheet, `F${b}`).formula, sheet)).toBe(1.25);
    expect(formulaAt(sheet, `G${b}`).value).toBe(1.25 / 95);
  });

  it("every change formula recomputes to its cached value", () => {
    for (const name of ["Antal platser särskilt boende", "Beläggning", "Hushåll med ekonomiskt bistånd"]) {
      const n = row(name);
      const change = formulaAt(sheet, `F${n}`);
      expect(evaluate(change.formula, sheet)).toBeCloseTo(change.value, 12);
    }
  });

  it("shows each row with its own decimals, not in the money format", () => {
    const b = row("Beläggning");
    expect(cellAt(sheet, `C${b}`)).toMatchObject({ value: 97.5, format: "#,##0.00" });
    expect(cellAt(sheet, `D${b}`)).toMatchObject({ value: 96.25, format: "#,##0.00" });
    expect(cellAt(sheet, `D${row("Antal platser särskilt boende")}`)).toMatchObject({ format: "#,##0" });
    const subtitle = textOf(sheet.rows[1]?.[0]) ?? "";
    expect(subtitle).not.toMatch(/tkr|mnkr|Kostnader positiva/);
    expect(subtitle).toContain("Nyckeltalen i sina egna enheter");
  });

  it("leaves a missing value empty, and says – for a change against zero", () => {
    const h = row("Hushåll med ekonomiskt bistånd");
    expect(cellAt(sheet, `C${h}`)).toBeUndefined();
    expect(formulaAt(sheet, `F${h}`).value).toBe(310);
    expect(textOf(cellAt(sheet, `G${h}`))).toBe("–");
    const nya = row("Nya brukare");
    expect(["E", "F", "G", "H"].map((c) => cellAt(sheet, `${c}${nya}`))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("has only the columns some key figure has", () => {
    const few = sheetFor([figure("Vårddygn", { outcome: "1650", forecast: "4900" })]);
    expect(few && headerOf(few)).toEqual(["Nyckeltal", "Utfall jan–apr 2024", "Prognos helår 2024"]);
    expect(few?.columnWidths).toHaveLength(3);
  });

  it("carries the report's mark, so that the next run reads neither it nor its figures as input", () => {
    const grid: SheetGrid = {
      name: sheet.name,
      rows: sheet.rows.map((r) =>
        r.map((c) => (c?.kind === "text" ? c.text : c === undefined ? null : c.value)),
      ),
    };
    expect(isReportSheet(grid)).toBe(true);
    const ledger = contextOf(LEDGER).result.settings.sheets;
    const layout = detectLayout(
      { sheets: [...ledgerSheets(LEDGER), grid] },
      { period: { argument: { year: 2024, month: 4 } } },
    );
    expect(layout.sheets.map((s) => s.name)).toEqual(ledger.map((s) => s.name));
  });

  it("is not made when there are no key figures", () => {
    expect(sheetFor([])).toBeUndefined();
  });
});
