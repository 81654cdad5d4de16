import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LevelMapping } from "../../../src/core/read/read-level-mapping";
import { buildLevelMapping, readMappingSheet } from "../../../src/core/read/read-level-mapping";
import { formatPeriod } from "../../../src/core/model/period";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import type { KronorFigures } from "./long-helpers";
import { kronor, runLong } from "./long-helpers";

type Expected = {
  period: string;
  periodisation: string;
  levels: KronorFigures[];
  total: KronorFigures;
  costTypes: KronorFigures[];
};

const CORPUS = join(__dirname, "..", "..", "fixtures", "corpus");
const FILES = ["lang-data-aaaamm-kr", "lang-data-ar-manad-tkr-intakter-positiva", "lang-data-datum-mkr"];

/**
 * A corpus workbook's long sheet, read as the engine will read it (tests/core/read/long-helpers.ts); the
 * level mapping of "Ansvar till nivå" is read by the mapping sheet's own reader.
 */
async function readCorpus(name: string) {
  const grid = await readGridFile(join(CORPUS, `${name}.xlsx`));
  const mappingGrid = grid.sheets.find((s) => s.name === "Ansvar till nivå");
  let mapping: LevelMapping | undefined;
  if (mappingGrid) {
    const read = readMappingSheet(mappingGrid, {
      name: mappingGrid.name,
      role: "mapping",
      headerRow: 1,
      columns: { key: "A", level: "B" },
      dimension: "Ansvar",
    });
    mapping = buildLevelMapping("Ansvar", read.entries, []).mapping;
  }
  const long = grid.sheets.filter((s) => s !== mappingGrid);
  expect(long).toHaveLength(1);
  return runLong(long[0] ?? { name: "", rows: [] }, mapping ? { mapping } : {});
}

describe.each(FILES)("long data corpus: %s", (name) => {
  const expected = JSON.parse(readFileSync(join(CORPUS, `${name}.expected.json`), "utf8")) as Expected;
  let read: Awaited<ReturnType<typeof readCorpus>>;
  beforeAll(async () => {
    read = await readCorpus(name);
  });

  it("finds the period as the last month with outcome, with no issue", () => {
    expect(formatPeriod(read.period)).toBe(expected.period);
    expect(read.issues).toEqual([]);
  });

  it("gives every level's figures to the öre, in the expected order", () => {
    expect(read.computed.levels.map(kronor)).toEqual(expected.levels);
  });

  it("gives the total to the öre", () => {
    expect(kronor(read.computed.total)).toEqual(expected.total);
  });

  it("gives every cost type to the öre", () => {
    expect(read.computed.costTypes.map(kronor)).toEqual(expected.costTypes);
  });
});

describe("what the corpus workbooks are read as", () => {
  it("YYYYMM periods in kr: Prognos 2 is the forecast, Prognos 1 a previous one", async () => {
    const { long, planning, sign } = await readCorpus("lang-data-aaaamm-kr");
    expect(long.settings).toMatchObject({
      unit: "kr",
      columns: { level: "A", account: "B", period: "C", kind: "D", amount: "E" },
    });
    expect(sign).toBe("netCostPositive");
    const forecast = planning.detection.find((d) => d.role === "forecast");
    expect(forecast).toMatchObject({ rule: "highest-version", chosen: { header: "Prognos 2" } });
    expect(planning.previousForecasts).toMatchObject([{ text: "Prognos 1", month: 5, version: 1 }]);
  });

  it("År + Månad, Värde (tkr), income positive: the sign from the accounts, levels by ansvar", async () => {
    const { long, sign, scan } = await readCorpus("lang-data-ar-manad-tkr-intakter-positiva");
    expect(long.settings).toMatchObject({
      unit: "tkr",
      columns: { year: "A", month: "B", kind: "E", amount: "F", account: "D", dimensions: { Ansvar: "C" } },
    });
    expect(sign).toBe("incomePositive");
    expect(scan.detection[0]).toMatchObject({
      role: "period",
      rule: "last-outcome-month",
      reason: "sista månaden med utfall: oktober 2024",
    });
  });

  it("dates as periods and the unit in a note above the header (mkr)", async () => {
    const { long } = await readCorpus("lang-data-datum-mkr");
    expect(long.settings).toMatchObject({
      headerRow: 3,
      unit: "mkr",
      columns: { level: "A", account: "B", period: "C", kind: "D", amount: "E" },
    });
    expect(long.unitStated).toBe(true);
  });
});
