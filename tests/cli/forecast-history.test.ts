import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { ResultJson } from "../../src/core/result-json";
import type { ForecastSnapshot } from "../../src/core/state/forecast-history";
import { STATE_SHEET, readProductState } from "../../src/core/state/product-state";
import { readGridFile } from "../../src/io/xlsx/read-grid";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { captureConsole, readBack, tempDir } from "../helpers/xlsx";

const FIXTURES = join(__dirname, "..", "fixtures", "linkoping");
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, "linkoping.expected.json"), "utf8")) as {
  july: Record<string, string>[];
  august: Record<string, string>[];
  change: Record<string, string>[];
};

let printed: string[] = [];

async function generate(args: string[], now: Date): Promise<{ code: number; errors: string[] }> {
  const c = captureConsole();
  const code = await main(["generate", ...args], c, now);
  printed = c.out;
  return { code, errors: c.errors };
}

const readJson = (path: string): ResultJson => JSON.parse(readFileSync(path, "utf8")) as ResultJson;

async function historyOf(path: string): Promise<ForecastSnapshot[]> {
  return readProductState(await readGridFile(path)).state?.history ?? [];
}

/**
 * The economist's month: August's figures typed over July's in the ledger of the workbook she works in
 * (the July report's copy), every cell of the sheet as the August file has it.
 */
async function enterAugust(workbook: string): Promise<void> {
  const august = await readBack(join(FIXTURES, "linkoping-2023-08.xlsx"));
  const target = await readBack(workbook);
  const from = august.getWorksheet("Huvudbok");
  const to = target.getWorksheet("Huvudbok");
  if (!from || !to) throw new Error("no Huvudbok");
  from.eachRow((row, r) => row.eachCell((cell, c) => (to.getCell(r, c).value = cell.value)));
  await target.xlsx.writeFile(workbook);
}

