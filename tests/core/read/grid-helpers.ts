import type { EngineOutput } from "../../../src/core/engine";
import type { CellValue, WorkbookGrid } from "../../../src/core/model/grid";
import type { Issue } from "../../../src/core/model/issue";

/** A ledger header the detector knows: level A, account B, budget C, outcome D (Jan–Apr 2024), forecast E. */
export const HEADER: CellValue[] = [
  "Anslagsbindningsnivå",
  "Konto",
  "Budget 2024",
  "Utfall jan-apr 2024",
  "Prognos helår 2024",
];

export const HVO = "Hälsa, vård och omsorg";
export const IFO = "Individ- och familjeomsorg";
export const LSS = "LSS";

/** One ledger sheet "Underlag": the header in row 1, then `rows` from row 2. */
export function ledgerWorkbook(rows: (CellValue[] | undefined)[], name = "Underlag"): WorkbookGrid {
  return { sheets: [{ name, rows: [HEADER, ...rows] }] };
}

export function withCode(output: EngineOutput, code: string): Issue[] {
  return output.issues.filter((i) => i.code === code);
}

export function errors(output: EngineOutput): Issue[] {
  return output.issues.filter((i) => i.severity === "error");
}

/** Annual budget, outcome and forecast of one level, in öre. */
export function levelFigures(
  output: EngineOutput,
  level: string,
): { annualBudget: number; outcome: number; forecast: number } | undefined {
  const l = output.result?.levels.find((x) => x.name === level);
  return l && { annualBudget: l.annualBudget, outcome: l.outcome, forecast: l.forecast };
}
