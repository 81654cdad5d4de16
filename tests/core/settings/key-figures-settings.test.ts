import { validateSettings } from "../../../src/core/settings/validate-settings";

const keyFigures = (sheet: Record<string, unknown>): ReturnType<typeof validateSettings> =>
  validateSettings({ sheets: [{ name: "Nyckeltal", role: "keyFigures", headerRow: 2, ...sheet }] });

describe("a key figures sheet in the settings", () => {
  it("is read with any subset of its columns", () => {
    const { override, issues } = keyFigures({
      columns: { name: "A", unit: "B", outcome: "D", lastYearAnnual: "G" },
    });
    expect(issues).toEqual([]);
    expect(override.sheets).toEqual([
      {
        name: "Nyckeltal",
        role: "keyFigures",
        headerRow: 2,
        columns: { name: "A", unit: "B", outcome: "D", lastYearAnnual: "G" },
      },
    ]);
  });

  it("needs its name column, and warns of a column key it does not know", () => {
    expect(keyFigures({ columns: { outcome: "D" } }).issues.map((i) => [i.code, i.severity])).toEqual([
      ["settings-invalid", "error"],
    ]);
    const { override, issues } = keyFigures({ columns: { name: "A", budget: "C" } });
    expect(issues.map((i) => [i.code, i.severity])).toEqual([["settings-unknown-key", "warning"]]);
    expect(override.sheets?.[0]).toMatchObject({ columns: { name: "A" } });
  });
});
