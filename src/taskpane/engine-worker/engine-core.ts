import type { EngineOutput } from "../../core/engine";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/model/grid";
import type { SettingsOverride } from "../../core/settings/validate-settings";
import type { ProductState } from "../../core/state/product-state";
import { runOnWorkbook, savedChoices } from "../../core/state/run-on-workbook";
import type { Kept, Stash } from "./kept-columns";
import {
  SHARED_TEXTS,
  cut,
  headRows,
  holds,
  isLarge,
  namedColumns,
  restore,
  settingsOf,
} from "./kept-columns";
import type { Analysed, RecomputeRequest, Recomputed, SheetEdits } from "./protocol";

type Sheet = { name: string; rows: (CellValue[] | undefined)[] };

/** The engine on a workbook as the pane sees it (the product's own sheets are never input). */
export function compute(
  grid: WorkbookGrid,
  choices: SettingsOverride,
  state: ProductState | undefined,
  now: Date,
): EngineOutput {
  return runOnWorkbook(grid, state, choices, { fallbackYear: now.getFullYear() });
}

/**
 * What the engine's worker does, apart from the messages: it holds the workbook's cells as they are
 * read, computes on them, and then drops what the engine does not need (kept-columns.ts). The pane
 * runs the same in its own thread where there is no worker (the tests in Node).
 */
export class EngineCore {
  private sheets: Sheet[] = [];
  /**
   * One copy of each text: a text repeated down a column (a level, an account's name) arrives as a copy
   * per cell from the structured clone (and from office.js's JSON), and would cost its bytes per row.
   */
  private readonly texts = new Map<string, string>();
  /** the sheets cut after the last full computation, and what of each was kept */
  private readonly kept = new Map<string, Kept>();
  /** the last full computation, for the cut to be checked against */
  private last:
    { output: EngineOutput; choices: SettingsOverride; state?: ProductState; now: Date } | undefined;

  /** A new workbook: its sheets, in order, with no rows yet. */
  begin(names: readonly string[]): void {
    this.sheets = names.map((name) => ({ name, rows: [] }));
    this.kept.clear();
    this.texts.clear();
    this.last = undefined;
  }

  /** Rows of a sheet as read, from `firstRow` (zero-based) on. */
  add(sheet: number, firstRow: number, rows: CellValue[][]): void {
    const target = this.sheets[sheet];
    if (!target) throw new Error(`rows for sheet ${sheet} of ${this.sheets.length}`);
    const texts = this.texts;
    rows.forEach((row, i) => {
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== "string") continue;
        const known = texts.get(v);
        if (known !== undefined) row[c] = known;
        else if (texts.size < SHARED_TEXTS) texts.set(v, v);
      }
      target.rows[firstRow + i] = row;
    });
  }

  /** The engine on the whole workbook as read: with the pane's `choices`, or those saved in it. */
  analyse(choices: SettingsOverride | undefined, now: Date): Analysed {
    // Every row is in: the texts are shared, and the map that shared them is no longer needed.
    this.texts.clear();
    const grid = this.grid();
    const saved = savedChoices(grid);
    const used = choices ?? saved.choices;
    const computed = compute(grid, used, saved.state, now);
    this.last = { output: computed, choices: used, ...(saved.state ? { state: saved.state } : {}), now };
    // A broken state or saved setting is said, not silently dropped.
    const output = { ...computed, issues: [...saved.issues, ...computed.issues] };
    return {
      ...(saved.state ? { state: saved.state } : {}),
      choices: used,
      output,
      view: viewOf(grid, output),
    };
  }

  /**
   * After analyse: of each large sheet, only what kept-columns.ts keeps, when the engine computes exactly
   * the same on what remains; otherwise nothing is dropped. Says whether anything was.
   */
  trim(): boolean {
    const last = this.last;
    if (!last) return false;
    this.last = undefined;
    const cuts: { sheet: Sheet; kept: Kept; stash?: Stash }[] = [];
    for (const sheet of this.sheets) {
      const settings = settingsOf(last.output, sheet.name);
      // The explanations sheet is the pane's to edit, and small: never cut.
      if (settings?.role === "explanations" || !isLarge(sheet)) continue;
      cuts.push({ sheet, kept: { headRows: headRows(settings), columns: namedColumns(settings) } });
    }
    if (cuts.length === 0) return false;
    for (const c of cuts) c.stash = cut(c.sheet.rows, c.kept);
    const again = compute(this.grid(), last.choices, last.state, last.now);
    if (JSON.stringify(again) !== JSON.stringify(last.output)) {
      for (const c of cuts) if (c.stash) restore(c.sheet.rows, c.stash);
      return false;
    }
    for (const c of cuts) this.kept.set(c.sheet.name, c.kept);
    return true;
  }

  /**
   * The engine again with the pane's choices and state, after the pane's own changes (an explanation it
   * wrote, the report sheets it replaced). Undefined when the result would need cells that were dropped.
   */
  recompute(request: RecomputeRequest): Recomputed | undefined {
    this.edit(request.sheets);
    const grid = this.grid();
    const output = compute(grid, request.choices, request.state, new Date(request.now));
    for (const [name, kept] of this.kept) if (!holds(kept, settingsOf(output, name))) return undefined;
    return { output, view: viewOf(grid, output) };
  }

  /** The sheets as the pane has them: its order, its sheets (new ones too), its changed rows. */
  private edit(edits: readonly SheetEdits[]): void {
    const byName = new Map(this.sheets.map((s) => [s.name, s]));
    this.sheets = edits.map(({ name, rows }) => {
      const sheet = byName.get(name) ?? { name, rows: [] };
      if (rows.length === 0) return sheet;
      // A copy: rows given out in a view (in this thread, the same arrays) must not change under it.
      const changed = [...sheet.rows];
      for (const [row, cells] of rows) changed[row] = [...cells];
      return { name, rows: changed };
    });
    for (const name of [...this.kept.keys()])
      if (!this.sheets.some((s) => s.name === name)) this.kept.delete(name);
  }

  private grid(): WorkbookGrid {
    return { sheets: this.sheets };
  }
}

/**
 * What the pane keeps of the workbook: of each sheet its first rows (titles, header, preview), and the
 * explanations sheet whole, since the pane edits it row by row.
 */
export function viewOf(grid: WorkbookGrid, output: EngineOutput): WorkbookGrid {
  const explanations = new Set(
    (output.settings.sheets ?? []).filter((s) => s.role === "explanations").map((s) => s.name),
  );
  return {
    sheets: grid.sheets.map((s): SheetGrid =>
      explanations.has(s.name)
        ? s
        : { name: s.name, rows: s.rows.slice(0, headRows(settingsOf(output, s.name))) },
    ),
  };
}
