import type { Row } from "./grid-builder";
import { errorsOf, issuesOf, levelOf, run, sheet } from "./grid-builder";

const ROWS: Row[] = [["HVO", 5110, 1200, 500, 1200]];

function ledger(budget: string, outcome: string, above: Row[] = []): ReturnType<typeof sheet> {
  return sheet("Underlag", [
    ...above,
    ["Anslagsbindningsnivå", "Konto", budget, outcome, "Prognos"],
    ...ROWS,
  ]);
}

describe("the period", () => {
  it.each<[string, string, string]>([
    ["Budget", "Utfall jan–apr 2024", "2024-04"],
    ["Budget 2024", "Utfall t.o.m. april", "2024-04"],
    ["Budget 2024", "Ack. utfall tom aug", "2024-08"],
    ["Budget", "Utfall 2404", "2024-04"],
    ["Årsbudget", "Utfall 2308", "2023-08"],
    ["Budget 2025", "Utfall jan-mar", "2025-03"],
  ])("with %j and %j is %s", (budget, outcome, expected) => {
    const json = run([ledger(budget, outcome)]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.period).toBe(expected);
    expect(json.periodSource).toMatchObject({
      kind: "header",
      sheet: "Underlag",
      cell: "D1",
      header: outcome,
    });
  });

  it("periodises a linear budget by the period found: 1200 × 8/12 in August", () => {
    const json = run([ledger("Budget 2024", "Ack. utfall tom aug")]);
    expect(levelOf(json, "HVO")).toMatchObject({
      periodBudget: "800",
      outcome: "500",
      periodDeviation: "300",
    });
  });

  it("reads the period from a title above the header when no header has one", () => {
    const json = run([ledger("Budget", "Utfall", [["Underlag till delårsrapport per augusti 2024"], []])]);
    expect(json.period).toBe("2024-08");
    expect(json.periodSource).toEqual({ kind: "title", sheet: "Underlag", cell: "A1" });
  });

  it("lets the period argument win over the headers, with a warning naming the header cell", () => {
    const json = run([ledger("Budget 2024", "Utfall jan–apr 2024", [["Socialnämnden"]])], {
      period: { year: 2024, month: 3 },
    });
    expect(json.period).toBe("2024-03");
    expect(json.periodSource).toEqual({ kind: "argument" });
    expect(issuesOf(json, "period-contradiction")).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "Underlag", cell: "D2" }),
    ]);
    expect(issuesOf(json, "period-contradiction")[0]?.message).toContain("Utfall jan–apr 2024");
    // The linear budget follows the period used: 1200 × 3/12.
    expect(levelOf(json, "HVO").periodBudget).toBe("300");
  });

  it("warns when the argument's year differs from the header's", () => {
    const json = run([ledger("Budget 2024", "Utfall jan–apr 2024")], { period: { year: 2023, month: 4 } });
    expect(json.period).toBe("2023-04");
    expect(issuesOf(json, "period-contradiction")).toEqual([
      expect.objectContaining({ sheet: "Underlag", cell: "D1" }),
    ]);
  });

  it("gives no warning when the argument agrees with the headers", () => {
    const json = run([ledger("Budget 2024", "Utfall jan–apr 2024")], { period: { year: 2024, month: 4 } });
    expect(json.issues).toEqual([]);
  });

  it("never lets a saved period override the headers: one they contradict is an error asking which", () => {
    const fromSettings = run([ledger("Budget 2024", "Utfall jan–apr 2024")], {
      settings: { period: "2024-06" },
    });
    expect(fromSettings.period).toBeNull();
    expect(fromSettings.levels).toEqual([]);
    expect(errorsOf(fromSettings)).toEqual([
      expect.objectContaining({ code: "period-saved-contradicted", sheet: "Underlag", cell: "D1" }),
    ]);
    expect(errorsOf(fromSettings)[0]?.message).toMatch(/sparade perioden är 2024-06.*säger 2024-04/);
    // the argument still wins, with a warning
    const both = run([ledger("Budget 2024", "Utfall jan–apr 2024")], {
      settings: { period: "2024-06" },
      period: { year: 2024, month: 8 },
    });
    expect(both.period).toBe("2024-08");
    expect(errorsOf(both)).toEqual([]);
  });

  it("uses a saved period when the headers name none, and agrees with one they confirm", () => {
    const silent = run([ledger("Budget", "Utfall")], { settings: { period: "2024-06" } });
    expect(silent.period).toBe("2024-06");
    expect(silent.periodSource).toEqual({ kind: "settings" });
    const agreeing = run([ledger("Budget 2024", "Utfall jan–apr 2024")], { settings: { period: "2024-04" } });
    expect(agreeing.period).toBe("2024-04");
    expect(agreeing.issues).toEqual([]);
  });

  it("stops with period-unknown when nothing states a period", () => {
    const json = run([ledger("Budget", "Utfall")]);
    expect(errorsOf(json).map((i) => i.code)).toEqual(["period-unknown"]);
    expect(json.period).toBeNull();
    expect(json.levels).toEqual([]);
  });

  it("stops with period-unknown when only a year is known", () => {
    const json = run([ledger("Budget 2024", "Utfall")], { fallbackYear: 2024 });
    expect(errorsOf(json).map((i) => i.code)).toEqual(["period-unknown"]);
  });

  it("takes the caller's year when the headers give the month only, and says so", () => {
    const json = run([ledger("Budget", "Utfall t.o.m. april")], { fallbackYear: 2024 });
    expect(json.period).toBe("2024-04");
    expect(issuesOf(json, "period-year-assumed")).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(run([ledger("Budget", "Utfall t.o.m. april")]).period).toBeNull();
  });
});
