import type { ForecastSnapshot } from "../core/state/forecast-history";
import { snapshotOf } from "../core/state/forecast-history";
import type { EngineOutput } from "../core/engine";
import type { SheetGrid, WorkbookGrid } from "../core/model/grid";
import { isReportSheet } from "../core/model/report-marker";
import { formatTimestamp } from "../core/model/timestamp";
import type { ReportContext } from "../core/report/header-block";
import { layoutReport } from "../core/report/layout-report";
import type { ProductState } from "../core/state/product-state";
import type { SettingsOverride } from "../core/settings/validate-settings";
import type { ExcelCapabilities, ExcelRun } from "../io/excel/excel-run";
import type { ReadProgress } from "../io/excel/read-workbook";
import { readWorkbook } from "../io/excel/read-workbook";
import type { WrittenReport } from "../io/excel/write-report";
import { writeReport } from "../io/excel/write-report";
import type { EngineSession, StartEngine } from "./engine-worker/engine-session";
import { inThreadEngine } from "./engine-worker/engine-session";

/**
 * What the pane needs of Excel: the adapter's entry, what this Excel supports and where it runs; and
 * where the engine runs (`startEngine`: a worker in the pane; without it, this thread, as in the tests).
 */
export type ExcelPort = {
  run: ExcelRun;
  capabilities: ExcelCapabilities;
  now: () => Date;
  startEngine?: StartEngine;
  /** Office.onReady's platform ("PC", "Mac", "OfficeOnline" …): what the pane can say of downloads */
  platform?: string;
};

/**
 * The workbook as read and computed: the engine's output for the current choices. `grid` is the pane's
 * view of the workbook, not all of it (kept-columns.ts): each sheet's titles, header and preview rows,
 * and the explanations sheet whole; `engine` holds the rest and computes.
 */
export type Analysis = {
  grid: WorkbookGrid;
  state?: ProductState;
  /** the user's own choices (saved in the workbook), applied over what is detected */
  choices: SettingsOverride;
  output: EngineOutput;
  engine: EngineSession;
};

export type Stage = "läser" | "beräknar" | "skriver";

/**
 * Reads the workbook and computes with the choices saved in it (or detected ones), or with `choices`
 * when given. The rows go to the engine as they are read; the pane keeps only its view.
 */
export async function analyseWorkbook(
  port: ExcelPort,
  onProgress?: ReadProgress,
  signal?: AbortSignal,
  choices?: SettingsOverride,
): Promise<Analysis> {
  const engine = (port.startEngine ?? inThreadEngine)();
  try {
    await readWorkbook(port.run, engine.sink, {
      ...(onProgress ? { onProgress } : {}),
      ...(signal ? { signal } : {}),
    });
    const analysed = await engine.analyse(choices, port.now(), signal);
    const { state, view, ...rest } = analysed;
    return { ...rest, grid: view, ...(state ? { state } : {}), engine };
  } catch (e) {
    engine.dispose();
    throw e;
  }
}

/**
 * Computes again with changed choices, or after the pane changed its view of the workbook (an
 * explanation written), without reading Excel. For choices that need cells the engine no longer holds,
 * use changeChoices.
 */
export async function recompute(analysis: Analysis, choices: SettingsOverride, now: Date): Promise<Analysis> {
  const again = await analysis.engine.recompute(analysis.grid, analysis.state, choices, now);
  if (!again) throw new Error("recompute: the choices need cells the engine no longer holds");
  return { ...analysis, choices, output: again.output, grid: again.view };
}

/**
 * The user changed a choice: computed again at once when the engine still holds every cell the new
 * choices name, otherwise from the workbook read again with them. Undefined when the engine was
 * stopped meanwhile (the pane has moved on to another reading).
 */
export async function changeChoices(
  port: ExcelPort,
  analysis: Analysis,
  choices: SettingsOverride,
  onProgress?: ReadProgress,
): Promise<Analysis | undefined> {
  try {
    const again = await analysis.engine.recompute(analysis.grid, analysis.state, choices, port.now());
    if (again) return { ...analysis, choices, output: again.output, grid: again.view };
  } catch (e) {
    if (isAbort(e)) return undefined;
    throw e;
  }
  return analyseWorkbook(port, onProgress, undefined, choices);
}

export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === "AbortError";
}

/**
 * `analysis`: the workbook as it now is, for the pane to go on from (not the one from before); `report`:
 * the result the sheets were written from, and their time, for the tjänsteskrivelse to be made from.
 */
