import { validateSettings } from "../../../src/core/settings/validate-settings";
import type { Row } from "./grid-builder";
import { errorsOf, issuesOf, levelOf, run, sheet } from "./grid-builder";

// In tkr. HVO: budget 10 000, forecast 10 500 → −500; the previous forecast 10 200 gave −200, so the
// forecast worsened by 300. IFO: 2 000 and 1 700 → +300; previously 1 800 → +200, a change of +100.
const ledger = sheet("Underlag", [
  ["Belopp i tkr"],
  [
    "Anslagsbindningsnivå",
    "Konto",
    "Budget 2024",
    "Utfall jan–apr 2024",
    "Prognos helår",
    "Föregående prognos",
  ],
  ["HVO", 5110, 10000, 3400, 10500, 10200],
  ["IFO", 4610, 2000, 600, 1700, 1800],
]);

function explanations(aboutHeader: string, rows: Row[]): ReturnType<typeof sheet> {
  return sheet("Förklaringar", [["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr", aboutHeader], ...rows]);
}

const ROWS: Row[] = [
  ["HVO", "Ökade färdtjänstkostnader", -600, null],
  ["HVO", "Vakanta tjänster", 200, "Avvikelse"],
  ["HVO", "Fler brukare i hemtjänsten sedan juli", -300, "Prognosförändring"],
  ["IFO", "Lägre kostnader för tolktjänster", 300, ""],
  ["IFO", "Färre placeringar än i juli", 60, "Prognosförändring"],
];

