import type { Row } from "./grid-builder";
import { costTypeOf, errorsOf, figures, issuesOf, levelOf, run, sheet, sumKronor } from "./grid-builder";
import type { FiguresJson } from "../../../src/core/result-json";

const HEADER: Row = ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos"];

// Rows 2–13 of the sheet. Budgets divisible by 3 so that 4/12 is whole kronor.
const ROWS: Row[] = [
  ["Vård", 3110, -300, -90, -330], // Verksamhetens intäkter
  ["Vård", 5110, 1200, 420, 1260], // Personalkostnader
  ["Vård", 6010, 600, 200, 600], // Lokalhyror
  ["Vård", 4610, 900, 320, 960], // Köp av huvudverksamhet (46 wins over 4)
  ["Vård", 4510, 300, 100, 300], // Lämnade bidrag
  ["Vård", 4010, 120, 50, 150], // Övriga kostnader (4)
  ["Vård", 7010, 60, 20, 60], // Övriga kostnader (7)
  ["Vård", 7810, 240, 80, 240], // Avskrivningar
  ["Vård", 8410, -12, -4, -12], // Finansnetto
  ["Vård", "8100 Skatteintäkter", 36, 12, 36], // no line
  ["Stöd", 1510, 12, 4, 12], // no line
  ["Stöd", 8100, 3, 1, 3], // no line, seen before in B11
];

describe("cost types by Kommun-Bas account", () => {
  const json = run([sheet("Huvudbok", [HEADER, ...ROWS])]);

  it("puts each account under its line by the longest prefix", () => {
    expect(errorsOf(json)).toEqual([]);
    const expected: Record<string, FiguresJson> = {
      "Verksamhetens intäkter": figures("-300", "-100", "-90", "-330", "-10", "30"),
      Personalkostnader: figures("1200", "400", "420", "1260", "-20", "-60"),
      Lokalhyror: figures("600", "200", "200", "600", "0", "0"),
      "Köp av huvudverksamhet": figures("900", "300", "320", "960", "-20", "-60"),
      "Lämnade bidrag": figures("300", "100", "100", "300", "0", "0"),
      Avskrivningar: figures("240", "80", "80", "240", "0", "0"),
      // 4010 and 7010: 120 + 60; period 40 + 20; outcome 50 + 20; forecast 150 + 60.
      "Övriga kostnader": figures("180", "60", "70", "210", "-10", "-30"),
      // 8100 (twice) and 1510: 36 + 3 + 12; period 12 + 1 + 4; outcome 12 + 1 + 4; forecast 51.
      "Ej klassificerade konton": figures("51", "17", "17", "51", "0", "0"),
      Finansnetto: figures("-12", "-4", "-4", "-12", "0", "0"),
    };
    for (const [name, f] of Object.entries(expected)) expect(costTypeOf(json, name)).toMatchObject(f);
  });

  it("lists operating lines, then unclassified accounts, then Finansnetto", () => {
    expect(json.costTypes.map((c) => c.name)).toEqual([
      "Verksamhetens intäkter",
      "Personalkostnader",
      "Lokalhyror",
      "Köp av huvudverksamhet",
      "Lämnade bidrag",
      "Avskrivningar",
      "Övriga kostnader",
      "Ej klassificerade konton",
      "Finansnetto",
    ]);
  });

  it("warns once per unclassified account, naming the first cell it is in", () => {
    const unclassified = issuesOf(json, "account-unclassified");
    expect(unclassified.map((i) => [i.severity, i.sheet, i.cell])).toEqual([
      ["warning", "Huvudbok", "B11"],
      ["warning", "Huvudbok", "B12"],
    ]);
    expect(unclassified[0]?.message).toContain("8100");
    expect(unclassified[0]?.message).toContain("Ej klassificerade konton");
    expect(unclassified[1]?.message).toContain("1510");
  });

  it("keeps the unclassified amounts in the levels, so the cost types add up to the total", () => {
    // Vård: every row but Stöd's two, the unclassified 8100 included.
    expect(levelOf(json, "Vård")).toMatchObject(figures("3144", "1048", "1108", "3264", "-60", "-120"));
    expect(levelOf(json, "Stöd")).toMatchObject(figures("15", "5", "5", "15", "0", "0"));
    expect(json.total).toMatchObject(figures("3159", "1053", "1113", "3279", "-60", "-120"));
    const total = json.total;
    if (!total) throw new Error("no total");
    for (const field of Object.keys(figures("", "", "", "", "", "")) as (keyof FiguresJson)[]) {
      expect(sumKronor(json.costTypes.map((c) => c[field]))).toBe(total[field]);
    }
  });

  it("follows cost types from the settings, where a longer prefix still wins", () => {
    const custom = run([sheet("Huvudbok", [HEADER, ...ROWS])], {
      settings: {
        costTypes: [
          { name: "Intäkter", group: "income", accounts: ["3"] },
          { name: "Kostnader", group: "cost", accounts: ["4", "5", "6", "7"] },
          { name: "Avskrivningar", group: "cost", accounts: ["78"] },
          { name: "Skatter och finansiellt", group: "financial", accounts: ["8"] },
          { name: "Balanskonton", group: "cost", accounts: ["1510"] },
        ],
      },
    });
    expect(issuesOf(custom, "account-unclassified")).toEqual([]);
    expect(costTypeOf(custom, "Kostnader").annualBudget).toBe("3180");
    expect(costTypeOf(custom, "Avskrivningar").annualBudget).toBe("240");
    expect(costTypeOf(custom, "Skatter och finansiellt").annualBudget).toBe("27");
    expect(costTypeOf(custom, "Balanskonton").annualBudget).toBe("12");
    expect(custom.total).toEqual(json.total);
  });
});
