import type { SheetGrid } from "../model/grid";
import { cellRef, cellText, columnLetter } from "../model/grid";
import type { Period } from "../model/period";
import type { KeyFiguresSheet } from "../settings/settings";
import type { Placement } from "./column-rules";
import { forecastVersion, placeForecast, placeOutcome, placePeriodBudget } from "./column-rules";
import type { HeaderCell } from "./detect-header-row";
import { HEADER_SEARCH_ROWS, settleRowTime } from "./detect-header-row";
import { readTitles } from "./detect-title";
import type { DetectionEntry, Rejected } from "./detection";
import { readHeader } from "./header-words";
import { readKeyFigureHeader, saysKeyFigures } from "./key-figure-headers";

type FigureKind = "plan" | "outcome" | "forecast";

/** A key figures sheet as first read: its header row, name and unit columns, and its figure columns. */
export type KeyFiguresScan = {
  grid: SheetGrid;
  /** zero-based */
  row: number;
  name: number;
  unit?: number;
  figures: (HeaderCell & { kind: FigureKind })[];
};

type Role = Exclude<keyof KeyFiguresSheet["columns"], "name" | "unit">;
type Judged = {
  cell: HeaderCell;
  kind: FigureKind;
  role: Role | undefined;
  rank: number;
  rule: string;
  reason: string;
};

/**
 * Whether the sheet is a table of key figures (nyckeltal): a header row with a name column
 * ("Nyckeltal", "Mått", "Volym", "Verksamhetsmått") and at least one figure column (plan, outcome,
 * forecast). Where the sheet's name or a title says "Nyckeltal" or "Volymer", a name column headed
 * "Benämning", or not at all, will do. Checked before a sheet is read as a ledger: its "Budget",
 * "Utfall" and "Prognos" would otherwise be summed as money, and its "Enhet" read as a dimension.
 */
export function scanKeyFigures(grid: SheetGrid): KeyFiguresScan | undefined {
  let best: KeyFiguresScan | undefined;
  let bestScore = 0;
  const last = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const found = scanRow(grid, r);
    const score = found ? found.figures.length + (found.unit === undefined ? 0 : 1) : 0;
    if (found && score > bestScore) {
      best = found;
      bestScore = score;
    }
  }
  return best;
}

function scanRow(grid: SheetGrid, r: number): KeyFiguresScan | undefined {
  const values = grid.rows[r] ?? [];
  let name: number | undefined;
  let generic: number | undefined;
  let unit: number | undefined;
  const ledgerKeys = new Set<string>();
  const figures: KeyFiguresScan["figures"] = [];
  values.forEach((v, col) => {
    if (typeof v !== "string") return;
    const h = readKeyFigureHeader(v);
    if (h?.kind === "name") name ??= col;
    else if (h?.kind === "genericName") generic ??= col;
    else if (h?.kind === "unit") unit ??= col;
    else if (h) figures.push({ col, text: v.trim(), reading: h.reading, kind: h.kind });
    else ledgerKeys.add(readHeader(v)?.meaning.kind ?? "");
  });
  // an account column makes it a ledger, whatever else the row says; a level column too, unless a
  // header names the key figures themselves (key figures per verksamhetsområde)
  if (figures.length === 0 || ledgerKeys.has("account") || ledgerKeys.has("accountName")) return undefined;
  if (name === undefined) {
    const context = saysKeyFigures(grid.name) || rowsAbove(grid, r).some(saysKeyFigures);
    if (!context || ledgerKeys.has("level")) return undefined;
    const first = Math.min(unit ?? Infinity, ...figures.map((f) => f.col));
    name = generic ?? unlabelledNameColumn(grid, r, first);
  }
  if (name === undefined) return undefined;
  return { grid, row: r, name, ...(unit !== undefined ? { unit } : {}), figures };
}

function rowsAbove(grid: SheetGrid, r: number): string[] {
  return grid.rows.slice(0, r).flatMap((row) => (row ?? []).map((v) => cellText(v)));
}

/** The leftmost column before the figures that holds text under the header: the names, however headed. */
function unlabelledNameColumn(grid: SheetGrid, r: number, before: number): number | undefined {
  const below = grid.rows.slice(r + 1, r + 11);
  for (let c = 0; c < before; c++)
    if (below.some((row) => typeof row?.[c] === "string" && cellText(row[c]) !== "")) return c;
  return undefined;
}

/**
 * The sheet's settings once the period is known, with the reasons. The figure columns follow the
 * ledger's rules (column-rules.ts): another year's column that marks a period (ack, t.o.m., jan–apr,
 * YYMM, "samma period") is the same period last year; one naming only the year, or "Bokslut", is last
 * year's full year. Of several columns for one role the best placed wins; two placed alike, neither.
 */
