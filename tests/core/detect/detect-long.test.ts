import { detectLongSheet } from "../../../src/core/detect/detect-long";
import type { CellValue, SheetGrid } from "../../../src/core/model/grid";

type Row = readonly CellValue[];

function sheet(rows: readonly Row[], name = "Data"): SheetGrid {
  return { name, rows };
}

const DATA: Row[] = [
  ["HVO", 5110, 202401, "Budget", 1000],
  ["HVO", 5110, 202401, "Utfall", 900],
  ["HVO", 5110, 202401, "Prognos", 12000],
];

describe("detectLongSheet: which sheets are long data, and which column is what", () => {
  it("reads Nivå, Konto, Period, Typ, Belopp as long data in kronor, saying the unit is assumed", () => {
    const found = detectLongSheet(sheet([["Nivå", "Konto", "Period", "Typ", "Belopp"], ...DATA]));
    expect(found?.settings).toEqual({
      name: "Data",
      role: "long",
      headerRow: 1,
      unit: "kr",
      columns: { level: "A", account: "B", period: "C", kind: "D", amount: "E" },
    });
    expect(found?.unitStated).toBe(false);
    expect(found?.issues).toEqual([]);
    expect(found?.detection.find((d) => d.role === "unit")).toMatchObject({
      chosen: null,
      rule: "assumed-kr",
    });
    expect(found?.detection.find((d) => d.role === "amount")).toMatchObject({
      chosen: { cell: "E1", header: "Belopp" },
      rule: "only-candidate",
    });
  });

  it.each([
    ["Belopp (tkr)", "tkr"],
    ["Värde (tkr)", "tkr"],
    ["Belopp, mkr", "mkr"],
    ["Belopp i tkr", "tkr"],
    ["Amount", "kr"],
  ] as const)("takes the unit the amount's header names: %s → %s", (header, unit) => {
    const found = detectLongSheet(sheet([["Nivå", "Konto", "Period", "Typ", header], ...DATA]));
    expect(found?.settings.unit).toBe(unit);
    expect(found?.settings.columns.amount).toBe("E");
  });

  it("takes the unit from a note above the header, and finds the header below the title", () => {
    const found = detectLongSheet(
      sheet([
        ["Socialnämnden, belopp i tusentals kronor"],
        [],
        ["Verksamhetsområde", "Konto", "Månad", "Scenario", "Amount"],
        ...DATA,
      ]),
    );
    expect(found?.settings).toMatchObject({
      headerRow: 3,
      unit: "tkr",
      columns: { level: "A", period: "C", kind: "D" },
    });
    expect(found?.unitStated).toBe(true);
    expect(found?.detection.find((d) => d.role === "unit")).toMatchObject({ rule: "note-above" });
  });

  it("reads År + Månad as the period's year and month, and a dimension as a dimension", () => {
    const found = detectLongSheet(
      sheet([
        ["År", "Månad", "Ansvar", "Konto", "Beloppstyp", "Värde (tkr)"],
        [2024, "januari", "7110", "5110", "Budget", 1],
      ]),
    );
    expect(found?.settings.columns).toEqual({
      year: "A",
      month: "B",
      dimensions: { Ansvar: "C" },
      account: "D",
      kind: "E",
      amount: "F",
    });
  });

  it("a period column of month numbers takes the year column beside it", () => {
    const found = detectLongSheet(
      sheet([
        ["År", "Period", "Nivå", "Version", "Belopp"],
        [2024, 8, "HVO", "Budget", 1],
      ]),
    );
    expect(found?.settings.columns).toMatchObject({ year: "A", period: "B", kind: "D", amount: "E" });
  });

  it("a period column that states the year needs no year column", () => {
    const found = detectLongSheet(
      sheet([
        ["År", "Period", "Nivå", "Typ", "Belopp"],
        [2024, 202408, "HVO", "Budget", 1],
      ]),
    );
    expect(found?.settings.columns.period).toBe("B");
    expect(found?.settings.columns.year).toBeUndefined();
  });

  it("is not a ledger with figure columns, nor an explanations sheet", () => {
    const ledger = sheet([
      ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan-apr 2024", "Prognos helår 2024"],
      ["HVO", 5110, 1, 1, 1],
    ]);
    const explanations = sheet([
      ["Nivå", "Förklaring", "Belopp"],
      ["HVO", "Färdtjänst", -1500],
    ]);
    const noPeriod = sheet([
      ["Nivå", "Konto", "Typ", "Belopp"],
      ["HVO", 5110, "Budget", 1],
    ]);
    expect(detectLongSheet(ledger)).toBeUndefined();
    expect(detectLongSheet(explanations)).toBeUndefined();
    expect(detectLongSheet(noPeriod)).toBeUndefined();
  });

  it("two amount columns that no rule ranks are an error naming both cells, not a guess", () => {
    const found = detectLongSheet(
      sheet([
        ["Nivå", "Period", "Typ", "Belopp", "Värde"],
        ["HVO", 202401, "Budget", 1, 1],
      ]),
    );
    expect(found?.issues).toMatchObject([
      { severity: "error", code: "column-ambiguous", sheet: "Data", cell: "E1" },
    ]);
    expect(found?.issues[0]?.message).toContain('D "Belopp"');
    expect(found?.issues[0]?.message).toContain('E "Värde"');
    expect(found?.detection.find((d) => d.role === "amount")).toMatchObject({
      chosen: null,
      rule: "ambiguous",
    });
  });

  it("of two kind columns, the one whose values are budget, outcome and forecast is the kind", () => {
    const found = detectLongSheet(
      sheet([
        ["Nivå", "Period", "Version", "Typ", "Belopp"],
        ["HVO", 202401, "1", "Budget", 1],
        ["HVO", 202401, "2", "Utfall", 1],
      ]),
    );
    expect(found?.issues).toEqual([]);
    expect(found?.settings.columns.kind).toBe("D");
    expect(found?.detection.find((d) => d.role === "kind")).toMatchObject({
      chosen: { cell: "D1", header: "Typ" },
      rule: "kind-values",
      rejected: [{ cell: "C1", header: "Version" }],
    });
  });
});

describe("detectLongSheet: the period's columns explain themselves", () => {
  it("a period column that states the year passes over År and Månad, saying why", () => {
    const found = detectLongSheet(
      sheet([
        ["År", "Månad", "Period", "Nivå", "Typ", "Belopp"],
        [2024, "augusti", "2024-08", "HVO", "Budget", 1],
      ]),
    );
    expect(found?.settings.columns).toMatchObject({ period: "C" });
    expect(found?.settings.columns.year).toBeUndefined();
    expect(found?.settings.columns.month).toBeUndefined();
    expect(found?.detection.filter((d) => d.rule === "period-column")).toEqual([
      {
        sheet: "Data",
        role: "month",
        chosen: null,
        rule: "period-column",
        reason: "året och månaden läses ur periodkolumnen C",
        rejected: [
          {
            cell: "B1",
            header: "Månad",
            rule: "period-column",
            reason: "året och månaden läses ur periodkolumnen C",
          },
        ],
      },
      {
        sheet: "Data",
        role: "year",
        chosen: null,
        rule: "period-column",
        reason: "året och månaden läses ur periodkolumnen C",
        rejected: [
          {
            cell: "A1",
            header: "År",
            rule: "period-column",
            reason: "året och månaden läses ur periodkolumnen C",
          },
        ],
      },
    ]);
  });
});
