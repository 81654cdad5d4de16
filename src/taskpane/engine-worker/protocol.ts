import type { EngineOutput } from "../../core/engine";
import type { CellValue, WorkbookGrid } from "../../core/model/grid";
import type { SettingsOverride } from "../../core/settings/validate-settings";
import type { ProductState } from "../../core/state/product-state";

/**
 * The messages between the pane and the engine's worker: plain data only (the structured clone copies
 * them), the rows as read, the choices and the state in, the engine's output and the pane's view out.
 * The worker keeps the workbook's cells; the pane keeps only its view (kept-columns.ts).
 */

/** The workbook as read and computed. `view`: the first rows of each sheet, the explanations sheet whole. */
export type Analysed = {
  state?: ProductState;
  choices: SettingsOverride;
  output: EngineOutput;
  view: WorkbookGrid;
};

export type Recomputed = { output: EngineOutput; view: WorkbookGrid };

/** A sheet as the pane has it now, in the pane's order, with the rows the pane changed (whole rows). */
export type SheetEdits = { name: string; rows: [row: number, cells: readonly CellValue[]][] };

export type RecomputeRequest = {
  state?: ProductState;
  choices: SettingsOverride;
  /** the pane's clock, as milliseconds since 1970 */
  now: number;
  sheets: SheetEdits[];
};

export type ToEngine =
  /** a new workbook: its sheets' names, before any row */
  | { kind: "sheets"; names: string[] }
  | { kind: "rows"; sheet: number; firstRow: number; rows: CellValue[][] }
  /** `choices`: the pane's; without, those saved in the workbook */
  | { kind: "analyse"; id: number; choices?: SettingsOverride; now: number }
  | { kind: "recompute"; id: number; request: RecomputeRequest };

export type FromEngine =
  | { kind: "analysed"; id: number; analysed: Analysed }
  /** `recomputed` undefined: the choices name cells the worker no longer holds; read the workbook again */
  | { kind: "recomputed"; id: number; recomputed?: Recomputed }
  | { kind: "failed"; id: number; message: string; stack?: string };