describe("Linköping 2023: the forecast change from July to August, as the economist lives it", () => {
  const dir = tempDir();
  const julyInput = join(dir, "soc-2023.xlsx");
  const julyReport = join(dir, "soc-2023-juli.xlsx");
  const augustReport = join(dir, "soc-2023-augusti.xlsx");
  let july: ResultJson;
  let august: ResultJson;
  let augustPrinted: string[] = [];

  beforeAll(async () => {
    copyFileSync(join(FIXTURES, "linkoping-2023-07.xlsx"), julyInput);
    const first = await generate(
      [julyInput, "--out", julyReport, "--json", join(dir, "juli.json")],
      new Date(2023, 7, 10, 9, 0),
    );
    expect(first).toEqual({ code: 0, errors: [] });
    july = readJson(join(dir, "juli.json"));
    // next month she works on in the copy: August's figures go into its ledger
    await enterAugust(julyReport);
    const second = await generate(
      [julyReport, "--out", augustReport, "--json", join(dir, "augusti.json")],
      new Date(2023, 8, 11, 9, 0),
    );
    expect(second).toEqual({ code: 0, errors: [] });
    august = readJson(join(dir, "augusti.json"));
    augustPrinted = printed;
  }, 60_000);

  it("July's report has nothing to compare with, and keeps its snapshot in the copy", async () => {
    expect(july.period).toBe("2023-07");
    expect(july.previousPeriod).toBeNull();
    expect(july.previousSource).toBeNull();
    expect(july.total?.forecastDeviation).toBe("-25000000");
    expect(july.total?.forecastDeviationChange).toBeNull();
    expect((await historyOf(julyReport)).map((s) => s.period)).toEqual(["2023-07"]);
  });

  it("August's report compares with July's forecast: −25 → −35 mnkr, a change of −10 mnkr", () => {
    expect(august.period).toBe("2023-08");
    expect(august.previousPeriod).toBe("2023-07");
    expect(august.previousSource).toEqual({ kind: "history", sheet: STATE_SHEET });
    expect(august.total).toMatchObject({
      forecastDeviation: "-35000000",
      previousForecastDeviation: "-25000000",
      forecastDeviationChange: "-10000000",
      periodDeviation: "-27000000",
    });
  });

  it("says on the terminal what it compares with, and each level's change in tkr", () => {
    expect(augustPrinted).toContain(
      "Prognosen jämförs med prognosen efter juli 2023 (sparad i arbetsboken).",
    );
    const total = augustPrinted.find((l) => l.startsWith("Totalt"));
    expect(total?.replace(/\u00a0/g, "_").split(/ {2,}/)).toEqual([
      "Totalt",
      "\u221227_000",
      "\u221235_000",
      "\u221210_000",
      "\u221235_000",
    ]);
  });

  it("gives every level's change exactly, and the levels' changes add up to the total's", () => {
    for (const expected of EXPECTED.change)
      expect(august.levels.find((l) => l.name === expected.name)).toMatchObject(expected);
    for (const expected of EXPECTED.august)
      expect(august.levels.find((l) => l.name === expected.name)).toMatchObject(expected);
    const ore = (kronor: string | null | undefined): bigint =>
      BigInt(Math.round(Number(kronor ?? "NaN") * 100));
    const sum = august.levels.reduce((acc, l) => acc + ore(l.forecastDeviationChange), 0n);
    expect(sum).toBe(ore(august.total?.forecastDeviationChange));
  });

  it("compares every cost type with July's too (their odd öre exact)", () => {
    const personnel = august.costTypes.find((c) => c.name === "Personalkostnader");
    const previous = july.costTypes.find((c) => c.name === "Personalkostnader");
    expect(personnel?.previousForecast).toBe(previous?.forecast);
    expect(personnel?.previousForecastDeviation).toBe(previous?.forecastDeviation);
  });

  it("keeps both months in the August copy's history, in order", async () => {
    const history = await historyOf(augustReport);
    expect(history.map((s) => s.period)).toEqual(["2023-07", "2023-08"]);
    expect(history[0]?.total.forecastDeviation).toBe("-25000000");
    expect(history[1]?.total.forecastDeviation).toBe("-35000000");
  });

  it("regenerating August replaces August's snapshot and still compares with July", async () => {
    const again = join(dir, "soc-2023-augusti-igen.xlsx");
    const result = await generate(
      [augustReport, "--out", again, "--json", join(dir, "igen.json")],
      new Date(2023, 8, 12, 15, 30),
    );
    expect(result.code).toBe(0);
    expect(readJson(join(dir, "igen.json")).total?.forecastDeviationChange).toBe("-10000000");
    const history = await historyOf(again);
    expect(history.map((s) => [s.period, s.generatedAt])).toEqual([
      ["2023-07", "2023-08-10 09:00"],
      ["2023-08", "2023-09-12 15:30"],
    ]);
  });

  it("a report for an earlier period (July again, from July's figures) leaves August's snapshot as it was", async () => {
    const back = join(dir, "soc-2023-juli-igen.xlsx");
    const target = await readBack(augustReport);
    const julyBook = await readBack(join(FIXTURES, "linkoping-2023-07.xlsx"));
    const to = target.getWorksheet("Huvudbok");
    julyBook.getWorksheet("Huvudbok")?.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (to) to.getCell(r, c).value = cell.value;
      }),
    );
    const edited = join(dir, "juli-igen-in.xlsx");
    await target.xlsx.writeFile(edited);
    const before = await historyOf(augustReport);
    const result = await generate(
      [edited, "--out", back, "--json", join(dir, "juli-igen.json")],
      new Date(2023, 8, 13, 8, 0),
    );
    expect(result.code).toBe(0);
    const json = readJson(join(dir, "juli-igen.json"));
    expect(json.previousPeriod).toBeNull();
    const history = await historyOf(back);
    expect(history.map((s) => s.period)).toEqual(["2023-07", "2023-08"]);
    expect(history[1]).toEqual(before[1]);
    expect(history[0]?.total.forecastDeviation).toBe("-25000000");
  });
});

describe("the README's example of the comparison figures", () => {
  it("is what August's report gives", async () => {
    const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    const report = join(dir, "juli.xlsx");
    copyFileSync(join(FIXTURES, "linkoping-2023-07.xlsx"), input);
    await generate([input, "--out", report], new Date(2023, 7, 10));
    await enterAugust(report);
    await generate([report, "--json", join(dir, "a.json")], new Date(2023, 8, 10));
    const total = readJson(join(dir, "a.json")).total;
    for (const key of ["previousForecast", "forecastDeviationPercent"] as const)
      expect(readme).toContain(`"${key}": "${total?.[key] ?? "?"}"`);
  }, 30_000);
});

describe("the history after a LibreOffice round trip", () => {
  it("survives the workbook saved again by LibreOffice, and August still compares with July", async () => {
    const dir = tempDir();
    const input = join(dir, "soc.xlsx");
    const report = join(dir, "soc-juli.xlsx");
    copyFileSync(join(FIXTURES, "linkoping-2023-07.xlsx"), input);
    await generate([input, "--out", report], new Date(2023, 7, 10, 9, 0));
    await enterAugust(report);
    // a colleague opens the copy in LibreOffice Calc and saves it as .xlsx again
    const saved = join(await convertWithLibreOffice(report, "xlsx:Calc MS Excel 2007 XML"), "soc-juli.xlsx");
    expect((await historyOf(saved)).map((s) => s.period)).toEqual(["2023-07"]);
    const result = await generate([saved, "--json", join(dir, "a.json")], new Date(2023, 8, 10));
    expect(result.code).toBe(0);
    const json = readJson(join(dir, "a.json"));
    expect(json.previousPeriod).toBe("2023-07");
    expect(json.total?.forecastDeviationChange).toBe("-10000000");
  }, 120_000);
});
