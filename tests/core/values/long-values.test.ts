import { periodCode } from "../../../src/core/values/long-values";

describe("a long-data period cell", () => {
  it.each([
    [202408, 202408],
    [20240801, 202408],
    ["202408", 202408],
    ["2024-08", 202408],
    ["2024-08-01", 202408],
    ["augusti 2024", 202408],
    ["aug", 8],
    [8, 8],
    // Excel date serials, as the pane passes a date cell whose format it did not read
    [45292, 202401],
    [45505, 202408],
    [45657, 202412],
    [45505.75, 202408],
  ] as const)("%j is %j", (cell, code) => {
    expect(periodCode(cell)).toBe(code);
  });

  it.each([[2024], [13], [1999], ["total"], [""], [null]] as const)("%j is no period", (cell) => {
    expect(periodCode(cell)).toBeNaN();
  });
});
