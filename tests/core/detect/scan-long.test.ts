import { detectLongSheet } from "../../../src/core/detect/detect-long";
import { kindMeaning } from "../../../src/core/detect/long-kinds";
import type { LongScan } from "../../../src/core/detect/scan-long";
import { scanLongSheet } from "../../../src/core/detect/scan-long";
import type { CellValue } from "../../../src/core/model/grid";
import { kindKey } from "../../../src/core/values/long-values";

type Row = readonly CellValue[];

function scan(rows: readonly Row[]): LongScan {
  const sheet = { name: "Data", rows };
  const long = detectLongSheet(sheet);
  if (!long) throw new Error("not long data");
  return scanLongSheet(sheet, long.settings);
}

const HEADER: Row = ["Nivå", "Konto", "Period", "Typ", "Belopp"];

describe("kindMeaning: what a kind value says", () => {
  it.each([
    ["Budget", { role: "budget" }],
    ["Budget 2024", { role: "budget", year: 2024 }],
    ["Utfall", { role: "outcome" }],
    ["Bokfört", { role: "outcome" }],
    ["Redovisat", { role: "outcome" }],
    ["Prognos", { role: "forecast" }],
    ["Prognos 2", { role: "forecast", version: 2 }],
    ["Prognos aug", { role: "forecast", month: 8 }],
    ["Prognos juli 2024", { role: "forecast", month: 7, year: 2024 }],
    ["Helårsprognos", { role: "forecast" }],
    ["Utfall ack", { role: undefined, unknownBecause: "accumulated" }],
    ["Avvikelse budget", { role: undefined, unknownBecause: "derived" }],
    ["Budget och utfall", { role: undefined, unknownBecause: "several" }],
    ["Kalkyl", { role: undefined, unknownBecause: "unknown" }],
  ] as const)("%s", (value, meaning) => {
    expect(kindMeaning(kindKey(value))).toEqual(meaning);
  });
});

