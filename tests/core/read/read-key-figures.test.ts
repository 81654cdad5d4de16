import type { CellValue } from "../../../src/core/model/grid";
import { readKeyFigures } from "../../../src/core/read/read-key-figures";
import type { KeyFiguresSheet } from "../../../src/core/settings/settings";

type Row = readonly CellValue[];

const LAYOUT: KeyFiguresSheet = {
  name: "Nyckeltal",
  role: "keyFigures",
  headerRow: 2,
  columns: {
    name: "A",
    unit: "B",
    plan: "C",
    outcome: "D",
    lastYearOutcome: "E",
    forecast: "F",
    lastYearAnnual: "G",
  },
};

const HEADER: Row = [
  "Nyckeltal",
  "Enhet",
  "Budget 2024",
  "Utfall jan–apr 2024",
  "Utfall jan–apr 2023",
  "Prognos",
  "Bokslut 2023",
];

const read = (rows: readonly Row[], layout: KeyFiguresSheet = LAYOUT): ReturnType<typeof readKeyFigures> =>
  readKeyFigures({ name: "Nyckeltal", rows: [["Volymer 2024"], HEADER, ...rows] }, layout);

describe("reading key figures", () => {
  it("reads each value as an exact decimal string, numbers and Swedish text alike", () => {
    const { keyFigures, issues } = read([
      ["Antal platser särskilt boende", "st", 412, "410", "1 398", " 405 ", 1401],
      ["Beläggning", "%", "97,5", 96.25, "95,0 %", 0.1 + 0.2, "−3,5"],
    ]);
    expect(issues).toEqual([]);
    expect(keyFigures).toEqual([
      {
        name: "Antal platser särskilt boende",
        unit: "st",
        plan: "412",
        outcome: "410",
        lastYearOutcome: "1398",
        forecast: "405",
        lastYearAnnual: "1401",
        sheet: "Nyckeltal",
        cell: "A3",
      },
      {
        name: "Beläggning",
        unit: "%",
        plan: "97.5",
        outcome: "96.25",
        lastYearOutcome: "95",
        forecast: "0.3",
        lastYearAnnual: "-3.5",
        sheet: "Nyckeltal",
        cell: "A4",
      },
    ]);
  });

  it("gives null for an empty cell, a dash and a column the sheet does not have", () => {
    const layout: KeyFiguresSheet = { ...LAYOUT, columns: { name: "A", unit: "B", outcome: "D" } };
    const { keyFigures } = read([["Hushåll med ekonomiskt bistånd", null, 1, "–", 5, 6, 7]], layout);
    expect(keyFigures).toEqual([
      expect.objectContaining({ unit: null, plan: null, outcome: null, forecast: null }),
    ]);
    // dashes say "nothing to report": the measure is listed, without values
    const dashes = read([["Hushåll", "st", "–", "-", "..", "\u2212", "…"]]);
    expect(dashes.issues).toEqual([]);
    expect(dashes.keyFigures[0]).toMatchObject({
      name: "Hushåll",
      plan: null,
      outcome: null,
      lastYearAnnual: null,
    });
    // no value cell at all: a heading, not a key figure
    expect(read([["Hushåll", "st", null, "", null, "  "]]).keyFigures).toEqual([]);
  });

  it("reads a unit written after the number, and a per cent sign where the row has no unit", () => {
    const { keyFigures } = read([
      ["Hemtjänsttimmar", "tim", "52 000 tim", "17 800", null, null, null],
      ["Andel heltid", null, "80 %", "78,5 %", null, null, null],
    ]);
    expect(keyFigures.map((k) => [k.unit, k.plan, k.outcome])).toEqual([
      ["tim", "52000", "17800"],
      ["%", "80", "78.5"],
    ]);
  });

  it("passes over headings and a repeated header row", () => {
    const { keyFigures, issues } = read([
      ["Äldreomsorg"],
      ["Antal brukare", "st", 10, 9],
      HEADER,
      ["Antal ärenden", "st", 5, 4],
    ]);
    expect(issues).toEqual([]);
    expect(keyFigures.map((k) => [k.name, k.cell])).toEqual([
      ["Antal brukare", "A4"],
      ["Antal ärenden", "A6"],
    ]);
  });

  it("warns in Swedish, naming the sheet and cell, of a value it cannot read, and shows the rest", () => {
    const { keyFigures, issues } = read([
      ["Vårddygn", "dygn", "ca 5 000", 1650, { error: "#DIVISION/0!" }, true, 4900],
      [null, "st", 3, 4],
    ]);
    expect(keyFigures).toEqual([
      expect.objectContaining({
        name: "Vårddygn",
        plan: null,
        outcome: "1650",
        lastYearOutcome: null,
        forecast: null,
      }),
    ]);
    expect(issues.map((i) => [i.code, i.severity, i.sheet, i.cell])).toEqual([
      ["key-figure-not-a-number", "warning", "Nyckeltal", "C3"],
      ["key-figure-error-value", "warning", "Nyckeltal", "E3"],
      ["key-figure-not-a-number", "warning", "Nyckeltal", "F3"],
      ["key-figure-name-missing", "warning", "Nyckeltal", "A4"],
    ]);
    expect(issues[0]?.message).toBe(
      '"ca 5 000" är inget tal, så nyckeltalet "Vårddygn" visas utan det värdet. Skriv ett tal, till exempel 12,5, eller lämna cellen tom.',
    );
    expect(issues[1]?.message).toContain("#DIVISION/0!");
  });
});
