import type { Row } from "./grid-builder";
import { errorsOf, figures, issuesOf, levelOf, run, sheet } from "./grid-builder";

const budget = sheet("Budget", [
  ["Budget 2024, socialnämnden"],
  [],
  ["Anslagsbindningsnivå", "Ansvar", "Konto", "Budget 2024"],
  ["HVO", "1100", 5110, 6000],
  ["HVO", "1100", 3110, -600],
  ["IFO", "2100", 4610, 1200],
]);

// Other order; no row for HVO 3110 (no income booked yet); IFO 5110 has no budget.
const outcome = sheet("Utfall", [
  ["Anslagsbindningsnivå", "Ansvar", "Konto", "Utfall jan–apr 2024"],
  ["IFO", "2100", 4610, 500],
  ["HVO", "1100", 5110, 2100],
  ["IFO", "2100", 5110, 100],
]);

const forecast = sheet("Prognos", [
  ["Anslagsbindningsnivå", "Ansvar", "Konto", "Prognos helår"],
  ["HVO", "1100", 3110, -700],
  ["IFO", "2100", 4610, 1300],
  ["HVO", "1100", 5110, 6300],
]);

describe("budget, outcome and forecast on separate sheets", () => {
  it("adds each sheet's amounts under the same level, a missing combination counting 0", () => {
    const json = run([budget, outcome, forecast]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.period).toBe("2024-04");
    // HVO: budget 6000 − 600, linear 4/12: 2000 − 200; outcome 2100 + 0; forecast 6300 − 700.
    expect(levelOf(json, "HVO")).toMatchObject(figures("5400", "1800", "2100", "5600", "-300", "-200"));
    // IFO: budget 1200 (period 400); outcome 500 + 100; forecast 1300 + 0.
    expect(levelOf(json, "IFO")).toMatchObject(figures("1200", "400", "600", "1300", "-200", "-100"));
    expect(json.total).toMatchObject(figures("6600", "2200", "2700", "6900", "-500", "-300"));
  });

  it("splits the same amounts by cost type across the sheets", () => {
    const json = run([budget, outcome, forecast]);
    const byName = Object.fromEntries(json.costTypes.map((c) => [c.name, c]));
    expect(byName["Verksamhetens intäkter"]).toMatchObject(
      figures("-600", "-200", "0", "-700", "-200", "100"),
    );
    expect(byName["Personalkostnader"]).toMatchObject(
      figures("6000", "2000", "2200", "6300", "-200", "-300"),
    );
    expect(byName["Köp av huvudverksamhet"]).toMatchObject(
      figures("1200", "400", "500", "1300", "-100", "-100"),
    );
  });

  it("gives the same result whatever order the sheets come in", () => {
    const a = run([budget, outcome, forecast]);
    const b = run([forecast, outcome, budget]);
    expect(b.total).toEqual(a.total);
    expect(levelOf(b, "HVO")).toEqual(levelOf(a, "HVO"));
    expect(levelOf(b, "IFO")).toEqual(levelOf(a, "IFO"));
  });

  it("keys the sheets by a dimension and a mapping sheet when they lack a level column", () => {
    const drop = (row: Row): Row => row.slice(1);
    const mapping = sheet("Mappning", [
      ["Ansvar", "Anslagsbindningsnivå"],
      ["1100", "HVO"],
      ["2100", "IFO"],
    ]);
    const json = run([
      sheet(
        "Budget",
        budget.rows.map((r) => (r && r.length > 1 ? drop(r) : (r ?? []))),
      ),
      sheet(
        "Utfall",
        outcome.rows.map((r) => drop(r ?? [])),
      ),
      sheet(
        "Prognos",
        forecast.rows.map((r) => drop(r ?? [])),
      ),
      mapping,
    ]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.levels.map((l) => l.name)).toEqual(["HVO", "IFO"]);
    expect(levelOf(json, "HVO")).toMatchObject(figures("5400", "1800", "2100", "5600", "-300", "-200"));
    expect(levelOf(json, "IFO")).toMatchObject(figures("1200", "400", "600", "1300", "-200", "-100"));
  });

  it("without a forecast sheet, sets the forecast to the budget and says so", () => {
    const json = run([budget, outcome]);
    expect(issuesOf(json, "no-forecast")).toHaveLength(1);
    expect(levelOf(json, "HVO")).toMatchObject(figures("5400", "1800", "2100", "5400", "-300", "0"));
    expect(levelOf(json, "IFO")).toMatchObject(figures("1200", "400", "600", "1200", "-200", "0"));
  });

  it("without an outcome sheet, stops with an error", () => {
    const json = run([budget, forecast], { period: { year: 2024, month: 4 } });
    expect(errorsOf(json).map((i) => i.code)).toEqual(["no-outcome"]);
    expect(json.total).toBeNull();
  });
});
