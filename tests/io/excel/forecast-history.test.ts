import { readFileSync } from "node:fs";
import type { Emulator } from "../../../src/emulator";
import { findSheet, loadXlsx, snapshot } from "../../../src/emulator";
import { toResultJson } from "../../../src/core/result-json";
import { STATE_SHEET } from "../../../src/core/state/product-state";
import { workbookEvaluator } from "../../../src/harness/evaluate";
import { withCompareWith } from "../../../src/taskpane/choices";
import { comparisonView } from "../../../src/taskpane/comparison";
import { generateFromPane } from "../../../src/taskpane/pane-state";
import type { Analysis, ExcelPort } from "../../../src/taskpane/workflow";
import { analyseWorkbook, changeChoices } from "../../../src/taskpane/workflow";
import { emulated } from "./emulated-excel";
import { EXPECTED, fixturePath, historyOf, typeAugust } from "./linkoping-months";

const LEVELS = EXPECTED.change.map((c) => c.name ?? "");
const LEVEL_SHEET = "Avvikelse per nivå";

/** The pane's clock at a given moment, as a user reads and generates then. */
const at = (port: ExcelPort, now: Date): ExcelPort => ({ ...port, now: () => now });

/** The report step's button, as the pane presses it; the pane goes on from the analysis it returns. */
async function generate(port: ExcelPort, analysis: Analysis): Promise<Analysis> {
  const done = await generateFromPane(port, analysis, () => undefined);
  expect(done.generation.state).toBe("done");
  return done.analysis;
}

