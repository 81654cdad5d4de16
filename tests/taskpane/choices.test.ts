import { runEngine } from "../../src/core/engine";
import type { SheetGrid } from "../../src/core/model/grid";
import type { SheetSettings } from "../../src/core/settings/settings";
import type { SettingsOverride } from "../../src/core/settings/validate-settings";
import { withColumnChoice, withRole, withSheet, withUnit } from "../../src/taskpane/choices";

const LEDGER: SheetGrid = {
  name: "Underlag",
  rows: [
    ["Belopp i tkr"],
    ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
    ["HVO", 5110, 10000, 3400, 10500],
  ],
};

/** A list the detector does not take for explanations: its headers are the user's own words. */
const LIST: SheetGrid = {
  name: "Mina anteckningar",
  rows: [
    ["Nivå", "Vad", "Hur mycket"],
    ["HVO", "Ökade färdtjänstkostnader", -100],
  ],
};

function analyse(choices: SettingsOverride) {
  const out = runEngine({ workbook: { sheets: [LEDGER, LIST] }, settings: choices });
  return {
    warnings: out.issues.filter((i) => i.code === "sheet-unit-assumed"),
    units: out.sheetUnits,
    explained: out.result?.explanations.map((e) => e.amount),
  };
}

describe("the unit of an explanations or investments sheet, as the pane chooses it", () => {
  const ignored: SheetSettings = { name: LIST.name, role: "ignore" };

  it("is not chosen for the user when the sheet becomes the explanations: the ledger's is assumed, with a warning", () => {
    const sheet = withRole(ignored, "explanations");
    expect(sheet).not.toHaveProperty("unit");
    const seen = analyse(withSheet({}, sheet));
    expect(seen.units).toEqual([{ sheet: LIST.name, role: "explanations", unit: "tkr", assumed: true }]);
    expect(seen.warnings).toEqual([expect.objectContaining({ sheet: LIST.name, cell: "C1" })]);
    expect(seen.explained).toEqual([-10_000_000]);
  });

  it("once chosen, even as the unit assumed, is read in that unit with no warning", () => {
    const sheet = withRole(ignored, "explanations");
    for (const unit of ["kr", "tkr"] as const) {
      const seen = analyse(withSheet({}, withUnit(sheet, unit)));
      expect(seen.warnings).toEqual([]);
      expect(seen.units).toEqual([{ sheet: LIST.name, role: "explanations", unit, assumed: false }]);
      expect(seen.explained).toEqual([unit === "kr" ? -10_000 : -10_000_000]);
    }
  });

  it("is kept when the sheet changes role, and a ledger always has one", () => {
    const investments = withUnit(withRole(ignored, "investments"), "mkr");
    expect(withRole(investments, "explanations")).toMatchObject({ role: "explanations", unit: "mkr" });
    expect(withRole(withRole(ignored, "explanations"), "ledger")).toMatchObject({
      role: "ledger",
      unit: "kr",
    });
  });
});

describe("choosing one figure column in the pane", () => {
  const AMBIGUOUS: SheetGrid = {
    name: "Export",
    rows: [
      [
        "Anslagsbindningsnivå",
        "Konto",
        "Budget 2024",
        "Utfall jan–apr 2024",
        "Ack. utfall april 2024",
        "Prognos",
      ],
      ["HVO", 5110, 1200, 410, 400, 1250],
    ],
  };

  it("settles an ambiguity with that column alone: the sheet is not restated, the rest still detected", () => {
    const before = runEngine({ workbook: { sheets: [AMBIGUOUS] } });
    expect(before.issues.map((i) => i.code)).toContain("column-ambiguous");
    const choices = withColumnChoice({}, "Export", "outcome", "E");
    expect(choices).toEqual({ columns: { Export: { outcome: "E" } } });
    const after = runEngine({ workbook: { sheets: [AMBIGUOUS] }, settings: choices });
    expect(after.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(after.result?.levels[0]?.outcome).toBe(40_000);
    expect(after.detection?.find((d) => d.role === "outcome")?.rule).toBe("user-choice");
    // taking the choice back leaves nothing chosen
    expect(withColumnChoice(choices, "Export", "outcome", undefined)).toEqual({ columns: { Export: {} } });
  });

  it("on a sheet the user stated whole, the column goes into that sheet's settings", () => {
    const stated = withSheet({}, withRole({ name: "Export", role: "ignore" }, "ledger"));
    const choices = withColumnChoice(stated, "Export", "outcome", "D");
    expect(choices.columns).toBeUndefined();
    expect(choices.sheets?.[0]).toMatchObject({ columns: { outcome: "D" } });
  });
});
