import type { ForecastSnapshot } from "../../core/state/forecast-history";
import type { ReportLayout } from "../../core/report/layout";
import { chooseSheetNames } from "../../core/report/sheet-names";
import type { ProductState } from "../../core/state/product-state";
import { STATE_SHEET, stateSheetRows } from "../../core/state/product-state";
import { deleteWorksheet } from "./delete-worksheet";
import { asExcelText } from "./excel-text";
import { protectionOptions } from "./sheet-setup";

/** A sheet the write holds a proxy of, with the id Excel gave it (ids survive renames). */
export type HeldSheet = { ws: Excel.Worksheet; id: string };

/**
 * Everything the swap needs, as the write found it: the new report's sheets under their temporary
 * names, the old report's sheets (the product's by state and mark), the names in the workbook, and the
 * settings to keep.
 */
export type SwapPlan = {
  layout: ReportLayout;
  /** per layout sheet, in its order */
  temps: (HeldSheet & { temp: string })[];
  olds: (HeldSheet & { name: string })[];
  /** the names in the workbook other than the temporary sheets' */
  existing: string[];
  settings?: unknown;
  history?: readonly ForecastSnapshot[];
};

export type WrittenReport = {
  sheets: string[];
  notices: { wanted: string; got: string }[];
  /**
   * The report is complete, but Excel refused part of its look (page setup, the chart's colours,
   * frozen panes): the error's own words.
   */
  lookFailed?: string;
};

/**
 * The swap's calls, for one sync: first the state, listing every sheet the product has made and may
 * make (the old report's, the temporary ones, the new names), so that if the sync stops halfway the next
 * report finds each of them; then each temporary sheet protected (which fails at once on one that is
 * gone, before anything is deleted: protection comes after the look, so no refused look can leave a
 * sheet unprotected); the old report's sheets deleted; the new ones renamed; the state
 * listing only the new ones; the first sheet active. `reprotect`: the temporary sheets may be protected
 * already (a second try), and protect fails on a protected sheet.
 */
export function queueSwap(
  context: Excel.RequestContext,
  plan: SwapPlan,
  reprotect = false,
): Map<string, string> {
  const wanted = plan.layout.sheets.map((s) => s.name);
  const names = chooseSheetNames(
    wanted,
    plan.existing,
    plan.olds.map((o) => o.name),
  );
  const finals = wanted.map((n) => names.get(n) ?? n);
  const worksheets = context.workbook.worksheets;
  const stateSheet = plan.existing.includes(STATE_SHEET)
    ? worksheets.getItem(STATE_SHEET)
    : worksheets.add(STATE_SHEET);
  const all = [...plan.olds.map((o) => o.name), ...plan.temps.map((t) => t.temp), ...finals];
  writeState(stateSheet, stateOf(plan, [...new Set(all)]));
  plan.layout.sheets.forEach((sheet, i) => {
    const ws = plan.temps[i]?.ws;
    if (!ws) return;
    // A call on a sheet that is gone fails: an unprotected one is touched by a load.
    if (!sheet.protection) ws.load("name");
    else {
      if (reprotect) ws.protection.unprotect();
      ws.protection.protect(protectionOptions(sheet.protection));
    }
  });
  for (const old of plan.olds) deleteWorksheet(old.ws);
  plan.temps.forEach((t, i) => {
    t.ws.name = finals[i] ?? t.temp;
  });
  writeState(stateSheet, stateOf(plan, finals));
  plan.temps[0]?.ws.activate();
  return names;
}

/**
 * After a failed swap sync, from the workbook as it now is: when every temporary sheet is still there,
 * the swap is carried out again (the old sheets that remain deleted, names chosen anew); when one is
 * gone, the report cannot be completed, and the temporary sheets that remain are deleted. A colleague
 * or a second window that deleted, renamed or added a sheet between the syncs causes that. If this
 * fails too, the state written at the swap's start lists every sheet the product made, and the next
 * report removes the rest.
 */
export async function finishSwap(
  context: Excel.RequestContext,
  plan: SwapPlan,
  swapError: unknown,
): Promise<WrittenReport> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/id,name");
    await context.sync();
    const now = new Map(worksheets.items.map((ws) => [ws.id, ws.name]));
    if (plan.temps.every((t) => now.has(t.id))) {
      const temps = new Set(plan.temps.map((t) => t.id));
      const again: SwapPlan = {
        ...plan,
        olds: plan.olds.flatMap((o) => {
          const name = now.get(o.id);
          return name === undefined ? [] : [{ ...o, name }];
        }),
        existing: [...now].filter(([id]) => !temps.has(id)).map(([, name]) => name),
      };
      const names = queueSwap(context, again, true);
      await context.sync();
      return written(plan.layout, names);
    }
    for (const t of plan.temps) if (now.has(t.id)) deleteWorksheet(t.ws);
    await context.sync();
  } catch (finishing) {
    throw new UnfinishedReportError(swapError, finishing);
  }
  throw swapError;
}

/** The swap failed, and so did finishing it; the next report removes what the product left. */
export class UnfinishedReportError extends Error {
  /** The swap's own code (a colleague's change, a lost connection), for the pane's text. */
  readonly code: string;
  constructor(
    readonly swapError: unknown,
    readonly finishError: unknown,
  ) {
    super(
      "The report's sheets could not be swapped in, nor the swap finished or undone. The product's state lists every sheet it made: the next report removes those that are left.",
      { cause: swapError },
    );
    this.name = "UnfinishedReportError";
    this.code = codeOf(swapError) ?? "GeneralException";
  }
}

export function written(layout: ReportLayout, names: ReadonlyMap<string, string>): WrittenReport {
  return {
    sheets: layout.sheets.map((s) => names.get(s.name) ?? s.name),
    notices: [...names].filter(([wanted, got]) => wanted !== got).map(([wanted, got]) => ({ wanted, got })),
  };
}

function stateOf(plan: SwapPlan, reportSheets: string[]): ProductState {
  return {
    version: 1,
    ...(plan.settings !== undefined ? { settings: plan.settings } : {}),
    reportSheets,
    ...(plan.history && plan.history.length > 0 ? { history: [...plan.history] } : {}),
  };
}

/** The state sheet keeps its place: its column A is cleared and written again, and it stays very hidden. */
function writeState(ws: Excel.Worksheet, state: ProductState): void {
  const rows = stateSheetRows(state);
  ws.getRange("A:A").clear("Contents");
  ws.getRange(`A1:A${rows.length}`).values = rows.map((text) => [asExcelText(text)]);
  ws.visibility = "VeryHidden";
}

function codeOf(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e && typeof e.code === "string"
    ? e.code
    : undefined;
}
