import type { EngineInput } from "../../../src/core/engine";
import { runEngine } from "../../../src/core/engine";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/core/model/grid";
import type { Issue } from "../../../src/core/model/issue";
import type { CostTypeJson, FiguresJson, LevelJson, ResultJson } from "../../../src/core/result-json";
import { toResultJson } from "../../../src/core/result-json";

/** One spreadsheet row: index 0 is column A. `undefined` in a sheet's rows is a missing (blank) row. */
export type Row = readonly CellValue[];

/** A sheet whose first row is Excel row 1. */
export function sheet(name: string, rows: readonly (Row | undefined)[]): SheetGrid {
  return { name, rows };
}

/** `count` empty rows, to push a header further down. */
export function blankRows(count: number): Row[] {
  return Array.from({ length: count }, () => []);
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

export type RunOptions = Omit<EngineInput, "workbook">;

/** Runs the engine on the sheets and returns what the command line would write as JSON. */
export function run(sheets: readonly SheetGrid[], options: RunOptions = {}): ResultJson {
  return toResultJson(runEngine({ ...options, workbook: { sheets } }));
}

export function levelOf(json: ResultJson, name: string): LevelJson {
  const level = json.levels.find((l) => l.name === name);
  if (!level) throw new Error(`no level "${name}" among ${json.levels.map((l) => l.name).join(", ")}`);
  return level;
}

export function costTypeOf(json: ResultJson, name: string): CostTypeJson {
  const line = json.costTypes.find((c) => c.name === name);
  if (!line) throw new Error(`no cost type "${name}" among ${json.costTypes.map((c) => c.name).join(", ")}`);
  return line;
}

export function issuesOf(json: ResultJson, code: string): Issue[] {
  return json.issues.filter((i) => i.code === code);
}

export function errorsOf(json: ResultJson): Issue[] {
  return json.issues.filter((i) => i.severity === "error");
}

/** The six figures of a row, all as exact kronor strings, written out by the test. */
export function figures(
  annualBudget: string,
  periodBudget: string,
  outcome: string,
  forecast: string,
  periodDeviation: string,
  forecastDeviation: string,
): FiguresJson {
  return { annualBudget, periodBudget, outcome, forecast, periodDeviation, forecastDeviation };
}

/** Adds exact kronor strings (whole öre): for checking that lines sum to a total. */
export function sumKronor(values: readonly string[]): string {
  const ore = values.reduce((acc, v) => acc + toOre(v), 0n);
  const sign = ore < 0n ? "-" : "";
  const abs = ore < 0n ? -ore : ore;
  const whole = abs / 100n;
  const cents = abs % 100n;
  if (cents === 0n) return `${sign}${whole}`;
  const fraction = cents.toString().padStart(2, "0").replace(/0$/, "");
  return `${sign}${whole}.${fraction}`;
}

function toOre(value: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!m) throw new Error(`not an amount in kronor: ${value}`);
  const ore = BigInt(m[2] ?? "0") * 100n + BigInt((m[3] ?? "").padEnd(2, "0"));
  return m[1] === "-" ? -ore : ore;
}
