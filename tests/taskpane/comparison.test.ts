import { runEngine } from "../../src/core/engine";
import type { WorkbookGrid } from "../../src/core/model/grid";
import type { ForecastSnapshot } from "../../src/core/state/forecast-history";
import { STATE_SHEET } from "../../src/core/state/product-state";
import { withCompareWith } from "../../src/taskpane/choices";
import { comparisonText, snapshotOptions } from "../../src/taskpane/comparison";

/** A ledger in kronor with a previous-forecast column headed `previous` (G3). */
function ledger(previous: string): WorkbookGrid {
  return {
    sheets: [
      {
        name: "Huvudbok",
        rows: [
          ["Kultur- och fritidsnämnden"],
          [],
          [
            "Anslagsbindningsnivå",
            "Konto",
            "Budget 2024",
            "Budget jan–aug 2024",
            "Utfall jan–aug 2024",
            "Prognos augusti 2024",
            previous,
          ],
          ["Kultur", 5110, 1_200_000, 800_000, 820_000, 1_230_000, 1_150_000],
          ["Fritid", 5110, 600_000, 400_000, 410_000, 640_000, 620_000],
        ],
      },
    ],
  };
}

const snapshot = (period: string, generatedAt: string): ForecastSnapshot => {
  const row = {
    name: "Totalt",
    annualBudget: "0",
    periodBudget: "0",
    outcome: "0",
    forecast: "0",
    periodDeviation: "0",
    forecastDeviation: "0",
  };
  return { period, generatedAt, levels: [], costTypes: [], total: row };
};

describe("what the pane says the report compares with", () => {
  it.each([
    ["Prognos juli 2024", "Jämförs med kolumnen Prognos juli 2024 (Huvudbok!G3)."],
    ["Föregående prognos", "Jämförs med kolumnen Föregående prognos (Huvudbok!G3)."],
  ])("a previous-forecast column %s: its header and cell", (header, said) => {
    const workbook = ledger(header);
    const result = runEngine({ workbook, fallbackYear: 2024 }).result;
    expect(result?.previous?.source.kind).toBe("column");
    expect(comparisonText(result?.previous ?? null, workbook)).toBe(said);
  });

  it("a kept snapshot, by the rule or by the user's pick; or nothing to compare with", () => {
    const grid: WorkbookGrid = { sheets: [] };
    const july = { year: 2023, month: 7 };
    expect(comparisonText({ period: july, source: { kind: "history", sheet: STATE_SHEET } }, grid)).toBe(
      "Jämförs med prognosen efter juli 2023 (sparad i arbetsboken).",
    );
    expect(comparisonText({ period: july, source: { kind: "chosen", sheet: STATE_SHEET } }, grid)).toBe(
      "Jämförs med prognosen efter juli 2023 (sparad i arbetsboken, ditt val).",
    );
    expect(comparisonText(null, grid)).toBe(
      "Ingen tidigare prognos att jämföra med: rapporten visar ingen prognosförändring.",
    );
  });
});

describe("the snapshots the pane lists", () => {
  const history = [
    snapshot("2022-12", "2023-01-12 10:00"),
    snapshot("2023-04", "2023-05-11 08:30"),
    snapshot("2023-07", "2023-08-10 09:00"),
    snapshot("2023-08", "2023-09-11 09:00"),
  ];

  it("lists each with its period and when it was made; only earlier ones of the same year can be picked", () => {
    expect(snapshotOptions(history, { year: 2023, month: 8 }, undefined)).toEqual([
      {
        value: "2022-12",
        label: "Prognosen efter december 2022 (sparad 2023-01-12 10:00) – inte tidigare samma år",
        usable: false,
      },
      { value: "2023-04", label: "Prognosen efter april 2023 (sparad 2023-05-11 08:30)", usable: true },
      { value: "2023-07", label: "Prognosen efter juli 2023 (sparad 2023-08-10 09:00)", usable: true },
      {
        value: "2023-08",
        label: "Prognosen efter augusti 2023 (sparad 2023-09-11 09:00) – inte tidigare samma år",
        usable: false,
      },
    ]);
  });

  it("keeps a saved pick the workbook no longer holds, marked as such", () => {
    const options = snapshotOptions(history.slice(2), { year: 2023, month: 8 }, "2023-04");
    expect(options.at(-1)).toEqual({
      value: "2023-04",
      label: "Prognosen efter april 2023 – finns inte i arbetsboken",
      usable: false,
    });
  });

  it("the pick is the setting compareWith; Automatiskt removes it, and the other choices stay", () => {
    const picked = withCompareWith({ period: "2023-08", reportUnit: "mkr" }, "2023-04");
    expect(picked).toEqual({ period: "2023-08", reportUnit: "mkr", compareWith: "2023-04" });
    expect(withCompareWith(picked, undefined)).toEqual({ period: "2023-08", reportUnit: "mkr" });
  });
});
