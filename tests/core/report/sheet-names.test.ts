import { chooseSheetNames } from "../../../src/core/report/sheet-names";

const REPORT = ["Sammanfattning", "Avvikelse per nivå", "Driftredovisning", "Viktigaste förklaringar"];
const LONG = "Prognostiserad budgetavvikelse per anslagsbindningsnivå"; // 55 characters

/** Checks what every choice must satisfy, and returns the names chosen in order. */
function choose(
  wanted: readonly string[],
  existing: readonly string[],
  own: readonly string[] = [],
): string[] {
  const chosen = chooseSheetNames(wanted, existing, own);
  const names = wanted.map((w) => chosen.get(w) ?? "");
  const users = existing.filter((e) => !own.includes(e)).map((e) => e.toLowerCase());
  for (const name of names) {
    expect(name.length).toBeGreaterThan(0);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(users).not.toContain(name.toLowerCase());
  }
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  return names;
}

describe("the names of the report's sheets", () => {
  it("are the wanted names when the workbook has none of them", () => {
    expect(choose(REPORT, ["Underlag", "Förklaringar"])).toEqual(REPORT);
  });

  it("never take a user's sheet, whatever its case", () => {
    expect(choose(REPORT, ["Underlag", "SAMMANFATTNING", "driftredovisning"])).toEqual([
      "Sammanfattning (2)",
      "Avvikelse per nivå",
      "Driftredovisning (2)",
      "Viktigaste förklaringar",
    ]);
  });

  it("count on past a numbered name the user has too", () => {
    expect(
      choose(["Sammanfattning"], ["Sammanfattning", "sammanfattning (2)", "Sammanfattning (3)"]),
    ).toEqual(["Sammanfattning (4)"]);
  });

  it("keep the name of a sheet the product made itself", () => {
    expect(choose(REPORT, ["Underlag", ...REPORT], REPORT)).toEqual(REPORT);
    // A user's sheet beside the product's own is still kept.
    expect(
      choose(
        ["Sammanfattning", "Driftredovisning"],
        ["Sammanfattning", "Driftredovisning"],
        ["Sammanfattning"],
      ),
    ).toEqual(["Sammanfattning", "Driftredovisning (2)"]);
  });

  it("are cut to Excel's 31 characters, the number kept inside the limit", () => {
    const cut = LONG.slice(0, 31);
    expect(choose([LONG], [])).toEqual([cut]);
    const [renamed] = choose([LONG], [cut]);
    expect(renamed).toBe(`${LONG.slice(0, 27)} (2)`);
    expect(renamed).toHaveLength(31);
  });

  it("keep two long names apart that are the same in their first 31 characters", () => {
    const a = `${LONG} A`;
    const b = `${LONG} B`;
    expect(choose([a, b], [])).toEqual([LONG.slice(0, 31), `${LONG.slice(0, 27)} (2)`]);
  });

  it("stay free of every user's name over many workbooks", () => {
    const stems = [
      "Sammanfattning",
      "sammanfattning (2)",
      "SAMMANFATTNING (3)",
      LONG,
      LONG.slice(0, 27) + " (2)",
    ];
    for (let mask = 0; mask < 1 << stems.length; mask++) {
      const existing = stems.filter((_, i) => mask & (1 << i));
      choose(["Sammanfattning", LONG, "Driftredovisning"], existing);
      choose(["Sammanfattning", LONG], existing, existing.slice(0, 1));
    }
  });
});
