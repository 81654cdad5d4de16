import { detectLayout } from "../../../src/core/detect/detect-layout";
import type { Money } from "../../../src/core/money";
import type { SheetGrid } from "../../../src/core/model/grid";
import { readAdjustments } from "../../../src/core/read/read-adjustments";
import { gatherSources } from "../../../src/core/run/sources";
import type { AdjustmentsSheet } from "../../../src/core/settings/settings";
import { validateSettings } from "../../../src/core/settings/validate-settings";
import type { Row } from "../layouts/grid-builder";
import { sheet, workbook } from "../layouts/grid-builder";

// In tkr, as the ledger's note says.
const ledger = sheet("Underlag", [
  ["Belopp i tkr"],
  ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
  ["HVO", 5110, 12000, 4300, 12500],
  ["IFO", 4610, 3000, 900, 2900],
]);

const LEVELS = ["HVO", "IFO"];

/** What detection and the gathering of sources make of the workbook's sheets beside the ledger. */
function sourcesWith(...sheets: SheetGrid[]) {
  const wb = workbook(ledger, ...sheets);
  const layout = detectLayout(wb, { period: {} });
  return { layout, sources: gatherSources(wb, layout) };
}

function roleOf(name: string, ...sheets: SheetGrid[]): string | undefined {
  return sourcesWith(...sheets).layout.sheets.find((s) => s.name === name)?.role;
}

const ore = (n: number): Money => n as Money;

describe("an adjustments sheet is told from an explanations sheet by its name or a 'Justering' header", () => {
  const rows: Row[] = [["HVO", "Upplupen semesterlöneskuld", -150]];

  it("a sheet named Justeringar with level, text and amount is adjustments, not explanations", () => {
    const s = sheet("Justeringar", [["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr"], ...rows]);
    const { layout, sources } = sourcesWith(s);
    expect(layout.sheets.find((x) => x.name === "Justeringar")).toEqual({
      name: "Justeringar",
      role: "adjustments",
      headerRow: 1,
      unit: "tkr",
      columns: { level: "A", text: "B", amount: "C" },
    });
    expect(sources.explanations).toBeUndefined();
    expect(sources.adjustments?.layout.name).toBe("Justeringar");
  });

  it("the same sheet under another name stays the explanations sheet", () => {
    const s = sheet("Förklaringar", [["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr"], ...rows]);
    expect(roleOf("Förklaringar", s)).toBe("explanations");
    expect(sourcesWith(s).sources.adjustments).toBeUndefined();
  });

  it("a header 'Justering' makes a sheet of any name adjustments, beside the explanations sheet", () => {
    const adj = sheet("Blad3", [["Nivå", "Justering", "Belopp"], ...rows]);
    const expl = sheet("Förklaringar", [["Anslagsbindningsnivå", "Förklaring", "Belopp"], ...rows]);
    const { sources } = sourcesWith(expl, adj);
    expect(sources.adjustments?.layout).toMatchObject({
      name: "Blad3",
      columns: { level: "A", text: "B", amount: "C" },
    });
    expect(sources.explanations?.layout.name).toBe("Förklaringar");
  });

  it("the sheet the pane creates (Anslagsbindningsnivå | Text | Belopp (tkr)) is read, in tkr", () => {
    const s = sheet("Justeringar", [["Anslagsbindningsnivå", "Text", "Belopp (tkr)"], ...rows]);
    const { sources } = sourcesWith(s);
    expect(sources.adjustments?.layout).toMatchObject({ unit: "tkr", columns: { text: "B" } });
    expect(sources.adjustments?.unit).toEqual({
      sheet: "Justeringar",
      role: "adjustments",
      unit: "tkr",
      assumed: false,
    });
  });

  it("a sheet stating no unit is read in the ledger's, with a warning at the amount's header", () => {
    const s = sheet("Justeringar", [["Anslagsbindningsnivå", "Text", "Belopp"], ...rows]);
    const { sources } = sourcesWith(s);
    expect(sources.adjustments?.unit).toMatchObject({ unit: "tkr", assumed: true });
    expect(sources.unitIssues).toEqual([
      expect.objectContaining({ code: "sheet-unit-assumed", sheet: "Justeringar", cell: "C1" }),
    ]);
    expect(sources.unitIssues[0]?.message).toMatch(/^Justeringsbladet anger ingen enhet/);
  });

  it("a note above the header states the unit", () => {
    const s = sheet("Justeringar", [["Belopp i mkr"], ["Nivå", "Text", "Belopp"], ...rows]);
    expect(sourcesWith(s).sources.adjustments?.unit).toMatchObject({ unit: "mkr", assumed: false });
  });

  it("of two adjustments sheets the first is read and the other not, with a warning", () => {
    const one = sheet("Justeringar", [["Nivå", "Text", "Belopp"], ...rows]);
    const two = sheet("Justeringar 2", [["Nivå", "Text", "Belopp"], ...rows]);
    const { layout, sources } = sourcesWith(one, two);
    expect(sources.adjustments?.layout.name).toBe("Justeringar");
    expect(layout.sheets.find((s) => s.name === "Justeringar 2")?.role).toBe("ignore");
    expect(layout.issues).toContainEqual(
      expect.objectContaining({ code: "adjustments-sheet-twice", severity: "warning" }),
    );
  });

  it("settings may name an adjustments sheet, with or without a unit", () => {
    const { override, issues } = validateSettings({
      version: 1,
      sheets: [
        {
          name: "Justeringar",
          role: "adjustments",
          headerRow: 2,
          unit: "tkr",
          columns: { level: "A", text: "B", amount: "D" },
        },
        { name: "J2", role: "adjustments", headerRow: 1, columns: { level: "A", text: "B", amount: "C" } },
      ],
    });
    expect(issues).toEqual([]);
    expect(override.sheets).toEqual([
      {
        name: "Justeringar",
        role: "adjustments",
        headerRow: 2,
        unit: "tkr",
        columns: { level: "A", text: "B", amount: "D" },
      },
      { name: "J2", role: "adjustments", headerRow: 1, columns: { level: "A", text: "B", amount: "C" } },
    ]);
  });
});