export type Generated = { analysis: Analysis; written?: WrittenReport; report?: ReportContext };

/**
 * One click: re-read the sources just before writing (a colleague may have changed them), compute,
 * and write the report with the choices saved beside it. Errors in the data stop it before any write.
 * A cancel stops the engine's worker at once, wherever the engine is.
 */
export async function generateReport(
  port: ExcelPort,
  choices: SettingsOverride,
  onStage: (stage: Stage, detail?: number) => void,
  signal?: AbortSignal,
): Promise<Generated> {
  onStage("läser", 0);
  const onProgress: ReadProgress = (_sheet, done, total) => onStage("läser", total > 0 ? done / total : 0);
  const engine = (port.startEngine ?? inThreadEngine)();
  try {
    await readWorkbook(port.run, engine.sink, { onProgress, ...(signal ? { signal } : {}) });
    onStage("beräknar");
    // As when the pane first read the workbook: a broken state or saved setting is said, not dropped.
    const { state, view, output } = await engine.analyse(choices, port.now(), signal);
    signal?.throwIfAborted();
    const read: Analysis = { grid: view, ...(state ? { state } : {}), choices, output, engine };
    if (!output.result) return { analysis: read };
    const generatedAt = formatTimestamp(port.now());
    const layout = layoutReport({ result: output.result, generatedAt });
    const snapshot = snapshotOf(output.result, generatedAt);
    onStage("skriver");
    const written = await writeReport(port.run, layout, {
      capabilities: port.capabilities,
      ownSheets: state?.reportSheets ?? [],
      settings: choices,
      history: state?.history ?? [],
      snapshot,
      ...(signal ? { signal } : {}),
    }).catch(async (e: unknown) => {
      throw (isAbort(e) ? undefined : await structureProtected(port.run, e)) ?? e;
    });
    return {
      // the history as the write left it: a co-author's snapshot kept meanwhile is in it
      analysis: afterWrite(read, written, written.history),
      written,
      report: { result: output.result, generatedAt },
    };
  } catch (e) {
    engine.dispose();
    throw e;
  }
}

/** The failure's code when the workbook's structure is protected (Excel documents none of its own). */
export const STRUCTURE_PROTECTED = "WorkbookStructureProtected";

/** A write refused because the workbook's structure is protected; `cause` is Excel's own error. */
export class StructureProtectedError extends Error {
  readonly code = STRUCTURE_PROTECTED;
  constructor(cause: unknown) {
    const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
    super(`${code ? `${code}: ` : ""}${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "StructureProtectedError";
  }
}

/**
 * After a failed write: when the workbook's structure is protected, the report's sheets could not be
 * added, renamed or deleted, and the pane says so and what to do. Excel documents no error code for
 * it (its reference of WorkbookProtection has none, and AccessDenied has other causes too), so the
 * workbook is asked (Workbook.protection, ExcelApi 1.7) in a run of its own: nothing on the way of a
 * report that succeeds. Undefined when it is not protected.
 */
async function structureProtected(
  run: ExcelRun,
  error: unknown,
): Promise<StructureProtectedError | undefined> {
  try {
    const isProtected = await run(async (context) => {
      const protection = context.workbook.protection;
      protection.load("protected");
      await context.sync();
      return protection.protected;
    });
    return isProtected ? new StructureProtectedError(error) : undefined;
  } catch (probe) {
    // The write's own error is the one to show; this one is logged, not dropped.
    console.error("Budgetrapport: could not ask Excel whether the workbook is protected", probe);
    return undefined;
  }
}

/**
 * The workbook as the write left it, without reading it again: the sheets it deleted are gone (kept,
 * Underlag would still offer an old Investeringsredovisning the new report no longer makes), and the
 * state lists the new ones, whose contents are not needed: the engine never reads the product's sheets.
 */
function afterWrite(read: Analysis, written: WrittenReport, history: ForecastSnapshot[]): Analysis {
  // The writer replaces a listed sheet only if it still carries the mark; an unmarked one is kept.
  const listed = new Set(read.state?.reportSheets ?? []);
  const replaced = (sheet: SheetGrid): boolean => listed.has(sheet.name) && isReportSheet(sheet);
  return {
    ...read,
    grid: { sheets: read.grid.sheets.filter((s) => !replaced(s)) },
    state: { version: 1, settings: read.choices, reportSheets: written.sheets, history },
  };
}
