import type { EngineOutput } from "../core/engine";
import type { SheetGrid, WorkbookGrid } from "../core/model/grid";
import { isReportSheet } from "../core/model/report-marker";
import { formatTimestamp } from "../core/model/timestamp";
import { layoutReport } from "../core/report/layout-report";
import type { ProductState } from "../core/state/product-state";
import { runOnWorkbook, savedChoices } from "../core/state/run-on-workbook";
import type { SettingsOverride } from "../core/settings/validate-settings";
import type { ExcelCapabilities, ExcelRun } from "../io/excel/excel-run";
import type { ReadProgress } from "../io/excel/read-workbook";
import { readWorkbookGrid } from "../io/excel/read-workbook";
import type { WrittenReport } from "../io/excel/write-report";
import { writeReport } from "../io/excel/write-report";

/** What the pane needs of Excel: the adapter's entry and what this Excel supports. */
export type ExcelPort = { run: ExcelRun; capabilities: ExcelCapabilities; now: () => Date };

/** The workbook as read and computed: the engine's output for the current choices. */
export type Analysis = {
  grid: WorkbookGrid;
  state?: ProductState;
  /** the user's own choices (saved in the workbook), applied over what is detected */
  choices: SettingsOverride;
  output: EngineOutput;
};

export type Stage = "läser" | "beräknar" | "skriver";

/** Reads the workbook and computes with the choices saved in it (or detected ones). */
export async function analyseWorkbook(
  port: ExcelPort,
  onProgress?: ReadProgress,
  signal?: AbortSignal,
): Promise<Analysis> {
  const grid = await readWorkbookGrid(port.run, {
    ...(onProgress ? { onProgress } : {}),
    ...(signal ? { signal } : {}),
  });
  const { state, choices, issues } = savedChoices(grid);
  const output = compute(grid, choices, state, port.now());
  // A saved setting that no longer validates is said, not silently dropped.
  return {
    grid,
    ...(state ? { state } : {}),
    choices,
    output: { ...output, issues: [...issues, ...output.issues] },
  };
}

/** Computes again with changed choices, without reading Excel. */
export function recompute(analysis: Analysis, choices: SettingsOverride, now: Date): Analysis {
  return { ...analysis, choices, output: compute(analysis.grid, choices, analysis.state, now) };
}

function compute(
  grid: WorkbookGrid,
  choices: SettingsOverride,
  state: ProductState | undefined,
  now: Date,
): EngineOutput {
  return runOnWorkbook(grid, state, choices, { fallbackYear: now.getFullYear() });
}

/** `analysis`: the workbook as it now is, for the pane to go on from (not the one from before). */
export type Generated = { analysis: Analysis; written?: WrittenReport };

/**
 * One click: re-read the sources just before writing (a colleague may have changed them), compute,
 * and write the report with the choices saved beside it. Errors in the data stop it before any write.
 */
export async function generateReport(
  port: ExcelPort,
  choices: SettingsOverride,
  onStage: (stage: Stage, detail?: number) => void,
  signal?: AbortSignal,
): Promise<Generated> {
  onStage("läser", 0);
  const onProgress: ReadProgress = (_sheet, done, total) => onStage("läser", total > 0 ? done / total : 0);
  const grid = await readWorkbookGrid(port.run, { onProgress, ...(signal ? { signal } : {}) });
  const { state, issues: savedIssues } = savedChoices(grid);
  onStage("beräknar");
  // Let the pane paint "beräknar" before the engine takes the thread (a full sheet: a few hundred ms).
  await new Promise((resolve) => setTimeout(resolve, 0));
  signal?.throwIfAborted();
  const computed = compute(grid, choices, state, port.now());
  // As when the pane first read the workbook: a broken state or saved setting is said, not dropped.
  const output = { ...computed, issues: [...savedIssues, ...computed.issues] };
  signal?.throwIfAborted();
  const read: Analysis = { grid, ...(state ? { state } : {}), choices, output };
  if (!output.result) return { analysis: read };
  const layout = layoutReport({ result: output.result, generatedAt: formatTimestamp(port.now()) });
  onStage("skriver");
  const written = await writeReport(port.run, layout, {
    capabilities: port.capabilities,
    ownSheets: state?.reportSheets ?? [],
    settings: choices,
    ...(signal ? { signal } : {}),
  });
  return { analysis: afterWrite(read, written), written };
}

/**
 * The workbook as the write left it, without reading it again: the sheets it deleted are gone (kept,
 * Underlag would still offer an old Investeringsredovisning the new report no longer makes), and the
 * state lists the new ones, whose contents are not needed: the engine never reads the product's sheets.
 */
function afterWrite(read: Analysis, written: WrittenReport): Analysis {
  // The writer replaces a listed sheet only if it still carries the mark; an unmarked one is kept.
  const listed = new Set(read.state?.reportSheets ?? []);
  const replaced = (sheet: SheetGrid): boolean => listed.has(sheet.name) && isReportSheet(sheet);
  return {
    ...read,
    grid: { sheets: read.grid.sheets.filter((s) => !replaced(s)) },
    state: { version: 1, settings: read.choices, reportSheets: written.sheets },
  };
}