describe("explanations of the forecast change (Avser)", () => {
  it("says for each explanation whether it explains the deviation or the forecast change", () => {
    const json = run([ledger, explanations("Avser", ROWS)]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.explanations.map((e) => [e.text, e.about])).toEqual([
      ["Ökade färdtjänstkostnader", "deviation"],
      ["Vakanta tjänster", "deviation"],
      ["Fler brukare i hemtjänsten sedan juli", "forecastChange"],
      ["Lägre kostnader för tolktjänster", "deviation"],
      ["Färre placeringar än i juli", "forecastChange"],
    ]);
  });

  it("counts only the deviation's explanations against the deviation, and the change's against the change", () => {
    const json = run([ledger, explanations("Avser", ROWS)]);
    // HVO: −600 + 200 of −500 explained; the −300 explains the change, all of it.
    expect(levelOf(json, "HVO")).toMatchObject({
      explained: "-400000",
      unexplained: "-100000",
      forecastDeviationChange: "-300000",
      changeExplained: "-300000",
      changeUnexplained: "0",
    });
    // IFO: 300 of 300; 60 of a change of 100.
    expect(levelOf(json, "IFO")).toMatchObject({
      explained: "300000",
      unexplained: "0",
      changeExplained: "60000",
      changeUnexplained: "40000",
    });
  });

  it.each([
    ["Avser avvikelse/prognosförändring", "Förändring"],
    ["Förklarar", "Prognosförändring sedan föregående"],
    ["Typ", "Förändring mot föregående prognos"],
    ["Avser", "prognosförändring"],
  ])("finds the column headed %s and reads %s as the forecast change", (header, value) => {
    const json = run([
      ledger,
      explanations(header, [
        ["HVO", "Ökade färdtjänstkostnader", -500, "Budgetavvikelse"],
        ["HVO", "Fler brukare", -300, value],
      ]),
    ]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.explanations.map((e) => e.about)).toEqual(["deviation", "forecastChange"]);
    expect(levelOf(json, "HVO")).toMatchObject({ unexplained: "0", changeUnexplained: "0" });
  });

  it("stops at a value that says neither, naming its cell and the words it takes", () => {
    const json = run([ledger, explanations("Avser", [["HVO", "Fler brukare", -300, "Helår"]])]);
    const errors = issuesOf(json, "explanation-about-unknown");
    expect(errors).toEqual([
      expect.objectContaining({ severity: "error", sheet: "Förklaringar", cell: "D2" }),
    ]);
    expect(errors[0]?.message).toContain('"Helår"');
    expect(errors[0]?.message).toContain("Avvikelse");
    expect(errors[0]?.message).toContain("Prognosförändring");
    expect(json.levels).toEqual([]);
  });

  it("reconciles a level's total row with the deviation's explanations only", () => {
    // "Totalt HVO" −400 sums the two rows about the deviation; the −300 of the change is not in it.
    const json = run([
      ledger,
      explanations("Avser", [
        ["HVO", "Ökade färdtjänstkostnader", -600, null],
        ["HVO", "Fler brukare", -300, "Prognosförändring"],
        ["HVO", "Vakanta tjänster", 200, null],
        [null, "Totalt HVO", -400, null],
      ]),
    ]);
    expect(issuesOf(json, "subtotal-mismatch")).toEqual([]);
    expect(issuesOf(json, "explanation-looks-like-total")).toEqual([]);
    expect(json.explanations.map((e) => e.text)).toEqual([
      "Ökade färdtjänstkostnader",
      "Fler brukare",
      "Vakanta tjänster",
    ]);
    expect(levelOf(json, "HVO")).toMatchObject({ explained: "-400000", changeExplained: "-300000" });
  });

  it("knows a total of the change's explanations by its words, with Avser left empty", () => {
    const json = run([
      ledger,
      explanations("Avser", [
        ["HVO", "Ökade färdtjänstkostnader", -500, null],
        ["HVO", "Fler brukare", -200, "Prognosförändring"],
        ["HVO", "Dyrare placering", -100, "Prognosförändring"],
        [null, "Totalt prognosförändring", -300, null],
      ]),
    ]);
    expect(issuesOf(json, "explanation-looks-like-total")).toEqual([]);
    expect(issuesOf(json, "subtotal-mismatch")).toEqual([]);
    expect(json.explanations).toHaveLength(3);
    expect(levelOf(json, "HVO")).toMatchObject({
      explained: "-500000",
      unexplained: "0",
      changeExplained: "-300000",
      changeUnexplained: "0",
    });
  });

  it("warns when a total of the change's explanations differs from them", () => {
    const json = run([
      ledger,
      explanations("Avser", [
        ["HVO", "Fler brukare", -200, "Prognosförändring"],
        [null, "Totalt prognosförändring HVO", -250, "Prognosförändring"],
      ]),
    ]);
    expect(issuesOf(json, "subtotal-mismatch")).toEqual([
      expect.objectContaining({ sheet: "Förklaringar", cell: "C3" }),
    ]);
    expect(levelOf(json, "HVO")).toMatchObject({ changeExplained: "-200000" });
  });

  it("reads a list without the column as explaining the deviation, as before", () => {
    const json = run([
      ledger,
      sheet("Förklaringar", [
        ["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr"],
        ["HVO", "Ökade färdtjänstkostnader", -500],
      ]),
    ]);
    expect(json.explanations.map((e) => e.about)).toEqual(["deviation"]);
    expect(levelOf(json, "HVO")).toMatchObject({ explained: "-500000", changeExplained: "0" });
  });

  it("takes the column from the settings", () => {
    const list = sheet("Förklaringar", [
      ["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr", "Anm."],
      ["HVO", "Fler brukare", -300, "Prognosförändring"],
    ]);
    const layout = {
      name: "Förklaringar",
      role: "explanations" as const,
      headerRow: 1,
      unit: "tkr" as const,
    };
    const json = run([ledger, list], {
      settings: { sheets: [{ ...layout, columns: { level: "A", text: "B", amount: "C", about: "D" } }] },
    });
    expect(json.explanations.map((e) => e.about)).toEqual(["forecastChange"]);
    expect(levelOf(json, "HVO")).toMatchObject({ changeExplained: "-300000" });
  });
});

describe("the about column in the settings JSON", () => {
  const sheetJson = (about: unknown) => ({
    version: 1,
    sheets: [
      {
        name: "Förklaringar",
        role: "explanations",
        headerRow: 1,
        columns: { level: "A", text: "B", amount: "C", about },
      },
    ],
  });

  it("is a column like the others, without a warning about an unknown key", () => {
    const { override, issues } = validateSettings(sheetJson("D"));
    expect(issues).toEqual([]);
    expect(override.sheets?.[0]).toMatchObject({
      columns: { level: "A", text: "B", amount: "C", about: "D" },
    });
  });

  it("is refused when it names no column", () => {
    const { issues } = validateSettings(sheetJson(4));
    expect(issues.map((i) => i.severity)).toEqual(["error"]);
    expect(issues[0]?.message).toContain("columns.about");
  });
});