describe("scanLongSheet: the period is the last month with outcome", () => {
  const periods: [string, string | number, string | number][] = [
    ["YYYYMM numbers", 202407, 202408],
    ["YYYYMM text", "202407", "202408"],
    ["YYYY-MM text", "2024-07", "2024-08"],
    ["ISO dates (as both readers give date cells)", "2024-07-01", "2024-08-01"],
    ["month names with the year", "juli 2024", "augusti 2024"],
  ];
  it.each(periods)("from %s", (_, july, august) => {
    const result = scan([
      HEADER,
      ["HVO", 5110, july, "Budget", 100],
      ["HVO", 5110, august, "Budget", 100],
      ["HVO", 5110, july, "Utfall", 90],
      ["HVO", 5110, august, "Utfall", 95],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.period).toMatchObject({ year: 2024, month: 8, cell: "C5" });
    expect(result.detection[0]).toEqual({
      sheet: "Data",
      role: "period",
      chosen: { cell: "C5", header: String(august) },
      rule: "last-outcome-month",
      reason: "sista månaden med utfall: augusti 2024",
      rejected: [],
    });
  });

  it("from month names with a separate year column", () => {
    const result = scan([
      ["År", "Månad", "Nivå", "Konto", "Typ", "Belopp"],
      [2024, "mars", "HVO", 5110, "Bokfört", 90],
      [2024, "april", "HVO", 5110, "Bokfört", 90],
      [2024, "december", "HVO", 5110, "Budget", 100],
    ]);
    expect(result.period).toMatchObject({ year: 2024, month: 4 });
  });

  it("later months whose outcome rows are all zero are not the period", () => {
    const result = scan([
      HEADER,
      ["HVO", 5110, 202408, "Utfall", 95],
      ["HVO", 5110, 202409, "Utfall", 0],
      ["HVO", 5110, 202410, "Utfall", "0,00"],
    ]);
    expect(result.period).toMatchObject({ year: 2024, month: 8 });
  });

  it("the latest year with outcome wins; last year's months are kept", () => {
    const result = scan([
      HEADER,
      ["HVO", 5110, 202311, "Utfall", 80],
      ["HVO", 5110, 202312, "Utfall", 80],
      ["HVO", 5110, 202403, "Utfall", 95],
    ]);
    expect(result.period).toMatchObject({ year: 2024, month: 3 });
    expect(result.kinds[0]?.months).toEqual(
      new Map([
        [202311, 1],
        [202312, 2],
        [202403, 3],
      ]),
    );
  });

  it("reports each kind value with what it means, its first cell and its months", () => {
    const result = scan([
      HEADER,
      ["HVO", 5110, 202401, "Budget 2024", 100],
      ["HVO", 5110, 202402, "Budget 2024", 100],
      ["HVO", 5110, 202401, "Redovisat", 90],
      ["HVO", 5110, 202401, "Prognos aug", 1200],
    ]);
    expect(result.kinds.map((k) => [k.text, k.cell, k.meaning.role, [...k.months.keys()]])).toEqual([
      ["Budget 2024", "D2", "budget", [202401, 202402]],
      ["Redovisat", "D4", "outcome", [202401]],
      ["Prognos aug", "D5", "forecast", [202401]],
    ]);
  });

  it("an unknown kind is a warning naming its first cell, once, and never guessed", () => {
    const result = scan([
      HEADER,
      ["HVO", 5110, 202401, "Utfall", 90],
      ["HVO", 5110, 202401, "Kalkyl", 50],
      ["HVO", 5110, 202402, "Kalkyl", 50],
      ["HVO", 5110, 202401, "Utfall ack", 90],
    ]);
    expect(result.issues).toMatchObject([
      { severity: "warning", code: "long-kind-unknown", cell: "D3" },
      { severity: "warning", code: "long-kind-unknown", cell: "D5" },
    ]);
    expect(result.issues[0]?.message).toContain('"Kalkyl"');
    expect(result.issues[1]?.message).toContain("ackumulerad");
  });

  it("a row with a kind and an amount but no readable period is an error naming the first cell", () => {
    const result = scan([
      HEADER,
      ["HVO", 5110, 202401, "Utfall", 90],
      ["HVO", 5110, "Q1", "Utfall", 90],
      ["HVO", 5110, null, "Utfall", 90],
      ["Summa HVO", null, null, "Utfall", 270],
      ["HVO", 5110, null, "Utfall", null],
    ]);
    expect(result.issues).toMatchObject([{ severity: "error", code: "long-period-unreadable", cell: "C3" }]);
    expect(result.issues[0]?.message).toContain('"Q1"');
    expect(result.issues[0]?.message).toContain("2 rader");
  });

  it("without outcome there is no period, and the detection says so", () => {
    const result = scan([HEADER, ["HVO", 5110, 202401, "Budget", 100]]);
    expect(result.period).toBeUndefined();
    expect(result.detection[0]).toMatchObject({ role: "period", chosen: null, rule: "no-outcome" });
  });

  it("the user's meaning of a kind value wins over the words, and 'ignore' silences it", () => {
    const rows: Row[] = [
      HEADER,
      ["HVO", 5110, 202401, "Kalkyl", 100],
      ["HVO", 5110, 202401, "Utfall", 90],
      ["HVO", 5110, 202401, "Budgetavvikelse", 10],
    ];
    const sheet = { name: "Data", rows };
    const long = detectLongSheet(sheet);
    if (!long) throw new Error("not long data");
    const result = scanLongSheet(sheet, long.settings, {
      kinds: { kalkyl: "budget", budgetavvikelse: "ignore" },
    });
    expect(result.issues).toEqual([]);
    expect(result.kinds.map((k) => [k.text, k.meaning.role])).toEqual([
      ["Kalkyl", "budget"],
      ["Utfall", "outcome"],
      ["Budgetavvikelse", undefined],
    ]);
  });
});
