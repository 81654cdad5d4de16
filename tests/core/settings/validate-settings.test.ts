import { validateSettings } from "../../../src/core/settings/validate-settings";

/** Every setting there is, each valid, in the form validateSettings returns it. */
function fullSettings(): Record<string, unknown> {
  return {
    version: 1,
    period: "2024-04",
    committee: "Socialnämnden",
    inputSign: "incomePositive",
    reportSign: "netCostPositive",
    reportUnit: "tkr",
    periodisation: "linear",
    sheets: [
      {
        name: "Underlag",
        role: "ledger",
        headerRow: 3,
        unit: "tkr",
        columns: {
          level: "A",
          account: "B",
          accountName: "C",
          annualBudget: "D",
          periodBudget: "E",
          outcome: "F",
          forecast: "G",
          months: { "1": "H", "2": "I" },
          dimensions: { Verksamhet: "J" },
        },
      },
      {
        name: "Mappning",
        role: "mapping",
        headerRow: 1,
        dimension: "Verksamhet",
        columns: { key: "A", level: "B" },
      },
      {
        name: "Förklaringar",
        role: "explanations",
        headerRow: 2,
        unit: "mkr",
        columns: { level: "A", text: "B", amount: "C" },
      },
      { name: "Läs mig", role: "ignore" },
    ],
    levelMapping: { dimension: "Verksamhet", entries: [{ key: "510", level: "Hälsa, vård och omsorg" }] },
    kommunbidragAccounts: ["3901"],
    costTypes: [
      { name: "Verksamhetens intäkter", group: "income", accounts: ["3"] },
      { name: "Personalkostnader", group: "cost", accounts: ["5"] },
      { name: "Finansnetto", group: "financial", accounts: ["84", "85"] },
    ],
  };
}

/** `fullSettings()` with one value replaced at a path like "sheets.0.columns.outcome". */
function withValue(path: string, value: unknown): Record<string, unknown> {
  const root = fullSettings();
  const keys = path.split(".");
  let node: Record<string, unknown> = root;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys[keys.length - 1] ?? ""] = value;
  return root;
}

