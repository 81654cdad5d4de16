import type { Row } from "./grid-builder";
import { blankRows, errorsOf, figures, issuesOf, levelOf, run, sheet } from "./grid-builder";

const APRIL_2024 = { year: 2024, month: 4 };

/** The header words a user may write, one role at a time; the others keep these defaults. */
const DEFAULT_HEADERS = {
  level: "Anslagsbindningsnivå",
  annualBudget: "Budget 2024",
  periodBudget: "Budget jan–apr",
  outcome: "Utfall jan–apr",
  forecast: "Prognos helår",
};
type Role = keyof typeof DEFAULT_HEADERS;

function header(overrides: Partial<Record<Role, string>> = {}): Row {
  const h = { ...DEFAULT_HEADERS, ...overrides };
  return [
    h.level,
    "Ansvar",
    "Verksamhet",
    "Konto",
    "Kontonamn",
    h.annualBudget,
    h.periodBudget,
    h.outcome,
    h.forecast,
  ];
}

// Costs positive, income negative (a ledger's usual sign), kronor.
const DATA: Row[] = [
  ["Äldreomsorg", "1100", "510", 3110, "Avgifter", -600, -200, -250, -700],
  ["Äldreomsorg", "1100", "510", 5110, "Löner", 6000, 2000, 2100, 6300],
  ["LSS", "1200", "610", 4610, "Köp av verksamhet", 1200, 400, 380, 1150],
];
const TITLE: Row[] = [["Socialnämnden – budgetuppföljning"], ["Belopp i kr"], []];

function expectTheFigures(json: ReturnType<typeof run>): void {
  expect(errorsOf(json)).toEqual([]);
  // Äldreomsorg: budget 6000 − 600, period budget 2000 − 200, outcome 2100 − 250, forecast 6300 − 700.
  expect(levelOf(json, "Äldreomsorg")).toMatchObject(figures("5400", "1800", "1850", "5600", "-50", "-200"));
  expect(levelOf(json, "LSS")).toMatchObject(figures("1200", "400", "380", "1150", "20", "50"));
  expect(json.total).toMatchObject(figures("6600", "2200", "2230", "6750", "-30", "-150"));
}

