import { runEngine } from "../../../src/core/engine";
import type { WorkbookGrid } from "../../../src/core/model/grid";
import { validateSettings } from "../../../src/core/settings/validate-settings";
import { HVO, LSS, errors, levelFigures, withCode } from "../read/grid-helpers";

/** Headers the detector does not know: "Område" for the level, "Belastning" for the outcome. */
const workbook: WorkbookGrid = {
  sheets: [
    {
      name: "Underlag",
      rows: [
        ["Område", "Konto", "Budget 2024", "Belastning", "Prognos helår"],
        [HVO, 5110, 1200, 410, 1250],
        [HVO, 4610, 600, 190, 650],
        [LSS, 5110, 900, 280, 880],
      ],
    },
  ],
};

const settingsJson = {
  period: "2024-04",
  sheets: [
    {
      name: "Underlag",
      role: "ledger",
      headerRow: 1,
      unit: "tkr",
      columns: { level: "A", account: "B", annualBudget: "C", outcome: "D", forecast: "E" },
    },
  ],
};

describe("settings in the engine", () => {
  it("without settings, the unknown headers leave no outcome and no level", () => {
    const out = runEngine({ workbook });
    expect(out.result).toBeUndefined();
    expect(errors(out).map((i) => i.code)).toEqual(
      expect.arrayContaining(["no-outcome", "no-level-source", "period-unknown"]),
    );
  });

  it("uses the columns and unit the settings name", () => {
    const { override, issues } = validateSettings(settingsJson);
    expect(issues).toEqual([]);
    const out = runEngine({ workbook, settings: override });
    expect(errors(out)).toEqual([]);
    expect(out.result?.period).toEqual({ year: 2024, month: 4 });
    expect(out.result?.periodSource).toEqual({ kind: "settings" });
    expect(levelFigures(out, HVO)).toEqual({
      annualBudget: 180_000_000,
      outcome: 60_000_000,
      forecast: 190_000_000,
    });
    expect(levelFigures(out, LSS)).toEqual({
      annualBudget: 90_000_000,
      outcome: 28_000_000,
      forecast: 88_000_000,
    });
    expect(out.result?.total).toMatchObject({ periodBudget: 90_000_000, periodDeviation: 2_000_000 });
    expect(out.settings.sheets).toEqual(override.sheets);
  });

  it("a settings column wins over the detected one", () => {
    const detected: WorkbookGrid = {
      sheets: [
        {
          name: "Underlag",
          rows: [
            [
              "Anslagsbindningsnivå",
              "Konto",
              "Budget 2024",
              "Utfall jan-apr 2024",
              "Prognos helår",
              "Utfall",
            ],
            [HVO, 5110, 1200, 400, 1250, 999],
          ],
        },
      ],
    };
    const plain = runEngine({ workbook: detected });
    expect(levelFigures(plain, HVO)?.outcome).toBe(40_000);
    const { override } = validateSettings({
      sheets: [
        {
          name: "Underlag",
          role: "ledger",
          headerRow: 1,
          columns: { level: "A", account: "B", annualBudget: "C", outcome: "F", forecast: "E" },
        },
      ],
      period: "2024-04",
    });
    expect(levelFigures(runEngine({ workbook: detected, settings: override }), HVO)?.outcome).toBe(99_900);
  });

  it("a settings sheet that the workbook lacks is an error naming it", () => {
    const { override } = validateSettings({
      ...settingsJson,
      sheets: [...settingsJson.sheets, { name: "Budget 2025", role: "ignore" }],
    });
    const out = runEngine({ workbook, settings: override });
    expect(out.result).toBeUndefined();
    const missing = withCode(out, "settings-sheet-missing");
    expect(missing).toEqual([expect.objectContaining({ severity: "error" })]);
    expect(missing[0]?.message).toContain('"Budget 2025"');
  });
});
