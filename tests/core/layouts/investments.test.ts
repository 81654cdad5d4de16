import { investmentsSheet } from "../../../src/core/report/investments-sheet";
import { runEngine } from "../../../src/core/engine";
import type { Row } from "./grid-builder";
import { errorsOf, issuesOf, run, sheet } from "./grid-builder";

const LEDGER = sheet("Underlag", [
  ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
  ["HVO", 5010, 1200, 400, 1200],
  ["LSS", 5010, 600, 200, 600],
]);

const investments = (rows: Row[], name = "Investeringar"): ReturnType<typeof sheet> =>
  sheet(name, [
    ["Belopp i tkr"],
    ["Anslagsbindningsnivå", "Projekt", "Utfall", "Prognos helår", "Budget 2024"],
    ...rows,
  ]);

describe("an investments sheet", () => {
  it("sums budget, outcome and forecast per level, in kronor, deviation = budget − forecast", () => {
    const json = run([
      LEDGER,
      investments([
        ["HVO", "Sängar", 100, 700, 1200],
        ["HVO", "Hjälpmedel", 0, 300, 600],
        ["LSS", "Lokaler", 50, 300, 400],
      ]),
    ]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.investments?.levels).toEqual([
      { name: "HVO", budget: "1800000", outcome: "100000", forecast: "1000000", deviation: "800000" },
      { name: "LSS", budget: "400000", outcome: "50000", forecast: "300000", deviation: "100000" },
    ]);
    expect(json.investments?.total).toEqual({
      name: "Totalt",
      budget: "2200000",
      outcome: "150000",
      forecast: "1300000",
      deviation: "900000",
    });
  });

  it("is found by a title above the header too, and is not read as operating costs", () => {
    const titled = sheet("Blad3", [
      ["Investeringsredovisning 2024"],
      ["Anslagsbindningsnivå", "Utfall", "Prognos", "Budget"],
      ["HVO", 0, 500, 900],
    ]);
    const json = run([LEDGER, titled]);
    expect(json.investments?.total.deviation).toBe("400");
    expect(json.total?.annualBudget).toBe("1800");
  });

  it("turns expenditure stored negative (costs negative) into positive", () => {
    const json = run([LEDGER, investments([["HVO", "Sängar", 0, -700, -1200]])]);
    expect(json.investments?.levels[0]).toMatchObject({
      budget: "1200000",
      forecast: "700000",
      deviation: "500000",
    });
  });

  it("names the cell of an amount that is not a number, and gives no report", () => {
    const json = run([LEDGER, investments([["HVO", "Sängar", 0, "sjuhundra", 1200]])]);
    expect(issuesOf(json, "amount-not-a-number")).toEqual([
      expect.objectContaining({ sheet: "Investeringar", cell: "D3" }),
    ]);
    expect(json.total).toBeNull();
  });

  it("is absent from the result when the workbook has none", () => {
    expect(run([LEDGER]).investments).toBeNull();
  });

  it("becomes a report sheet whose deviation is Budget − Prognos and whose total sums the levels", () => {
    const output = runEngine({
      workbook: {
        sheets: [
          LEDGER,
          investments([
            ["HVO", "Sängar", 0, 700, 1200],
            ["LSS", "Lokaler", 0, 300, 400],
          ]),
        ],
      },
    });
    if (!output.result) throw new Error("expected a result");
    const report = investmentsSheet({ result: output.result, generatedAt: "2024-05-13 09:00" });
    const total = report?.rows.find((r) => r[0]?.kind === "text" && r[0].text === "Totalt");
    const n = (report?.rows.indexOf(total ?? []) ?? 0) + 1;
    expect(total?.[4]).toMatchObject({ kind: "formula", formula: `D${n}-C${n}`, value: 600 });
    expect(total?.[3]).toMatchObject({ kind: "formula", formula: `SUM(D${n - 2}:D${n - 1})`, value: 1600 });
  });
});

describe("an investments sheet that states no unit", () => {
  const IN_TKR = sheet("Underlag", [
    ["Belopp i tkr"],
    ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
    ["HVO", 5010, 1200, 400, 1200],
  ]);
  const bare = sheet("Investeringar", [
    ["Anslagsbindningsnivå", "Projekt", "Utfall", "Prognos helår", "Budget 2024"],
    ["HVO", "Sängar", 100, 700, 1200],
  ]);

  it("is read in the ledger's tkr, with a warning at its first amount header, and says so in the result", () => {
    const json = run([IN_TKR, bare]);
    expect(json.investments?.levels).toEqual([
      { name: "HVO", budget: "1200000", outcome: "100000", forecast: "700000", deviation: "500000" },
    ]);
    const warnings = issuesOf(json, "sheet-unit-assumed");
    expect(warnings).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "Investeringar", cell: "C1" }),
    ]);
    expect(warnings[0]?.message).toContain("Investeringsbladet anger ingen enhet; beloppen har lästs i tkr");
    expect(json.sheetUnits).toEqual([
      { sheet: "Investeringar", role: "investments", unit: "tkr", assumed: true },
    ]);
  });

  it("gives no warning when a note states the unit, or the user chose one", () => {
    expect(
      issuesOf(run([IN_TKR, investments([["HVO", "Sängar", 0, 700, 1200]])]), "sheet-unit-assumed"),
    ).toEqual([]);
    const chosen = run([IN_TKR, bare], {
      settings: {
        sheets: [
          {
            name: "Investeringar",
            role: "investments",
            headerRow: 1,
            unit: "kr",
            columns: { level: "A", outcome: "C", forecast: "D", budget: "E" },
          },
        ],
      },
    });
    expect(issuesOf(chosen, "sheet-unit-assumed")).toEqual([]);
    expect(chosen.sheetUnits).toEqual([
      { sheet: "Investeringar", role: "investments", unit: "kr", assumed: false },
    ]);
    expect(chosen.investments?.total.budget).toBe("1200");
  });

  it("says so in the notes of the report's investments sheet", () => {
    const output = runEngine({ workbook: { sheets: [IN_TKR, bare] } });
    if (!output.result) throw new Error("expected a result");
    const report = investmentsSheet({ result: output.result, generatedAt: "2024-05-13 09:00" });
    const notes = (report?.rows ?? []).slice(0, 5).flatMap((r) => (r[0]?.kind === "text" ? [r[0].text] : []));
    expect(notes.join(" ")).toContain(
      "Investeringsbladet anger ingen enhet; beloppen har lästs i tkr som huvudboken.",
    );
    expect(notes.join(" ")).toContain("Investeringsutgifter positiva.");
  });
});
