import type { Row } from "./grid-builder";
import { costTypeOf, errorsOf, figures, issuesOf, levelOf, run, sheet, sumKronor } from "./grid-builder";

const HEADER: Row = [
  "Anslagsbindningsnivå",
  "Konto",
  "Kontonamn",
  "Budget 2024",
  "Utfall jan–apr 2024",
  "Prognos helår",
];

// Costs positive; Kommunbidrag is financing, stored negative like income.
const ROWS: Row[] = [
  ["HVO", 5110, "Löner", 1200, 400, 1300],
  ["HVO", 3911, "Kommunbidrag", -1200, -400, -1200],
  ["IFO", 4610, "Köp av verksamhet", 600, 150, 550],
  ["IFO", 3911, "Kommunbidrag", -600, -200, -600],
];

// The same, with Kommunbidrag on a local class-8 account whose name does not say so.
const ROWS_8911: Row[] = [
  ["HVO", 5110, "Löner", 1200, 400, 1300],
  ["HVO", 8911, "Bidrag från KF", -1200, -400, -1200],
  ["IFO", 4610, "Köp av verksamhet", 600, 150, 550],
  ["IFO", 8911, "Bidrag från KF", -600, -200, -600],
];

describe("Kommunbidrag", () => {
  it("is recognised by the account name and kept out of the levels' net cost", () => {
    const json = run([sheet("Underlag", [HEADER, ...ROWS])]);
    expect(errorsOf(json)).toEqual([]);
    // HVO: 1200 budget, 400 period (4/12), 400 outcome, 1300 forecast; the −1200 Kommunbidrag is not in it.
    expect(levelOf(json, "HVO")).toMatchObject(figures("1200", "400", "400", "1300", "0", "-100"));
    expect(levelOf(json, "IFO")).toMatchObject(figures("600", "200", "150", "550", "50", "50"));
    expect(json.total).toMatchObject(figures("1800", "600", "550", "1850", "50", "-50"));
  });

  it("is its own cost-type line, not operating income, and its account is remembered", () => {
    const json = run([sheet("Underlag", [HEADER, ...ROWS])]);
    expect(costTypeOf(json, "Kommunbidrag")).toMatchObject(
      figures("-1800", "-600", "-600", "-1800", "0", "0"),
    );
    expect(json.costTypes.map((c) => c.name)).toEqual([
      "Personalkostnader",
      "Köp av huvudverksamhet",
      "Kommunbidrag",
    ]);
    expect(json.settings.kommunbidragAccounts).toEqual(["3911"]);
  });

  it("leaves the other cost types adding up to the levels' total", () => {
    const json = run([sheet("Underlag", [HEADER, ...ROWS])]);
    const operating = json.costTypes.filter((c) => c.name !== "Kommunbidrag");
    for (const field of ["annualBudget", "periodBudget", "outcome", "forecast"] as const)
      expect(sumKronor(operating.map((c) => c[field]))).toBe(json.total?.[field]);
  });

  it("gives no warning when it finances each level's budget and is booked by twelfths", () => {
    const json = run([sheet("Underlag", [HEADER, ...ROWS])]);
    expect(json.issues).toEqual([]);
  });

  it('is recognised by the name beside the number in the account cell: "3911 Kommunbidrag"', () => {
    const header: Row = [
      "Anslagsbindningsnivå",
      "Konto",
      "Budget 2024",
      "Utfall jan–apr 2024",
      "Prognos helår",
    ];
    const rows: Row[] = [
      ["HVO", "5110 Löner", 1200, 400, 1300],
      ["HVO", "3911 Kommunbidrag", -1200, -400, -1200],
    ];
    const json = run([sheet("Underlag", [header, ...rows])]);
    expect(levelOf(json, "HVO")).toMatchObject(figures("1200", "400", "400", "1300", "0", "-100"));
    expect(costTypeOf(json, "Kommunbidrag")).toMatchObject(
      figures("-1200", "-400", "-400", "-1200", "0", "0"),
    );
    expect(json.costTypes.map((c) => c.name)).toEqual(["Personalkostnader", "Kommunbidrag"]);
    expect(json.settings.kommunbidragAccounts).toEqual(["3911"]);
  });

  it("is recognised by settings.kommunbidragAccounts, whatever the account is called", () => {
    const json = run([sheet("Underlag", [HEADER, ...ROWS_8911])], {
      settings: { kommunbidragAccounts: ["8911"] },
    });
    expect(issuesOf(json, "account-unclassified")).toEqual([]);
    expect(costTypeOf(json, "Kommunbidrag")).toMatchObject({ annualBudget: "-1800", outcome: "-600" });
    expect(levelOf(json, "HVO").annualBudget).toBe("1200");
  });

  it("without the setting, that account is unclassified and counts in the net cost", () => {
    const json = run([sheet("Underlag", [HEADER, ...ROWS_8911])]);
    expect(issuesOf(json, "account-unclassified")).toEqual([
      expect.objectContaining({ sheet: "Underlag", cell: "B3" }),
    ]);
    expect(levelOf(json, "HVO").annualBudget).toBe("0");
  });

  it("is recognised by name in income-positive input too, and shown negative (financing)", () => {
    const flipped = ROWS.map((r) => r.map((v, i) => (i >= 3 && typeof v === "number" ? -v : v)));
    const json = run([sheet("Underlag", [HEADER, ...flipped])]);
    expect(json.settings.inputSign).toBe("incomePositive");
    expect(costTypeOf(json, "Kommunbidrag").annualBudget).toBe("-1800");
    expect(levelOf(json, "HVO")).toMatchObject(figures("1200", "400", "400", "1300", "0", "-100"));
  });

  it("warns when a level's Kommunbidrag differs from its net-cost budget", () => {
    const rows: Row[] = [
      ROWS[0] ?? [],
      ["HVO", 3911, "Kommunbidrag", -1000, -333.33, -1000],
      ...ROWS.slice(2),
    ];
    const json = run([sheet("Underlag", [HEADER, ...rows])]);
    const differs = issuesOf(json, "kommunbidrag-differs");
    expect(differs).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(differs[0]?.message).toContain("HVO");
    expect(differs[0]?.message).toMatch(/1\s000/);
    expect(differs[0]?.message).toMatch(/1\s200/);
  });

  it("warns when Kommunbidrag's outcome is far from months/12 of the year's", () => {
    // IFO: −100 booked by April where 4/12 of −600 = −200 was due.
    const rows: Row[] = [...ROWS.slice(0, 3), ["IFO", 3911, "Kommunbidrag", -600, -100, -600]];
    const json = run([sheet("Underlag", [HEADER, ...rows])]);
    const off = issuesOf(json, "kommunbidrag-outcome-off");
    expect(off).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(off[0]?.message).toContain("IFO");
    expect(issuesOf(json, "kommunbidrag-differs")).toEqual([]);
    // The level's own figures do not move.
    expect(levelOf(json, "IFO")).toMatchObject(figures("600", "200", "150", "550", "50", "50"));
  });

  it("does not warn about a difference of a few kronor in the outcome", () => {
    // 4/12 of −1200 is −400; −401 is within 1 % of the year's Kommunbidrag.
    const rows: Row[] = [ROWS[0] ?? [], ["HVO", 3911, "Kommunbidrag", -1200, -401, -1200], ...ROWS.slice(2)];
    const json = run([sheet("Underlag", [HEADER, ...rows])]);
    expect(issuesOf(json, "kommunbidrag-outcome-off")).toEqual([]);
  });
});
