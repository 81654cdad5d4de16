import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { runEngine } from "../../src/core/engine";
import { toResultJson } from "../../src/core/result-json";
import { readGridFile } from "../../src/io/xlsx/read-grid";

/**
 * The fixture corpus (scripts/corpus/, `node scripts/corpus/make-corpus.mjs`): workbooks in the layout
 * families economists and their systems produce, read with no configuration and no period given. Each
 * expected result was computed from the true books by the script, never by the engine.
 */
const DIR = join(__dirname, "..", "fixtures", "corpus");
const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => f.replace(/\.xlsx$/, ""));

type Figures = Record<string, string | null>;
type Expected = {
  period: string;
  periodisation: string;
  levels: Figures[];
  total: Figures;
  costTypes?: Figures[];
};

const FIELDS = [
  "name",
  "annualBudget",
  "periodBudget",
  "outcome",
  "forecast",
  "periodDeviation",
  "forecastDeviation",
];
const figures = (f: Figures): Figures => Object.fromEntries(FIELDS.map((k) => [k, f[k] ?? ""]));

describe("the fixture corpus, read with no configuration", () => {
  it("has at least 12 workbooks", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(FIXTURES)("%s: every figure exactly as computed by hand", async (name) => check(name));
});

async function check(name: string): Promise<void> {
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Expected;
  const grid = await readGridFile(join(DIR, `${name}.xlsx`));
  const json = toResultJson(runEngine({ workbook: grid }));
  expect(json.issues.filter((i) => i.severity === "error")).toEqual([]);
  expect(json.period).toBe(expected.period);
  expect(json.settings.periodisation).toBe(expected.periodisation);
  expect(json.levels.map(figures)).toEqual(expected.levels.map(figures));
  expect(json.total && figures(json.total)).toEqual(figures(expected.total));
  if (expected.costTypes) expect(json.costTypes.map(figures)).toEqual(expected.costTypes.map(figures));
}