const layout: AdjustmentsSheet = {
  name: "Justeringar",
  role: "adjustments",
  headerRow: 1,
  unit: "tkr",
  columns: { level: "A", text: "B", amount: "C" },
};

function read(rows: Row[]) {
  return readAdjustments(
    sheet("Justeringar", [["Anslagsbindningsnivå", "Text", "Belopp (tkr)"], ...rows]),
    layout,
    "tkr",
    LEVELS,
  );
}

describe("reading the adjustments", () => {
  it("reads each row to öre in the sheet's unit, with the amount's cell; blank rows are skipped", () => {
    const { adjustments, issues } = read([
      ["HVO", "Upplupen semesterlöneskuld", -150.5],
      [],
      [null, null, null],
      ["ifo", "Retroaktiva lönehöjningar", "1 234,56789"],
    ]);
    expect(issues).toEqual([]);
    expect(adjustments).toEqual([
      {
        level: "HVO",
        text: "Upplupen semesterlöneskuld",
        amount: ore(-15_050_000),
        sheet: "Justeringar",
        cell: "C2",
      },
      // the level as the ledger writes it; every öre of the amount kept
      {
        level: "IFO",
        text: "Retroaktiva lönehöjningar",
        amount: ore(123_456_789),
        sheet: "Justeringar",
        cell: "C5",
      },
    ]);
  });

  it("an unknown level is an error at its cell: it would change the total without showing on a level", () => {
    const { adjustments, issues } = read([
      ["HVO", "Semesterlöneskuld", -100],
      ["Fritid", "Semesterlöneskuld", -50],
    ]);
    expect(adjustments.map((a) => a.level)).toEqual(["HVO"]);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "adjustment-unknown-level",
        sheet: "Justeringar",
        cell: "A3",
      }),
    ]);
    expect(issues[0]?.message).toContain('"Fritid"');
  });

  it("an amount that cannot be read is an error naming its cell", () => {
    const { issues } = read([
      ["HVO", "Semesterlöneskuld", "ca 100"],
      ["IFO", "Pensioner", { error: "#REF!" }],
    ]);
    expect(issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ["error", "amount-not-a-number", "C2"],
      ["error", "amount-error-value", "C3"],
    ]);
  });

  it("a row without an amount or without a level is an error: the result after them would look complete", () => {
    const { adjustments, issues } = read([
      [null, "Pensioner", 20],
      ["HVO", "Semesterlöneskuld", null],
    ]);
    expect(adjustments).toEqual([]);
    expect(issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ["error", "adjustment-without-level", "A2"],
      ["error", "adjustment-without-amount", "C3"],
    ]);
  });

  it("text that looks like a formula stays the text", () => {
    const { adjustments } = read([["HVO", "=SUMMA(C2:C9)", 10]]);
    expect(adjustments[0]?.text).toBe("=SUMMA(C2:C9)");
  });

  it("a level above its rows holds for them; a total of the list is not counted again", () => {
    const { adjustments, issues } = read([
      ["HVO"],
      [null, "Semesterlöneskuld", -100],
      [null, "Pensioner", -20],
      [null, "Summa HVO", -120],
      ["Summa", null, -120],
      ["IFO", "Summa engångsposter", 30],
    ]);
    expect(issues).toEqual([]);
    expect(adjustments.map((a) => [a.level, a.text, a.amount, a.cell])).toEqual([
      ["HVO", "Semesterlöneskuld", -10_000_000, "C3"],
      ["HVO", "Pensioner", -2_000_000, "C4"],
      // starts like a sum, but sums nothing above it: an adjustment
      ["IFO", "Summa engångsposter", 3_000_000, "C7"],
    ]);
  });
});