export function settleKeyFigures(
  scan: KeyFiguresScan,
  period: Period | undefined,
): { settings: KeyFiguresSheet; detection: DetectionEntry[] } {
  const { grid, row } = scan;
  const titleYears = readTitles(grid, row).map((t) => t.year);
  const settled = settleRowTime({ row, cells: scan.figures }, titleYears).cells.map((c, i) => ({
    ...c,
    kind: scan.figures[i]?.kind ?? "outcome",
  }));
  const time = period ?? sheetPeriod(settled);
  const judged = settled.map((c) => judge(c, c.kind, time));
  const columns: KeyFiguresSheet["columns"] = { name: columnLetter(scan.name) };
  if (scan.unit !== undefined) columns.unit = columnLetter(scan.unit);
  const detection: DetectionEntry[] = [];
  for (const role of ["plan", "outcome", "lastYearOutcome", "forecast", "lastYearAnnual"] as const) {
    const decided = decide(
      judged.filter((j) => j.role === role),
      // a passed-over column is listed under the role of its kind: plan, outcome or forecast
      judged.filter((j) => j.role === undefined && j.kind === role),
      (c) => ({ cell: cellRef(row, c.col), header: c.text }),
    );
    if (!decided) continue;
    if (decided.chosen) columns[role] = columnLetter(decided.chosen.col);
    detection.push({ sheet: grid.name, role, ...decided.entry });
  }
  return { settings: { name: grid.name, role: "keyFigures", headerRow: row + 1, columns }, detection };
}

/**
 * One role's column: the single best placed. Two placed alike ("Utfall" twice under year headings a
 * row above) are no decision: the column is left out rather than the wrong year's figure shown.
 */
function decide(
  mine: readonly Judged[],
  others: readonly Judged[],
  at: (c: HeaderCell) => { cell: string; header: string },
): { chosen?: HeaderCell; entry: Omit<DetectionEntry, "sheet" | "role"> } | undefined {
  if (mine.length === 0 && others.length === 0) return undefined;
  const best = Math.max(0, ...mine.map((j) => j.rank));
  const top = mine.filter((j) => j.rank === best);
  const winner = top.length === 1 ? top[0] : undefined;
  const passed: Rejected[] = others.map((j) => ({ ...at(j.cell), rule: j.rule, reason: j.reason }));
  if (top.length > 1)
    return {
      entry: {
        chosen: null,
        rule: "ambiguous",
        reason: `ingen regel avgör mellan ${top.map((j) => `"${j.cell.text}"`).join(" och ")}; kolumnen visas inte`,
        rejected: [...top.map((j) => ({ ...at(j.cell), rule: "ambiguous", reason: j.reason })), ...passed],
      },
    };
  const outranked = mine
    .filter((j) => j !== winner)
    .map((j) => ({
      ...at(j.cell),
      rule: "outranked",
      reason: `"${winner?.cell.text ?? ""}" läses i stället`,
    }));
  return {
    ...(winner ? { chosen: winner.cell } : {}),
    entry: {
      chosen: winner ? at(winner.cell) : null,
      rule: winner?.rule ?? "none-fits",
      reason: winner?.reason ?? "ingen kolumn gäller perioden",
      rejected: [...outranked, ...passed],
    },
  };
}

function judge(cell: HeaderCell, kind: FigureKind, period: Period | undefined): Judged {
  const placed = place(cell, kind, period);
  const passed = (rule: string, why: string): Judged => ({
    cell,
    kind,
    role: undefined,
    rank: 0,
    rule,
    reason: why,
  });
  if (placed.kind === "rejected") return passed(placed.rule, placed.reason);
  if (placed.kind === "secondary") {
    const role =
      placed.role === "lastYearOutcome"
        ? "lastYearOutcome"
        : placed.role === "lastYearFinal"
          ? "lastYearAnnual"
          : undefined;
    // a previous forecast is not among the key figures
    if (!role) return passed(placed.rule, `${placed.reason}: visas inte bland nyckeltalen`);
    // last year's, not an earlier year's; the latest year first
    const year = cell.reading.year;
    if (period && year !== undefined && year < period.year - 1)
      return passed("older-year", `${year}: äldre än fjolåret`);
    return { cell, kind, role, rank: year ?? 0, ...reason(placed) };
  }
  const version = kind === "forecast" ? (forecastVersion(cell)?.order ?? 0) : 0;
  return { cell, kind, role: kind, rank: placed.rank * 1_000_000 + version, ...reason(placed) };
}

function place(cell: HeaderCell, kind: FigureKind, period: Period | undefined): Placement {
  if (kind === "outcome") return placeOutcome(cell, period);
  if (kind === "forecast") return placeForecast(cell, period);
  const r = cell.reading;
  if (period && r.year !== undefined && r.year !== period.year)
    return { kind: "rejected", rule: "other-year", reason: `${r.year}: ett annat års plan` };
  if (r.meaning.kind === "periodBudget") {
    const p = placePeriodBudget(cell, period);
    // the year's plan is the one to show beside the forecast; the period's only when there is none
    return p.kind === "candidate" ? { ...p, rank: 1 } : p;
  }
  return { kind: "candidate", rank: 2, rule: "annual", reason: "årets plan" };
}

function reason(p: Placement): { rule: string; reason: string } {
  return { rule: p.rule, reason: p.reason };
}

/**
 * The period the sheet itself names when the workbook's is unknown: the latest year of its plan and
 * outcome (a year before it is last year's), and the last month named in that year.
 */
function sheetPeriod(cells: readonly HeaderCell[]): Period | undefined {
  const current = cells.filter((c) => !c.reading.lastYear && c.reading.year !== undefined);
  const year = Math.max(...current.map((c) => c.reading.year ?? 0));
  if (!Number.isFinite(year) || year <= 0) return undefined;
  const months = current.filter((c) => c.reading.year === year).map((c) => c.reading.month ?? 0);
  const month = Math.max(0, ...months);
  return { year, month: month === 0 ? 12 : month };
}
