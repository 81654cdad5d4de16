import type { Row } from "./grid-builder";
import { errorsOf, figures, issuesOf, levelOf, run, sheet } from "./grid-builder";

const SHORT = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const LONG = [
  "Januari",
  "Februari",
  "Mars",
  "April",
  "Maj",
  "Juni",
  "Juli",
  "Augusti",
  "September",
  "Oktober",
  "November",
  "December",
];

/** Twelve month cells: `filled` months of `amount`, then `rest` (blank or 0) for the months to come. */
function months(amount: number, filled: number, rest: number | null = null): (number | null)[] {
  return Array.from({ length: 12 }, (_, i) => (i < filled ? amount : rest));
}

function ledger(monthHeaders: readonly string[], filled: number, rest: number | null = null): Row[] {
  return [
    ["Anslagsbindningsnivå", "Konto", "Budget 2024", ...monthHeaders, "Prognos"],
    ["Vård", 5110, 1200, ...months(100, filled, rest), 1300],
    ["Vård", 3110, -120, ...months(-10, filled, rest), -120],
    ["Stöd", 4610, 600, ...months(60, filled, rest), 600],
  ];
}

describe("monthly outcome columns", () => {
  it("sums the months through the last one with data, and takes that as the period", () => {
    const json = run([sheet("Utfall per månad", ledger(SHORT, 4))]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.period).toBe("2024-04");
    // The header apr is in column G (A level, B konto, C budget, D jan … G apr).
    expect(json.periodSource).toEqual({ kind: "monthColumns", sheet: "Utfall per månad", cell: "G1" });
    // Vård: outcome 4 × 100 − 4 × 10 = 360; budget 1080, 4/12 = 360; forecast 1180.
    expect(levelOf(json, "Vård")).toMatchObject(figures("1080", "360", "360", "1180", "0", "-100"));
    // Stöd: outcome 4 × 60 = 240, period budget 200.
    expect(levelOf(json, "Stöd")).toMatchObject(figures("600", "200", "240", "600", "-40", "0"));
    expect(json.total).toMatchObject(figures("1680", "560", "600", "1780", "-40", "-100"));
  });

  it("reads the long month names", () => {
    const json = run([sheet("Utfall", ledger(LONG, 6))]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.period).toBe("2024-06");
    // Vård: 6 × 90 = 540 of a budget 1080 × 6/12 = 540.
    expect(levelOf(json, "Vård")).toMatchObject(figures("1080", "540", "540", "1180", "0", "-100"));
    expect(levelOf(json, "Stöd")).toMatchObject(figures("600", "300", "360", "600", "-60", "0"));
  });

  it('reads month headers with a year: "Jan 24", "feb-24", "Mars 2024"', () => {
    const headers = ["Jan 24", "feb-24", "Mars 2024", "APR 24", "maj 24", "jun 24"];
    const headers12 = [...headers, "jul 24", "aug 24", "sep 24", "okt 24", "nov 24", "dec 24"];
    const json = run([sheet("Utfall", ledger(headers12, 3))]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.period).toBe("2024-03");
    expect(levelOf(json, "Vård").outcome).toBe("270");
  });

  it("takes months filled with 0 as months to come", () => {
    const json = run([sheet("Utfall", ledger(SHORT, 5, 0))]);
    expect(json.period).toBe("2024-05");
    expect(levelOf(json, "Stöd")).toMatchObject(figures("600", "250", "300", "600", "-50", "0"));
  });

  it("counts only the months through a period given, and warns that later months hold data", () => {
    const json = run([sheet("Utfall", ledger(SHORT, 4))], { period: { year: 2024, month: 2 } });
    expect(json.period).toBe("2024-02");
    // Vård: 2 × 90 = 180 against 1080 × 2/12 = 180.
    expect(levelOf(json, "Vård")).toMatchObject(figures("1080", "180", "180", "1180", "0", "-100"));
    expect(issuesOf(json, "period-contradiction")).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "Utfall", cell: "G1" }),
    ]);
  });

  it("uses an outcome column over the month columns when the sheet has both", () => {
    const rows = ledger(SHORT, 4);
    const withOutcome = rows.map((r, i) => [...r, i === 0 ? "Utfall jan–apr" : i === 1 ? 500 : 0]);
    const json = run([sheet("Utfall", withOutcome)]);
    expect(json.period).toBe("2024-04");
    expect(levelOf(json, "Vård").outcome).toBe("500");
    expect(levelOf(json, "Stöd").outcome).toBe("0");
  });

  it("without a year anywhere, assumes the caller's year and says so", () => {
    const rows = ledger(SHORT, 4).map((r, i) =>
      i === 0 ? ["Anslagsbindningsnivå", "Konto", "Årsbudget", ...SHORT, "Prognos"] : r,
    );
    const json = run([sheet("Utfall", rows)], { fallbackYear: 2025 });
    expect(json.period).toBe("2025-04");
    expect(issuesOf(json, "period-year-assumed")).toHaveLength(1);
  });
});