describe("validateSettings", () => {
  it("passes a valid settings object with every field, unchanged", () => {
    const { override, issues } = validateSettings(fullSettings());
    expect(issues).toEqual([]);
    expect(override).toEqual({ ...fullSettings(), version: undefined });
  });

  it("accepts an empty object and normalises what it may", () => {
    expect(validateSettings({})).toEqual({ override: {}, issues: [] });
    const { override, issues } = validateSettings({
      kommunbidragAccounts: [3901, " 3902 "],
      sheets: [{ name: "U", role: "ledger", headerRow: 1, unit: "mnkr", columns: { outcome: " f " } }],
    });
    expect(issues).toEqual([]);
    expect(override.kommunbidragAccounts).toEqual(["3901", "3902"]);
    expect(override.sheets).toEqual([
      { name: "U", role: "ledger", headerRow: 1, unit: "mkr", columns: { outcome: "F" } },
    ]);
  });

  it.each([
    ["version", 0, "version"],
    ["version", "1", "version"],
    ["period", "2024-13", "period"],
    ["period", "april 2024", "period"],
    ["committee", 12, "committee"],
    ["inputSign", "positive", "inputSign"],
    ["reportSign", null, "reportSign"],
    ["reportUnit", "kr", "reportUnit"],
    ["periodisation", "quarterly", "periodisation"],
    ["kommunbidragAccounts", "3901", "kommunbidragAccounts"],
    ["kommunbidragAccounts", [""], "kommunbidragAccounts"],
    ["costTypes", [], "costTypes"],
    ["costTypes.0.name", "", "costTypes[0].name"],
    ["costTypes.1.group", "expense", "costTypes[1].group"],
    ["costTypes.2.accounts", "84", "costTypes[2].accounts"],
    ["levelMapping.dimension", "", "levelMapping.dimension"],
    ["levelMapping.entries", {}, "levelMapping.entries"],
    ["levelMapping.entries.0", { key: "510" }, "levelMapping.entries[0]"],
    ["sheets", {}, "sheets"],
    ["sheets.0.name", 5, "sheets[0].name"],
    ["sheets.0.role", 7, "sheets[0].role"],
    ["sheets.0.headerRow", 0, "sheets[0].headerRow"],
    ["sheets.0.headerRow", "3", "sheets[0].headerRow"],
    ["sheets.0.headerRow", 2.5, "sheets[0].headerRow"],
    ["sheets.0.unit", "sek", "sheets[0].unit"],
    ["sheets.0.columns", "A-G", "sheets[0].columns"],
    ["sheets.0.columns.outcome", "F1", "sheets[0].columns.outcome"],
    ["sheets.0.columns.outcome", 6, "sheets[0].columns.outcome"],
    ["sheets.0.columns.level", "", "sheets[0].columns.level"],
    ["sheets.0.columns.months", ["H"], "sheets[0].columns.months"],
    ["sheets.0.columns.months.1", "8", "sheets[0].columns.months.1"],
    ["sheets.0.columns.months.13", "K", "sheets[0].columns.months.13"],
    ["sheets.0.columns.dimensions.Verksamhet", null, "sheets[0].columns.dimensions.Verksamhet"],
    ["sheets.1.dimension", "", "sheets[1].dimension"],
    ["sheets.1.columns.key", "1", "sheets[1].columns.key"],
    ["sheets.2.columns.amount", undefined, "sheets[2].columns.amount"],
    ["sheets.2.unit", "öre", "sheets[2].unit"],
  ])("%s = %j is rejected, naming %s", (path, value, shownPath) => {
    const { issues } = validateSettings(withValue(path, value));
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) {
      expect(i).toMatchObject({ severity: "error", code: "settings-invalid" });
      expect(i.message).toContain(`Inställningen ${shownPath}:`);
    }
  });

  it("drops only the invalid parts and keeps the rest", () => {
    const { override, issues } = validateSettings(withValue("sheets.0.columns.outcome", "F1"));
    expect(issues).toHaveLength(1);
    expect(override.period).toBe("2024-04");
    expect(override.sheets?.[0]).toMatchObject({ name: "Underlag", columns: { annualBudget: "D" } });
    expect(override.sheets?.[0]).not.toHaveProperty("columns.outcome");
  });

  it("reports every wrong field, not only the first", () => {
    const json = withValue("period", "x");
    json.reportUnit = "kr";
    json.sheets = [{ name: "U", role: "ledger", headerRow: 0, columns: { outcome: "1" } }];
    const paths = validateSettings(json).issues.map((i) => i.message.split(":")[0]);
    expect(paths).toEqual([
      "Inställningen period",
      "Inställningen reportUnit",
      "Inställningen sheets[0].headerRow",
    ]);
  });

  it.each([
    [[], "(hela filen)"],
    [null, "(hela filen)"],
    ["{}", "(hela filen)"],
    [42, "(hela filen)"],
  ])("rejects %j as a whole", (json, shownPath) => {
    const { override, issues } = validateSettings(json);
    expect(override).toEqual({});
    expect(issues).toEqual([expect.objectContaining({ code: "settings-invalid", severity: "error" })]);
    expect(issues[0]?.message).toContain(shownPath);
  });

  it.each([
    ["perod", "perod"],
    ["sheets.0.colums", "sheets[0].colums"],
    ["sheets.0.columns.outcom", "sheets[0].columns.outcom"],
    ["sheets.1.columns.outcome", "sheets[1].columns.outcome"],
    ["sheets.2.dimension", "sheets[2].dimension"],
    ["sheets.3.colour", "sheets[3].colour"],
    ["levelMapping.entry", "levelMapping.entry"],
    ["levelMapping.entries.0.nivå", "levelMapping.entries[0].nivå"],
    ["costTypes.0.konton", "costTypes[0].konton"],
  ])("warns about the unknown key %s, naming it, and reads the rest", (path, shownPath) => {
    // A newer version's key must not make this one refuse the file; a misspelling is still said.
    const { override, issues } = validateSettings(withValue(path, "A"));
    expect(issues).toEqual([expect.objectContaining({ severity: "warning", code: "settings-unknown-key" })]);
    expect(issues[0]?.message).toContain(`Inställningen ${shownPath}:`);
    expect(issues[0]?.message).toContain("okänd");
    expect(override.sheets?.length ?? 0).toBeGreaterThan(0);
  });

  it("reads a sheet role a newer version saved as no choice at all, with a warning, and keeps the others", () => {
    const { override, issues } = validateSettings({
      version: 3,
      sheets: [
        { name: "Budgetplan", role: "budgetPlan", headerRow: 2, columns: { x: "A" } },
        { name: "Läs mig", role: "ignore" },
      ],
    });
    expect(override.sheets).toEqual([{ name: "Läs mig", role: "ignore" }]);
    expect(issues.map((i) => [i.severity, i.code])).toEqual([
      ["warning", "settings-unknown-key"],
      ["warning", "settings-unknown-key"],
    ]);
    expect(issues[1]?.message).toContain('"budgetPlan"');
  });

  it("reads version 1 as version 2 (2 only added keys) and takes compareWith", () => {
    const v1 = validateSettings({ version: 1, period: "2024-08" });
    expect(v1.issues).toEqual([]);
    expect(v1.override.period).toBe("2024-08");
    const v2 = validateSettings({ version: 2, period: "2024-08", compareWith: "2024-04" });
    expect(v2.issues).toEqual([]);
    expect(v2.override.compareWith).toBe("2024-04");
    const bad = validateSettings({ version: 2, compareWith: "april" });
    expect(bad.issues.map((i) => [i.code, i.severity])).toEqual([["settings-invalid", "error"]]);
  });

  it("reads settings a newer version saved, with a warning, rather than refusing them", () => {
    const { override, issues } = validateSettings({ version: 3, period: "2024-04", interimMonths: [4, 8] });
    expect(override.period).toBe("2024-04");
    expect(issues.map((i) => [i.severity, i.code])).toEqual([
      ["warning", "settings-unknown-key"],
      ["warning", "settings-unknown-key"],
    ]);
  });
});

describe("the document settings", () => {
  it("take the delårsrapport months, a title and a decision sentence", () => {
    const { override, issues } = validateSettings({
      document: { interimMonths: [8, 3, 8], title: " Delårsrapport 1 ", decision: "Rapporten godkänns." },
    });
    expect(issues).toEqual([]);
    expect(override.document).toEqual({
      interimMonths: [3, 8],
      title: "Delårsrapport 1",
      decision: "Rapporten godkänns.",
    });
  });

  it("take the path of a Word template, as written", () => {
    const { override, issues } = validateSettings({ document: { template: " mallar/Lomma mall.docx " } });
    expect(issues).toEqual([]);
    expect(override.document).toEqual({ template: "mallar/Lomma mall.docx" });
  });

  it.each([
    [{ interimMonths: [13] }, "document.interimMonths"],
    [{ interimMonths: "april" }, "document.interimMonths"],
    [{ title: "" }, "document.title"],
    [{ template: true }, "document.template"],
    ["ja", "document"],
  ])("refuse %j, naming %s", (document, path) => {
    const { issues } = validateSettings({ document });
    expect(issues.map((i) => [i.code, i.message.startsWith(`Inställningen ${path}:`)])).toEqual([
      ["settings-invalid", true],
    ]);
  });
});
