import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EmulatedWorkbook } from "../../../src/emulator";
import { loadXlsx, snapshot, typeRow } from "../../../src/emulator";
import type { WorkbookGrid } from "../../../src/core/model/grid";
import type { ResultJson } from "../../../src/core/result-json";
import type { ForecastSnapshot } from "../../../src/core/state/forecast-history";
import { readProductState } from "../../../src/core/state/product-state";

/** Linköping's social committee, July and August 2023 (tests/fixtures/linkoping), for the pane's tests. */
export const FIXTURES = join(__dirname, "..", "..", "fixtures", "linkoping");

export const fixturePath = (month: "07" | "08"): string => join(FIXTURES, `linkoping-2023-${month}.xlsx`);

type Row = Record<string, string>;
export const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, "linkoping.expected.json"), "utf8")) as {
  july: Row[];
  august: Row[];
  change: Row[];
};

/** August's ledger typed over July's in the open workbook, cell by cell as the August file has it. */
export async function typeAugust(workbook: EmulatedWorkbook): Promise<void> {
  const august = snapshot(await loadXlsx(readFileSync(fixturePath("08"))), "Huvudbok");
  august.forEach((row, r) =>
    typeRow(
      workbook,
      "Huvudbok",
      r + 1,
      row.map((v) => (typeof v === "number" || (typeof v === "string" && v !== "") ? v : undefined)),
    ),
  );
}

/** The snapshots the workbook keeps, read from its state sheet as the engine reads it. */
export function historyOf(workbook: EmulatedWorkbook): ForecastSnapshot[] {
  const grid: WorkbookGrid = {
    sheets: workbook.sheets.map((s) => ({ name: s.name, rows: snapshot(workbook, s.name) })),
  };
  const read = readProductState(grid);
  if (read.issue) throw new Error(read.issue.message);
  return read.state?.history ?? [];
}

/** What a result compares with, and every comparison figure of the levels, the total and the cost types. */
export function comparisonsOf(json: ResultJson) {
  const fields = (l: ResultJson["levels"][number] | ResultJson["costTypes"][number]) => ({
    name: l.name,
    previousForecast: l.previousForecast,
    previousForecastDeviation: l.previousForecastDeviation,
    forecastDeviationChange: l.forecastDeviationChange,
  });
  return {
    previousPeriod: json.previousPeriod,
    previousSource: json.previousSource,
    levels: json.levels.map(fields),
    total: json.total ? fields(json.total) : null,
    costTypes: json.costTypes.map(fields),
  };
}