describe("one data sheet", () => {
  it("finds the header below a title, a unit note and a blank row", () => {
    const json = run([sheet("Underlag", [...TITLE, header(), ...DATA])]);
    expectTheFigures(json);
    expect(json.levels.map((l) => l.name)).toEqual(["Äldreomsorg", "LSS"]);
    expect(json.period).toBe("2024-04");
  });

  it("says which column it took for what, so the user can check and correct it", () => {
    const json = run([sheet("Underlag", [...TITLE, header(), ...DATA])]);
    expect(json.settings.sheets).toEqual([
      {
        name: "Underlag",
        role: "ledger",
        headerRow: 4,
        unit: "kr",
        columns: {
          level: "A",
          dimensions: { Ansvar: "B", Verksamhet: "C" },
          account: "D",
          accountName: "E",
          annualBudget: "F",
          periodBudget: "G",
          outcome: "H",
          forecast: "I",
        },
      },
    ]);
    expect(json.settings.periodisation).toBe("column");
  });

  it("finds a header on row 30, after 29 rows of titles and blanks", () => {
    const json = run([sheet("Underlag", [...TITLE, ...blankRows(26), header(), ...DATA])]);
    expectTheFigures(json);
    expect(json.settings.sheets?.[0]).toMatchObject({ headerRow: 30 });
  });

  it("does not look for a header below row 30", () => {
    const json = run([sheet("Underlag", [...TITLE, ...blankRows(27), header(), ...DATA])]);
    expect(errorsOf(json).map((i) => i.code)).toEqual(["no-ledger-sheet"]);
    expect(json.levels).toEqual([]);
  });

  const variants: [Role, string][] = [
    ["level", "Nivå"],
    ["level", "Verksamhetsområde"],
    ["level", "  ANSLAGSBINDNINGSNIVÅ "],
    ["annualBudget", "Årsbudget"],
    ["annualBudget", "budget  2024"],
    ["periodBudget", "Budget t.o.m. april"],
    ["periodBudget", "Budget ack."],
    ["periodBudget", "Periodbudget"],
    ["periodBudget", "BUDGET\u00a0JAN-APR"],
    ["outcome", "Utfall"],
    ["outcome", "Ack. utfall t.o.m. april"],
    ["outcome", "Utfall 2404"],
    ["outcome", " utfall jan – apr "],
    ["forecast", "Prognos"],
    ["forecast", "Helårsprognos"],
    ["forecast", "PROGNOS HELÅR"],
  ];
  it.each(variants)("reads the %s column headed %j", (role, text) => {
    const json = run([sheet("Underlag", [...TITLE, header({ [role]: text }), ...DATA])], {
      period: APRIL_2024,
    });
    expectTheFigures(json);
    expect(json.issues.filter((i) => i.code !== "period-contradiction")).toEqual([]);
  });

  it("checks the sheet's own subtotal rows instead of adding them", () => {
    const rows: Row[] = [
      DATA[0] ?? [],
      DATA[1] ?? [],
      ["Summa Äldreomsorg", null, null, null, null, 5400, 1800, 1850, 5600],
      DATA[2] ?? [],
      ["S:a LSS", null, null, null, null, 1200, 400, 380, 1150],
      ["Totalt", null, null, null, null, 6600, 2200, 2230, 6750],
    ];
    const json = run([sheet("Underlag", [...TITLE, header(), ...rows])]);
    expectTheFigures(json);
    expect(json.issues).toEqual([]);
  });

  it("accepts the columns in any order, the amount columns before the keys", () => {
    const order = [5, 6, 7, 8, 0, 3, 4, 1, 2];
    const shuffle = (row: Row): Row => order.map((i) => row[i] ?? null);
    const json = run([sheet("Underlag", [...TITLE, shuffle(header()), ...DATA.map(shuffle)])]);
    expectTheFigures(json);
  });

  it("reads this year's columns, not last year's comparison columns before them", () => {
    // A common report layout: last year's budget and outcome to the left of this year's.
    const withLastYear: Row[] = [
      [
        "Anslagsbindningsnivå",
        "Konto",
        "Budget 2023",
        "Utfall 2023",
        "Budget 2024",
        "Utfall jan–apr 2024",
        "Prognos 2024",
      ],
      ["Äldreomsorg", 5110, 5000, 5100, 6000, 2100, 6300],
      ["LSS", 4610, 1100, 1000, 1200, 380, 1150],
    ];
    const json = run([sheet("Underlag", withLastYear)]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.period).toBe("2024-04");
    // Äldreomsorg: 6000, 4/12 = 2000, 2100, 6300.
    expect(levelOf(json, "Äldreomsorg")).toMatchObject(
      figures("6000", "2000", "2100", "6300", "-100", "-300"),
    );
    expect(levelOf(json, "LSS")).toMatchObject(figures("1200", "400", "380", "1150", "20", "50"));
    // Last year's columns are no duplicates: passed over as last year's, each with its rule.
    const passedOver = json.detection.flatMap((d) => d.rejected.map((r) => [d.role, r.cell, r.rule]));
    expect(passedOver).toEqual(
      expect.arrayContaining([
        ["annualBudget", "C1", "other-year"],
        ["outcome", "D1", "other-year-final"],
      ]),
    );
    expect(json.settings.sheets?.[0]).toMatchObject({ columns: { lastYearFinal: "D" } });
  });

  it("reads this year's outcome when last year's same period stands beside it", () => {
    const header: Row = [
      "Anslagsbindningsnivå",
      "Konto",
      "Budget 2024",
      "Utfall 2304",
      "Utfall 2404",
      "Prognos",
    ];
    const json = run([sheet("Underlag", [header, ["LSS", 4610, 1200, 350, 380, 1150]])]);
    expect(json.period).toBe("2024-04");
    expect(levelOf(json, "LSS").outcome).toBe("380");
    expect(issuesOf(json, "period-contradiction")).toEqual([]);
  });

  describe("without a period budget column", () => {
    const linearHeader: Row = [
      "Anslagsbindningsnivå",
      "Konto",
      "Budget 2024",
      "Utfall jan–apr 2024",
      "Prognos",
    ];
    const rows: Row[] = [
      ["Stöd", 5110, 1000, 300, 1000],
      ["Stöd", 5410, 1000, 400, 1000],
      ["Stöd", 3110, -1000, -300, -1000],
      ["Vård", 4610, 100, 50, 100],
    ];

    it("periodises the budget linearly, 4/12 in April", () => {
      const json = run([sheet("Underlag", [linearHeader, ...rows])]);
      expect(json.settings.periodisation).toBe("linear");
      expect(errorsOf(json)).toEqual([]);
      // Vård: 100 × 4/12 = 33,333… → 33,33.
      expect(levelOf(json, "Vård")).toMatchObject(figures("100", "33.33", "50", "100", "-16.67", "0"));
    });

    it("rounds to the öre per level and cost type, not per row nor per level", () => {
      const json = run([sheet("Underlag", [linearHeader, ...rows])]);
      // Personalkostnader 2000 × 4/12 = 666,67 (per row it would be 333,33 + 333,33 = 666,66);
      // intäkter −1000 × 4/12 = −333,33; the level is 666,67 − 333,33 = 333,34.
      expect(levelOf(json, "Stöd")).toMatchObject(figures("1000", "333.34", "400", "1000", "-66.66", "0"));
      expect(json.total).toMatchObject(figures("1100", "366.67", "450", "1100", "-83.33", "0"));
      const personal = json.costTypes.find((c) => c.name === "Personalkostnader");
      expect(personal?.periodBudget).toBe("666.67");
    });

    it("periodises over the period given, not the one in the headers", () => {
      const json = run([sheet("Underlag", [linearHeader, ...rows])], { period: { year: 2024, month: 6 } });
      // 6/12: Stöd 2000 × 1/2 − 1000 × 1/2 = 500; Vård 50.
      expect(levelOf(json, "Stöd").periodBudget).toBe("500");
      expect(levelOf(json, "Vård").periodBudget).toBe("50");
      expect(issuesOf(json, "period-contradiction")).toHaveLength(1);
    });
  });
});
