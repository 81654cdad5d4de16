/**
 * One ledger size, measured in a process of its own so that its peak memory is its own: the sheet read
 * through the emulated Excel as the task pane reads it (syncs, largest request and response), the engine
 * against the floating-point baseline on the grid so read (medians after warm-up, alternating), and
 * the report written back (syncs, payloads).
 */
import { performance } from "node:perf_hooks";
import type { EngineResult } from "../../src/core/engine";
import { runEngine } from "../../src/core/engine";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/model/grid";
import { layoutReport } from "../../src/core/report/layout-report";
import type { CellScalar, EmulatedWorkbook, Emulator, SyncRecord } from "../../src/emulator";
import { createEmulator, createSheet, createWorkbook, lazyCells } from "../../src/emulator";
import { capabilitiesOf } from "../../src/io/excel/excel-run";
import { readWorkbookGrid } from "../../src/io/excel/read-workbook";
import { writeReport } from "../../src/io/excel/write-report";
import type { FloatTotals } from "./float-baseline";
import { floatGroupBy } from "./float-baseline";
import type { Ledger } from "./ledger";
import { EXPLANATIONS_SHEET, LEDGER_SHEET, explanationRows } from "./ledger";

export type SizeFigures = {
  dataRows: number;
  sheetRows: number;
  cells: number;
  engineMs: number;
  /** the engine's first run in the process: nothing compiled yet */
  engineFirstMs: number;
  floatMs: number;
  engineVsFloatRatio: number;
  runs: number;
  /** largest difference between a floating-point sum and the exact one, in öre */
  floatMaxErrorOre: number;
  readMs: number;
  readSyncs: number;
  readMaxRequestBytes: number;
  readMaxResponseBytes: number;
  writeSyncs: number;
  writeMaxRequestBytes: number;
  writeMaxResponseBytes: number;
  /** issues the engine reported: all warnings, as there is a result */
  warnings: number;
  peakRssMB: number;
};

export async function measureSize(ledger: Ledger, runs: number, warmUp: number): Promise<SizeFigures> {
  const emulator = createEmulator(emulatedLedger(ledger));
  const readStart = performance.now();
  const grid = await readWorkbookGrid((batch) => emulator.run(batch));
  const readMs = performance.now() - readStart;
  const read = maxima(emulator.stats.log);
  const readSyncs = emulator.stats.syncs;
  const sheet = grid.sheets.find((s) => s.name === LEDGER_SHEET);
  if (!sheet || sheet.rows.length !== ledger.sheetRows)
    throw new Error(`read ${sheet?.rows.length ?? 0} rows, expected ${ledger.sheetRows}`);

  const { engineMs, engineFirstMs, floatMs, result, floats } = timeBoth(grid, sheet, runs, warmUp);
  const written = await writeSyncs(emulator, result);
  return {
    dataRows: ledger.dataRows,
    sheetRows: ledger.sheetRows,
    cells: ledger.sheetRows * ledger.columns,
    engineMs: round(engineMs),
    engineFirstMs: round(engineFirstMs),
    floatMs: round(floatMs),
    engineVsFloatRatio: round(engineMs / floatMs),
    runs,
    floatMaxErrorOre: round(floatError(result, floats)),
    readMs: Math.round(readMs),
    readSyncs,
    readMaxRequestBytes: read.request,
    readMaxResponseBytes: read.response,
    ...written,
    warnings: result.issues,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** The ledger and its explanations as an emulated workbook, the ledger's cells generated when read. */
export function emulatedLedger(ledger: Ledger): EmulatedWorkbook {
  const scalar = (v: CellValue): CellScalar | undefined =>
    v === null || typeof v === "object" ? undefined : v;
  const ledgerSheet = createSheet(LEDGER_SHEET, {
    cells: lazyCells(ledger.sheetRows, ledger.columns, (r, c) => scalar(ledger.valueAt(r, c))),
  });
  const rows = explanationRows();
  const explanations = createSheet(EXPLANATIONS_SHEET, {
    cells: lazyCells(rows.length, 3, (r, c) => scalar(rows[r]?.[c] ?? null)),
  });
  return createWorkbook([ledgerSheet, explanations]);
}

type Timed = {
  engineMs: number;
  engineFirstMs: number;
  floatMs: number;
  result: EngineResult & { issues: number };
  floats: FloatTotals;
};

/**
 * Medians of the engine and the baseline on the same grid, run alternately after warm-up. The engine's
 * first run (cold: nothing compiled yet, as when the pane runs it once) is reported apart. A full GC
 * before the warm-up, none between timed runs: the collections a run causes are its own cost, and a
 * forced one drops the compiled code that depends on the objects it frees.
 */
function timeBoth(grid: WorkbookGrid, sheet: SheetGrid, runs: number, warmUp: number): Timed {
  const engine: number[] = [];
  const float: number[] = [];
  let t = performance.now();
  let output = runEngine({ workbook: grid });
  const engineFirstMs = performance.now() - t;
  let floats = floatGroupBy(sheet);
  (globalThis as { gc?: () => void }).gc?.();
  for (let k = 0; k < warmUp + runs; k++) {
    t = performance.now();
    output = runEngine({ workbook: grid });
    if (k >= warmUp) engine.push(performance.now() - t);
    t = performance.now();
    floats = floatGroupBy(sheet);
    if (k >= warmUp) float.push(performance.now() - t);
  }
  if (!output.result) throw new Error(`no result: ${JSON.stringify(output.issues.slice(0, 3))}`);
  const issues = output.issues.length;
  return {
    engineMs: median(engine),
    engineFirstMs,
    floatMs: median(float),
    result: { ...output.result, issues },
    floats,
  };
}

async function writeSyncs(
  emulator: Emulator,
  result: EngineResult,
): Promise<Pick<SizeFigures, "writeSyncs" | "writeMaxRequestBytes" | "writeMaxResponseBytes">> {
  const capabilities = capabilitiesOf((n, v) => emulator.requirements.isSetSupported(n, v));
  if (!capabilities) throw new Error("the emulated Excel is too old");
  const from = emulator.stats.log.length;
  await writeReport(
    (batch) => emulator.run(batch),
    layoutReport({ result, generatedAt: "2024-05-13 09:00" }),
    { capabilities, ownSheets: [] },
  );
  const log = emulator.stats.log.slice(from);
  const m = maxima(log);
  return { writeSyncs: log.length, writeMaxRequestBytes: m.request, writeMaxResponseBytes: m.response };
}

/** The engine's exact level totals against the baseline's float sums (net of Kommunbidrag, sign flipped). */
function floatError(result: EngineResult, floats: FloatTotals): number {
  let worst = 0;
  result.levels.forEach((level) => {
    const l = floats.levels.indexOf(level.name);
    const exact = [level.annualBudget, level.periodBudget, level.outcome, level.forecast];
    exact.forEach((ore, f) => {
      let sum = 0;
      for (let line = 0; line < floats.lineCount; line++)
        if (line !== floats.lineCount - 2) sum += floats.sums[(l * floats.lineCount + line) * 4 + f] ?? 0;
      worst = Math.max(worst, Math.abs(-sum * 100 - ore));
    });
  });
  return worst;
}

function maxima(log: readonly SyncRecord[]): { request: number; response: number } {
  return {
    request: Math.max(0, ...log.map((s) => s.requestBytes)),
    response: Math.max(0, ...log.map((s) => s.responseBytes)),
  };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
