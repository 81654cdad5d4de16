import { detectLayout } from "../../../src/core/detect/detect-layout";
import type { CellValue, SheetGrid } from "../../../src/core/model/grid";
import type { Period } from "../../../src/core/model/period";
import type { SheetSettings } from "../../../src/core/settings/settings";

type Row = readonly CellValue[];

const ledger = (period: Period): SheetGrid => ({
  name: "Underlag",
  rows: [
    ["Anslagsbindningsnivå", "Konto", `Budget ${period.year}`, "Utfall", "Prognos helår"],
    ["HVO", 5010, 1200, 400, 1200],
  ],
});

/** The workbook's sheets as detection settles them, with the period stated as `--period` would. */
function sheetsOf(period: Period, ...sheets: SheetGrid[]): SheetSettings[] {
  return detectLayout({ sheets: [ledger(period), ...sheets] }, { period: { argument: period } }).sheets;
}

function keyFiguresOf(period: Period, name: string, rows: readonly Row[]): SheetSettings | undefined {
  return sheetsOf(period, { name, rows }).find((s) => s.name === name);
}

const APRIL_2020 = { year: 2020, month: 4 };
const APRIL_2024 = { year: 2024, month: 4 };
const MARCH_2024 = { year: 2024, month: 3 };

describe("a key figures sheet (nyckeltal) is recognised, never as a ledger", () => {
  it.each<[string, Period, Row, Record<string, string>]>([
    [
      "the socialnämnd's April 2020 table: Bokslut 2019, Utfall 1904 beside Utfall 2004",
      APRIL_2020,
      ["Nyckeltal", "Enhet", "Bokslut 2019", "Utfall 1904", "Utfall 2004", "Prognos 2020", "Budget 2020"],
      {
        name: "A",
        unit: "B",
        lastYearAnnual: "C",
        lastYearOutcome: "D",
        outcome: "E",
        forecast: "F",
        plan: "G",
      },
    ],
    [
      "volumes against the same period last year, as Alingsås (jan–mar)",
      MARCH_2024,
      ["Verksamhetsmått", "Enhet", "Plan 2024", "Utfall jan–mar 2024", "Utfall jan–mar 2023"],
      { name: "A", unit: "B", plan: "C", outcome: "D", lastYearOutcome: "E" },
    ],
    [
      "YYMM months and a year alone (Utfall 2023 is the full year)",
      APRIL_2024,
      ["Mått", "Enhet", "Mål", "Utfall 2404", "Utfall 2304", "Prognos helår", "Utfall 2023"],
      {
        name: "A",
        unit: "B",
        plan: "C",
        outcome: "D",
        lastYearOutcome: "E",
        forecast: "F",
        lastYearAnnual: "G",
      },
    ],
    [
      "words only: samma period fg år, and no year anywhere",
      APRIL_2024,
      ["Volym", "Enhet", "Budget", "Utfall", "Utfall samma period fg år", "Prognos"],
      { name: "A", unit: "B", plan: "C", outcome: "D", lastYearOutcome: "E", forecast: "F" },
    ],
    [
      "accumulated YYYYMM and a forecast named by year",
      APRIL_2024,
      ["Nyckeltal", "Utfall ack 202304", "Utfall ack 202404", "Prognos 2024", "Bokslut 2023", "Enhet"],
      { name: "A", unit: "F", lastYearOutcome: "B", outcome: "C", forecast: "D", lastYearAnnual: "E" },
    ],
  ])("%s", (_, period, header, columns) => {
    const found = keyFiguresOf(period, "Volymer", [
      ["Socialnämnden – volymer"],
      [],
      header,
      ["Platser", "st"],
    ]);
    expect(found).toEqual({ name: "Volymer", role: "keyFigures", headerRow: 3, columns });
  });

  it("takes a generic name column (Benämning) where the sheet's name says Nyckeltal", () => {
    expect(
      keyFiguresOf(APRIL_2024, "Nyckeltal", [
        ["Benämning", "Enhet", "Utfall t.o.m. april 2024", "Utfall 2023"],
      ]),
    ).toEqual({
      name: "Nyckeltal",
      role: "keyFigures",
      headerRow: 1,
      columns: { name: "A", unit: "B", outcome: "C", lastYearAnnual: "D" },
    });
  });

  it("takes the names under an empty header where a title says Verksamhetsmått", () => {
    const found = keyFiguresOf(APRIL_2024, "Blad4", [
      ["Verksamhetsmått hemtjänst"],
      [null, "Enhet", "Budget 2024", "Utfall jan–apr 2024"],
      ["Beviljade timmar", "tim", 52000, 17800],
    ]);
    expect(found).toMatchObject({
      role: "keyFigures",
      headerRow: 2,
      columns: { name: "A", plan: "C", outcome: "D" },
    });
  });

  it("passes over another period, an older year and the previous forecast, saying why", () => {
    const layout = detectLayout(
      {
        sheets: [
          ledger(APRIL_2024),
          {
            name: "Nyckeltal",
            rows: [
              [
                "Nyckeltal",
                "Utfall 2022",
                "Utfall 2023",
                "Utfall mars 2024",
                "Utfall april 2024",
                "Föregående prognos",
              ],
            ],
          },
        ],
      },
      { period: { argument: APRIL_2024 } },
    );
    expect(layout.sheets.find((s) => s.name === "Nyckeltal")).toMatchObject({
      columns: { name: "A", lastYearAnnual: "C", outcome: "E" },
    });
    const rejected = layout.detection
      .filter((d) => d.sheet === "Nyckeltal")
      .flatMap((d) => d.rejected.map((r) => [r.cell, r.rule]));
    expect(rejected).toEqual(
      expect.arrayContaining([
        ["B1", "older-year"],
        ["D1", "other-month"],
        ["F1", "previous-word"],
      ]),
    );
  });

  it("shows no column rather than a guess when two are placed alike (years in a row above)", () => {
    const layout = detectLayout(
      {
        sheets: [
          ledger(APRIL_2024),
          {
            name: "Nyckeltal",
            rows: [
              [null, null, 2023, 2024],
              ["Nyckeltal", "Enhet", "Utfall", "Utfall", "Prognos"],
            ],
          },
        ],
      },
      { period: { argument: APRIL_2024 } },
    );
    expect(layout.sheets.find((s) => s.name === "Nyckeltal")).toMatchObject({
      headerRow: 2,
      columns: { name: "A", unit: "B", forecast: "E" },
    });
    expect(layout.sheets.find((s) => s.name === "Nyckeltal")).not.toHaveProperty("columns.outcome");
    expect(layout.detection.find((d) => d.sheet === "Nyckeltal" && d.role === "outcome")).toMatchObject({
      chosen: null,
      rule: "ambiguous",
    });
  });

  it("reads key figures per verksamhetsområde as key figures, never as a ledger", () => {
    const found = keyFiguresOf(APRIL_2024, "Blad3", [
      ["Verksamhetsområde", "Nyckeltal", "Enhet", "Budget 2024", "Utfall jan–apr 2024"],
      ["Äldreomsorg", "Platser", "st", 412, 410],
    ]);
    expect(found).toMatchObject({
      role: "keyFigures",
      columns: { name: "B", unit: "C", plan: "D", outcome: "E" },
    });
  });

  it("leaves a ledger with an Enhet dimension a ledger, whatever the sheet is called", () => {
    const units: SheetGrid = {
      name: "Volymer och ekonomi",
      rows: [
        ["Enhet", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
        ["Hemtjänst", 5010, 100, 30, 100],
      ],
    };
    expect(sheetsOf(APRIL_2024, units).find((s) => s.name === units.name)?.role).toBe("ledger");
  });

  it("is not called key figures when only a column headed Enhet and figures say so", () => {
    const units: SheetGrid = {
      name: "Blad2",
      rows: [
        ["Enhet", "Budget 2024", "Utfall jan–apr 2024"],
        ["Hemtjänst", 100, 30],
      ],
    };
    expect(sheetsOf(APRIL_2024, units).find((s) => s.name === units.name)?.role).not.toBe("keyFigures");
  });
});
