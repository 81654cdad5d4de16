import type { Previous } from "../core/compute/comparison";
import type { WorkbookGrid } from "../core/model/grid";
import { cellText, columnIndex } from "../core/model/grid";
import type { Period } from "../core/model/period";
import { MONTH_NAMES, formatPeriod, parsePeriod } from "../core/model/period";
import type { ForecastSnapshot } from "../core/state/forecast-history";
import { TEXTS } from "./texts";
import type { Analysis } from "./workflow";

/** "2023-07" → "juli 2023"; text that is no period is shown as it is. */
export function periodName(period: string): string {
  const p = parsePeriod(period);
  return p ? `${MONTH_NAMES[p.month - 1] ?? ""} ${p.year}` : period;
}

/** One snapshot the user may be offered: `usable` when it is earlier in the same budget year. */
export type SnapshotOption = { value: string; label: string; usable: boolean };

/**
 * The snapshots kept in the workbook, each with its period and when it was made, in period order. Only
 * those earlier in the report's budget year can be compared with (the engine refuses the others, and
 * says so): they are listed all the same, so the user sees what the workbook keeps. A chosen period
 * the workbook no longer keeps (a copy, a state rewritten) stays listed, so the choice is not lost
 * without a word: the engine's issue says what is wrong with it.
 */
export function snapshotOptions(
  history: readonly ForecastSnapshot[],
  period: Period | undefined,
  chosen: string | undefined,
): SnapshotOption[] {
  const current = period ? formatPeriod(period) : undefined;
  const usable = (p: string): boolean =>
    current !== undefined && p < current && p.startsWith(`${period?.year ?? ""}-`);
  const options = history.map((s) => ({
    value: s.period,
    label: TEXTS.comparison.snapshot(periodName(s.period), s.generatedAt, usable(s.period)),
    usable: usable(s.period),
  }));
  if (chosen !== undefined && !history.some((s) => s.period === chosen))
    options.push({ value: chosen, label: TEXTS.comparison.notKept(periodName(chosen)), usable: false });
  return options;
}

/** The header text of a column's header cell ("Huvudbok", "G5" → "Prognos juli"), when the pane's view has it. */
function headerAt(grid: WorkbookGrid, sheet: string, cell: string): string | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  const col = m?.[1] !== undefined ? columnIndex(m[1]) : undefined;
  if (!m || col === undefined) return undefined;
  const rows = grid.sheets.find((s) => s.name === sheet)?.rows;
  const text = cellText(rows?.[Number(m[2]) - 1]?.[col]).trim();
  return text === "" ? undefined : text;
}

/** What the result compares its forecast with, in words: a kept snapshot, or a column of the ledger. */
export function comparisonText(previous: Previous | null, grid: WorkbookGrid): string {
  if (!previous) return TEXTS.comparison.none;
  const { source, period } = previous;
  if (source.kind === "column") {
    const place = source.sheet && source.cell ? `${source.sheet}!${source.cell}` : undefined;
    const header = source.sheet && source.cell ? headerAt(grid, source.sheet, source.cell) : undefined;
    return TEXTS.comparison.column(header, place);
  }
  const name = period ? periodName(formatPeriod(period)) : undefined;
  return source.kind === "chosen" ? TEXTS.comparison.chosen(name) : TEXTS.comparison.history(name);
}

/** The comparison as the pane shows it: the choice, the options, and what the result uses. */
export function comparisonView(analysis: Analysis): {
  chosen: string | undefined;
  options: SnapshotOption[];
  used: string | undefined;
  problems: string[];
} {
  const chosen = analysis.choices.compareWith;
  const result = analysis.output.result;
  const period = result?.period ?? parsePeriod(analysis.output.settings.period ?? "");
  const problems = analysis.output.issues
    .filter((i) => i.code === "compare-with-missing" || i.code === "compare-with-not-earlier")
    .map((i) => i.message);
  return {
    chosen,
    options: snapshotOptions(analysis.state?.history ?? [], period, chosen),
    used: result ? comparisonText(result.previous, analysis.grid) : undefined,
    problems,
  };
}
