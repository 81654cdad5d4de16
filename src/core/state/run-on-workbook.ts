import type { EngineOutput } from "../engine";
import { runEngine } from "../engine";
import type { WorkbookGrid } from "../model/grid";
import type { Issue } from "../model/issue";
import type { Period } from "../model/period";
import type { SettingsOverride } from "../settings/validate-settings";
import { validateSettings } from "../settings/validate-settings";
import type { ProductState } from "./product-state";
import { STATE_SHEET, readProductState } from "./product-state";

/** What the product left in a workbook: its state, and the saved choices as far as they are valid. */
export type SavedChoices = { state?: ProductState; choices: SettingsOverride; issues: Issue[] };

/**
 * The choices the pane saved in the workbook (validated: a broken setting is an issue, not a crash).
 * A state that cannot be read is an issue too, so that the command line and the pane both say it.
 */
export function savedChoices(grid: WorkbookGrid): SavedChoices {
  const { state, issue, historyIssues } = readProductState(grid);
  const unreadable = [...(issue ? [issue] : []), ...(historyIssues ?? [])];
  if (state?.settings === undefined) return { ...(state ? { state } : {}), choices: {}, issues: unreadable };
  const { override, issues } = validateSettings(state.settings);
  return { state, choices: override, issues };
}

/**
 * The engine on a workbook as the product sees it: the sheets it made itself are never read as input —
 * those its state lists, the state sheet, and (in detection) every sheet that carries the report's mark,
 * which holds when the state is lost. Shared by the command line and the task pane, so both compute the
 * same from the same workbook.
 */
export function runOnWorkbook(
  grid: WorkbookGrid,
  state: ProductState | undefined,
  settings: SettingsOverride,
  options: { period?: Period; fallbackYear: number },
): EngineOutput {
  const own = new Set([...(state?.reportSheets ?? []), STATE_SHEET]);
  return runEngine({
    workbook: grid,
    settings,
    ...(options.period ? { period: options.period } : {}),
    fallbackYear: options.fallbackYear,
    history: state?.history ?? [],
    isOwnSheet: (name) => own.has(name),
  });
}
