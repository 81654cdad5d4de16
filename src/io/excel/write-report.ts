import type { ForecastSnapshot } from "../../core/state/forecast-history";
import { withSnapshot } from "../../core/state/forecast-history";
import { STATE_SHEET, readStateColumn } from "../../core/state/product-state";
import { MARKER_ROWS, isMarkerText } from "../../core/model/report-marker";
import type { ReportLayout } from "../../core/report/layout";
import type { ExcelCapabilities, ExcelRun } from "./excel-run";
import type { AddedSheet } from "./report-sheets";
import { queueContent, queueLook } from "./report-sheets";
import type { SwapPlan, WrittenReport } from "./report-swap";
import { finishSwap, queueSwap, written } from "./report-swap";
import { deleteWorksheet } from "./delete-worksheet";

export type { WrittenReport } from "./report-swap";

export type WriteReportOptions = {
  capabilities: ExcelCapabilities;
  /**
   * the sheets the product created last time (from the state sheet): only these are replaced, and only
   * while they still carry the report's mark (a sheet the user made under such a name is kept)
   */
  ownSheets: readonly string[];
  /** the settings to keep in the workbook, as `--config` takes them */
  settings?: unknown;
  /**
   * the history of forecasts as the pane read it, and this report's snapshot to put in it; the history
   * is read again just before the write, so a snapshot a co-author kept meanwhile is not lost
   */
  history?: readonly ForecastSnapshot[];
  snapshot?: ForecastSnapshot;
  signal?: AbortSignal;
};

/** The name of a temporary sheet: "Budgetrapport", a stamp from the clock, the sheet's number. */
const TEMPORARY = /^Budgetrapport [0-9a-z]{6} \d+(-\d+)?$/;

/**
 * Writes the report in four syncs, however many rows the ledger had:
 * 1. the sheet names as they are now;
 * 2. every report sheet under a temporary name (contents as whole 2-D arrays, formats per range, the
 *    charts), and a look at the sheets to be replaced (found with getItemOrNullObject, so one a colleague
 *    deleted meanwhile is skipped, not an error) and their header cells, for the report's mark; and the
 *    names again, for the swap to choose new names against;
 * 3. the look Excel may refuse (page setup, the charts' colours, frozen panes), best effort: a failure
 *    is reported in `lookFailed`, and the report goes on;
 * 4. the swap (queueSwap): the state lists every sheet involved, the new sheets are protected, the old
 *    ones deleted, the new ones renamed, and the state lists the new ones.
 * Excel has no rollback across syncs. A failure or cancel before the swap deletes the temporary sheets
 * and leaves the workbook as it was. A swap that fails (a colleague deleted, renamed or added a sheet
 * since sync 2) is finished from the workbook as it then is, or undone (finishSwap). Sheets a failed
 * write leaves behind are the product's by name and mark, and the next write deletes them. A sheet
 * that is not the product's by both its state (or a temporary name) and its mark is never deleted: the
 * new sheet gets a new name.
 */
export async function writeReport(
  run: ExcelRun,
  layout: ReportLayout,
  options: WriteReportOptions,
): Promise<WrittenReport & { history: ForecastSnapshot[] }> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const existing = worksheets.items.map((ws) => ws.name);
    const candidates = existing.filter((n) => options.ownSheets.includes(n) || TEMPORARY.test(n));
    const temp = temporaryNames(layout.sheets.length, existing);
    let now = existing;
    let lookFailed: string | undefined;
    let olds: Candidate[] = [];
    let history: ForecastSnapshot[] = [];
    const added: AddedSheet[] = [];
    try {
      const found = candidates.map((name) => lookUp(worksheets, name));
      const keptState = existing.includes(STATE_SHEET) ? lookUpState(worksheets) : undefined;
      options.signal?.throwIfAborted();
      if (options.capabilities.suspendScreenUpdating)
        context.workbook.application.suspendScreenUpdatingUntilNextSync();
      layout.sheets.forEach((sheet, i) => {
        const ws = worksheets.add(temp[i] ?? sheet.name);
        ws.load("id");
        added.push({ sheet, ws, charts: [] });
      });
      queueContent(added, layout, options.capabilities);
      // The names again, as late as they can be had: the swap chooses the new names against them.
      worksheets.load("items/name");
      await context.sync();
      now = worksheets.items.map((ws) => ws.name).filter((n) => !temp.includes(n));
      olds = found.filter((f) => !f.ws.isNullObject && f.header.values.some((row) => isMarkerText(row[0])));
      history = historyToWrite(keptState, options);
      options.signal?.throwIfAborted();
      lookFailed = await bestEffort(context, () => queueLook(added, options.capabilities));
      options.signal?.throwIfAborted();
    } catch (e) {
      await removeTemporary(context, temp);
      throw e;
    }
    const plan: SwapPlan = {
      layout,
      temps: added.map((a, i) => ({ ws: a.ws, id: a.ws.id, temp: temp[i] ?? "" })),
      olds: olds.map(({ ws, name }) => ({ ws, id: ws.id, name })),
      existing: now,
      ...(options.settings !== undefined ? { settings: options.settings } : {}),
      history,
    };
    let done: WrittenReport;
    try {
      done = written(layout, queueSwap(context, plan));
      await context.sync();
    } catch (e) {
      done = await finishSwap(context, plan, e);
    }
    const result = { ...done, history };
    return lookFailed === undefined ? result : { ...result, lookFailed };
  });
}

