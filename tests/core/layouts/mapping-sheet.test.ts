import type { Row } from "./grid-builder";
import { errorsOf, figures, issuesOf, levelOf, run, sheet } from "./grid-builder";

const mapping = sheet("Mappning", [
  ["Koppling verksamhet till anslagsbindningsnivå"],
  [],
  ["Verksamhet", "Anslagsbindningsnivå"],
  [410, "Vård och omsorg"],
  ["510", "Vård och omsorg"],
  [" 610 ", "Individ- och familjeomsorg"],
  [720, "LSS"],
]);

const HEADER: Row = ["Verksamhet", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos"];

function ledger(rows: Row[]): ReturnType<typeof sheet> {
  return sheet("Huvudbok", [["Huvudbok per verksamhet"], HEADER, ...rows]);
}

const ROWS: Row[] = [
  ["410", 5110, 1200, 300, 1250],
  ["510 Hemtjänst", 5110, 600, 250, 600],
  [610, 4610, 2400, 900, 2300],
];

describe("a mapping sheet from a dimension to the level", () => {
  it('maps keys compared as trimmed text: 410 = "410", "510 Hemtjänst" = "510", 610 = " 610 "', () => {
    const json = run([ledger(ROWS), mapping]);
    expect(errorsOf(json)).toEqual([]);
    // Vård och omsorg: 1200 + 600, period 4/12 = 600, outcome 300 + 250, forecast 1250 + 600.
    expect(levelOf(json, "Vård och omsorg")).toMatchObject(
      figures("1800", "600", "550", "1850", "50", "-50"),
    );
    expect(levelOf(json, "Individ- och familjeomsorg")).toMatchObject(
      figures("2400", "800", "900", "2300", "-100", "100"),
    );
  });

  it("lists the levels in the mapping's order, a level without rows with zeros", () => {
    const json = run([ledger(ROWS), mapping]);
    expect(json.levels.map((l) => l.name)).toEqual(["Vård och omsorg", "Individ- och familjeomsorg", "LSS"]);
    expect(levelOf(json, "LSS")).toMatchObject(figures("0", "0", "0", "0", "0", "0"));
    expect(json.total).toMatchObject(figures("4200", "1400", "1450", "4150", "-50", "50"));
  });

  it("works whether the mapping sheet comes before or after the data", () => {
    const json = run([mapping, ledger(ROWS)]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.total).toMatchObject(figures("4200", "1400", "1450", "4150", "-50", "50"));
  });

  it("matches the dimension's header case-insensitively", () => {
    const upper = sheet("Huvudbok", [["VERKSAMHET", ...HEADER.slice(1)], ...ROWS]);
    const json = run([upper, mapping]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.total).toMatchObject(figures("4200", "1400", "1450", "4150", "-50", "50"));
  });

  it("stops with an error naming the cell of a key that maps to no level", () => {
    // Row 6 of Huvudbok (title, header, three rows, then this one): the key is in A6.
    const json = run([ledger([...ROWS, ["810 Fritid", 4010, 100, 30, 100]]), mapping]);
    const unmapped = issuesOf(json, "level-unmapped");
    expect(unmapped).toEqual([expect.objectContaining({ severity: "error", sheet: "Huvudbok", cell: "A6" })]);
    expect(unmapped[0]?.message).toContain("810 Fritid");
    expect(json.total).toBeNull();
  });

  it("reports each unmapped row, and a row without a key as missing its level", () => {
    const json = run([ledger([["999", 4010, 1, 1, 1], ...ROWS, [null, 4010, 5, 5, 5]]), mapping]);
    expect(issuesOf(json, "level-unmapped").map((i) => i.cell)).toEqual(["A3"]);
    expect(issuesOf(json, "level-missing")).toEqual([
      expect.objectContaining({ severity: "error", sheet: "Huvudbok", cell: "A7" }),
    ]);
  });

  it("keeps the first level of a key mapped twice, with a warning at the second", () => {
    const twice = sheet("Mappning", [...mapping.rows, ["410", "LSS"]]);
    const json = run([ledger(ROWS), twice]);
    expect(issuesOf(json, "mapping-key-twice")).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "Mappning", cell: "A8" }),
    ]);
    expect(levelOf(json, "Vård och omsorg").annualBudget).toBe("1800");
  });

  it("without a mapping, a sheet without a level column is an error at its header row", () => {
    const json = run([ledger(ROWS)]);
    expect(errorsOf(json).map((i) => i.code)).toEqual(["no-level-source"]);
    expect(errorsOf(json)[0]).toMatchObject({ sheet: "Huvudbok", cell: "A2" });
  });

  it("takes the mapping from the settings as well", () => {
    const json = run([ledger(ROWS)], {
      settings: {
        levelMapping: {
          dimension: "Verksamhet",
          entries: [
            { key: "410", level: "VO" },
            { key: "510", level: "VO" },
            { key: "610", level: "IFO" },
          ],
        },
      },
    });
    expect(errorsOf(json)).toEqual([]);
    expect(levelOf(json, "VO").annualBudget).toBe("1800");
    expect(levelOf(json, "IFO").annualBudget).toBe("2400");
  });
});