describe("Linköping 2023 in the pane: July's report, August typed into the same workbook, August's report", () => {
  let emulator: Emulator;
  let port: ExcelPort;
  let july: Analysis;
  let august: Analysis;
  let afterAugust: Analysis;

  beforeAll(async () => {
    ({ emulator, port } = emulated(await loadXlsx(readFileSync(fixturePath("07")))));
    const inJuly = at(port, new Date(2023, 7, 10, 9, 0));
    july = await analyseWorkbook(inJuly);
    await generate(inJuly, july);
    await typeAugust(emulator.workbook);
    const inAugust = at(port, new Date(2023, 8, 11, 9, 0));
    // the pane read again (Läs om arbetsboken), then the button
    august = await analyseWorkbook(inAugust);
    afterAugust = await generate(inAugust, august);
  });

  it("July's report has nothing to compare with, and says so", () => {
    const json = toResultJson(july.output);
    expect(json.period).toBe("2023-07");
    expect(json.total?.forecastDeviation).toBe("-25000000");
    expect(json.previousPeriod).toBeNull();
    expect(json.total?.forecastDeviationChange).toBeNull();
    expect(comparisonView(july)).toMatchObject({
      options: [],
      used: "Ingen tidigare prognos att jämföra med: rapporten visar ingen prognosförändring.",
    });
  });

  it("August's report compares with July's snapshot: −25 → −35 mnkr, a change of −10 000 000 kr, every level exact", () => {
    const json = toResultJson(august.output);
    expect(json.period).toBe("2023-08");
    expect(json.previousPeriod).toBe("2023-07");
    expect(json.previousSource).toEqual({ kind: "history", sheet: STATE_SHEET });
    expect(json.total).toMatchObject({
      previousForecastDeviation: "-25000000",
      forecastDeviation: "-35000000",
      forecastDeviationChange: "-10000000",
    });
    for (const expected of [...EXPECTED.change, ...EXPECTED.august])
      expect(json.levels.find((l) => l.name === expected.name)).toMatchObject(expected);
  });

  it("the pane lists July's snapshot with when it was made, and says what August is compared with", () => {
    expect(comparisonView(august)).toEqual({
      chosen: undefined,
      options: [
        { value: "2023-07", label: "Prognosen efter juli 2023 (sparad 2023-08-10 09:00)", usable: true },
      ],
      used: "Jämförs med prognosen efter juli 2023 (sparad i arbetsboken).",
      problems: [],
    });
  });

  it("keeps July's snapshot and adds August's, in the very hidden state sheet", () => {
    expect(findSheet(emulator.workbook, STATE_SHEET)?.visibility).toBe("VeryHidden");
    const kept = historyOf(emulator.workbook);
    expect(kept.map((s) => [s.period, s.generatedAt, s.total.forecastDeviation])).toEqual([
      ["2023-07", "2023-08-10 09:00", "-25000000"],
      ["2023-08", "2023-09-11 09:00", "-35000000"],
    ]);
    expect(kept[0]?.levels.map((l) => [l.name, l.forecastDeviation])).toEqual(
      EXPECTED.july.map((l) => [l.name, l.forecastDeviation]),
    );
    // the pane, going on from its own write without reading again, lists both
    expect(comparisonView(afterAugust).options.map((o) => [o.value, o.usable])).toEqual([
      ["2023-07", true],
      ["2023-08", false],
    ]);
  });

  it("the level sheet shows each level's previous forecast and change, as Excel calculates them", () => {
    const sheet = levelSheetFigures(emulator);
    // the report is in tkr: July's forecast 1 897 000 tkr, the change −10 000 tkr in total
    const previous = sheet.columnWhere("Totalt", 1_897_000);
    const change = sheet.columnWhere("Totalt", -10_000);
    expect(sheet.header(previous)).toMatch(/prognos/i);
    expect(sheet.header(change)).toMatch(/förändring/i);
    for (const expected of EXPECTED.change) {
      expect(sheet.value(expected.name ?? "", previous)).toBe(Number(expected.previousForecast) / 1000);
      expect(sheet.value(expected.name ?? "", change)).toBe(Number(expected.forecastDeviationChange) / 1000);
    }
  });

  it("regenerating August replaces August's snapshot, keeps July's as it was, and the state sheet once", async () => {
    const before = historyOf(emulator.workbook);
    const later = at(port, new Date(2023, 8, 12, 15, 30));
    const again = await generate(later, await analyseWorkbook(later));
    const kept = historyOf(emulator.workbook);
    expect(kept.map((s) => [s.period, s.generatedAt])).toEqual([
      ["2023-07", "2023-08-10 09:00"],
      ["2023-08", "2023-09-12 15:30"],
    ]);
    expect(kept[0]).toEqual(before[0]);
    expect(emulator.workbook.sheets.filter((s) => s.name === STATE_SHEET)).toHaveLength(1);
    expect(emulator.workbook.sheets.map((s) => s.name).filter((n) => n.endsWith("(2)"))).toEqual([]);
    expect(toResultJson(again.output).total?.forecastDeviationChange).toBe("-10000000");
    // the pane read after the write compares as before, and lists both snapshots
    const view = comparisonView(await analyseWorkbook(later));
    expect(view.options.map((o) => [o.value, o.usable])).toEqual([
      ["2023-07", true],
      ["2023-08", false],
    ]);
    expect(view.used).toBe("Jämförs med prognosen efter juli 2023 (sparad i arbetsboken).");
  });

  it("the user's pick of July is the setting compareWith, saved with the report; Automatiskt removes it", async () => {
    const now = at(port, new Date(2023, 8, 13, 8, 0));
    const read = await analyseWorkbook(now);
    const picked = await changeChoices(now, read, withCompareWith(read.choices, "2023-07"));
    if (!picked) throw new Error("the engine stopped");
    expect(toResultJson(picked.output).previousSource).toEqual({ kind: "chosen", sheet: STATE_SHEET });
    expect(comparisonView(picked).used).toBe(
      "Jämförs med prognosen efter juli 2023 (sparad i arbetsboken, ditt val).",
    );
    await generate(now, picked);
    const saved = await analyseWorkbook(now);
    expect(saved.choices.compareWith).toBe("2023-07");
    expect(comparisonView(saved).chosen).toBe("2023-07");
    expect(toResultJson(saved.output).total?.forecastDeviationChange).toBe("-10000000");
    const automatic = await changeChoices(now, saved, withCompareWith(saved.choices, undefined));
    expect(automatic?.choices).not.toHaveProperty("compareWith");
    expect(toResultJson(automatic?.output ?? saved.output).previousSource).toEqual({
      kind: "history",
      sheet: STATE_SHEET,
    });
  });

  it("a pick the engine refuses (August for August's own report) is shown with its reason and blocks the report", async () => {
    const now = at(port, new Date(2023, 8, 13, 8, 0));
    const read = await analyseWorkbook(now);
    const wrong = await changeChoices(now, read, withCompareWith(read.choices, "2023-08"));
    if (!wrong) throw new Error("the engine stopped");
    expect(wrong.output.result).toBeUndefined();
    const view = comparisonView(wrong);
    expect(view.chosen).toBe("2023-08");
    expect(view.problems).toEqual([expect.stringContaining("inte en tidigare period samma år som 2023-08")]);
  });
});

/** The level sheet's figures as Excel shows them (formulas evaluated), by level name and column. */
function levelSheetFigures(emulator: Emulator) {
  const values = snapshot(emulator.workbook, LEVEL_SHEET);
  const evaluator = workbookEvaluator(emulator.workbook);
  const rowOf = (label: string): number => {
    const r = values.findIndex((row) => row[0] === label);
    if (r < 0) throw new Error(`no row ${label} on ${LEVEL_SHEET}`);
    return r;
  };
  const value = (label: string, column: number): unknown =>
    evaluator.valueAt(LEVEL_SHEET, rowOf(label), column).value;
  return {
    value,
    /** the column whose cell in the label's row shows `amount` */
    columnWhere(label: string, amount: number): number {
      const width = Math.max(...values.map((r) => r.length));
      const c = Array.from({ length: width }, (_, i) => i).find((i) => value(label, i) === amount);
      if (c === undefined) throw new Error(`no cell ${amount} in the row ${label} of ${LEVEL_SHEET}`);
      return c;
    },
    /** the column's header: its text in the rows above the first level */
    header(column: number): string {
      return values
        .slice(0, rowOf(LEVELS[0] ?? ""))
        .map((row) => String(row[column] ?? ""))
        .join(" ");
    },
  };
}