/** A sheet that may be the product's, with its header cells (for the mark). */
type Candidate = { ws: Excel.Worksheet; name: string; header: Excel.Range };

/**
 * Found (or not: a colleague may have deleted it since sync 1) at the next sync, with its id. Reached
 * through a null object, the header range is one too; it is read only when the sheet was found.
 */
function lookUp(worksheets: Excel.WorksheetCollection, name: string): Candidate {
  const ws = worksheets.getItemOrNullObject(name);
  ws.load("id");
  const header = ws.getRange(`A1:A${MARKER_ROWS}`);
  header.load("values");
  return { ws, name, header };
}

/**
 * The state sheet's column A as it is now (a co-author may have written it since the pane read it), at
 * the next sync; a null object when it holds nothing. The sheet is very hidden, so no colleague deletes
 * it from Excel's interface; an add-in that did would make this write fail before the swap, whole.
 */
function lookUpState(worksheets: Excel.WorksheetCollection): Excel.Range {
  const range = worksheets.getItem(STATE_SHEET).getUsedRangeOrNullObject(true);
  range.load("values");
  return range;
}

/**
 * The history to keep: the one in the workbook now when it can be read (a co-author's snapshot kept
 * since the pane read it stays), else the one the pane read; with this report's snapshot in it.
 */
function historyToWrite(kept: Excel.Range | undefined, options: WriteReportOptions): ForecastSnapshot[] {
  // the state is text in column A; any other value there is no part of it
  const text = (row: unknown[]): string | null => (typeof row[0] === "string" ? row[0] : null);
  const now = kept && !kept.isNullObject ? readStateColumn(kept.values.map(text)) : {};
  const base = now.state ? (now.state.history ?? []) : (options.history ?? []);
  return options.snapshot ? withSnapshot(base, options.snapshot) : [...base];
}

/** Sends the queued calls; a failure is not thrown but returned, in the error's own words. */
async function bestEffort(context: Excel.RequestContext, queue: () => void): Promise<string | undefined> {
  queue();
  try {
    await context.sync();
    return undefined;
  } catch (e) {
    const code = typeof e === "object" && e !== null && "code" in e ? String(e.code) : undefined;
    const message = e instanceof Error ? e.message : String(e);
    return code === undefined ? message : `${code}: ${message}`;
  }
}

function temporaryNames(count: number, existing: readonly string[]): string[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const stamp = Date.now().toString(36).slice(-6);
  return Array.from({ length: count }, (_, i) => {
    let name = `Budgetrapport ${stamp} ${i + 1}`;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `Budgetrapport ${stamp} ${i + 1}-${k}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** A failed sync may have applied its first operations: delete whichever temporary sheets exist. */
async function removeTemporary(context: Excel.RequestContext, temp: readonly string[]): Promise<void> {
  const found = temp.map((name) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load("name");
    return ws;
  });
  await context.sync();
  for (const ws of found) if (!ws.isNullObject) deleteWorksheet(ws);
  await context.sync();
}
