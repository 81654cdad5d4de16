import type { SnapshotForecasts } from "../compute/compute-result";
import type { Figures } from "../compute/figures";
import type { PreviousForecast } from "../compute/comparison";
import type { Money } from "../money";
import { moneyFromDecimalString, toKronorString } from "../money";
import type { Period } from "../model/period";
import { formatPeriod, parsePeriod } from "../model/period";

/** One row of a snapshot: its figures as exact kronor strings in the net-cost sign, as the JSON gives them. */
export type SnapshotRow = { name: string } & Record<keyof Figures, string>;

/**
 * What a report said, kept for the next one to compare with: the period, and per level, per cost type
 * and in total the budget, outcome, forecast and deviations. In kronor strings, so a snapshot reads the
 * same whatever the report's unit or sign was then.
 */
export type ForecastSnapshot = {
  /** "YYYY-MM" */
  period: string;
  /** when the report was made ("2024-05-12 14:03") */
  generatedAt: string;
  levels: SnapshotRow[];
  costTypes: SnapshotRow[];
  total: SnapshotRow;
};

const FIGURE_KEYS = [
  "annualBudget",
  "periodBudget",
  "outcome",
  "forecast",
  "periodDeviation",
  "forecastDeviation",
] as const satisfies readonly (keyof Figures)[];

function snapshotRow(name: string, f: Figures): SnapshotRow {
  const row = { name } as SnapshotRow;
  for (const k of FIGURE_KEYS) row[k] = toKronorString(f[k]);
  return row;
}

/** The snapshot of a result, to keep in the workbook's history. */
export function snapshotOf(
  result: {
    period: Period;
    levels: readonly (Figures & { name: string })[];
    costTypes: readonly (Figures & { name: string })[];
    total: Figures;
  },
  generatedAt: string,
): ForecastSnapshot {
  return {
    period: formatPeriod(result.period),
    generatedAt,
    levels: result.levels.map((l) => snapshotRow(l.name, l)),
    costTypes: result.costTypes.map((c) => snapshotRow(c.name, c)),
    total: snapshotRow("Totalt", result.total),
  };
}

/**
 * The history with `snapshot` in it: a report of a period already kept replaces that period's snapshot
 * (the figures were regenerated), every other period is kept as it was, and the list is in period order.
 */
export function withSnapshot(
  history: readonly ForecastSnapshot[],
  snapshot: ForecastSnapshot,
): ForecastSnapshot[] {
  return [...history.filter((s) => s.period !== snapshot.period), snapshot].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : 0,
  );
}

/** The snapshot to compare `period` with by default: the latest earlier one of the same budget year. */
export function latestBefore(
  history: readonly ForecastSnapshot[],
  period: Period,
): ForecastSnapshot | undefined {
  const current = formatPeriod(period);
  const year = String(period.year);
  return history
    .filter((s) => s.period < current && s.period.startsWith(`${year}-`))
    .reduce<ForecastSnapshot | undefined>(
      (best, s) => (best && best.period > s.period ? best : s),
      undefined,
    );
}

/** The previous forecast of each row of a snapshot, in öre. */
export function snapshotForecasts(snapshot: ForecastSnapshot): SnapshotForecasts {
  const byName = (rows: readonly SnapshotRow[]): Map<string, PreviousForecast> =>
    new Map(rows.map((r) => [r.name, previousOf(r)]));
  return {
    levels: byName(snapshot.levels),
    costTypes: byName(snapshot.costTypes),
    total: previousOf(snapshot.total),
  };
}

function previousOf(row: SnapshotRow): PreviousForecast {
  return { forecast: kronor(row.forecast), forecastDeviation: kronor(row.forecastDeviation) };
}

/** A kronor string of a snapshot that readSnapshot has checked. */
function kronor(text: string): Money {
  const m = moneyFromDecimalString(text, "kr").money;
  if (m === undefined) throw new Error(`forecast-history: an unchecked amount "${text}"`);
  return m;
}

/**
 * A snapshot from the state's JSON, or a description of what is wrong with it: every amount must be an
 * exact decimal string of whole öre, so that a figure compared with is the figure reported.
 */
export function readSnapshot(json: unknown): { snapshot: ForecastSnapshot } | { problem: string } {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return { problem: "inget objekt" };
  const o = json as Record<string, unknown>;
  const period = typeof o.period === "string" && parsePeriod(o.period) ? o.period : undefined;
  if (!period) return { problem: `perioden ${JSON.stringify(o.period)} är ingen månad ÅÅÅÅ-MM` };
  const generatedAt = typeof o.generatedAt === "string" ? o.generatedAt : "";
  const rows = (v: unknown): SnapshotRow[] | undefined =>
    Array.isArray(v) ? v.map(readRow).reduce<SnapshotRow[] | undefined>(collect, []) : undefined;
  const levels = rows(o.levels);
  const costTypes = rows(o.costTypes);
  const total = readRow(o.total);
  if (!levels || !costTypes || !total) return { problem: `ögonblicksbilden för ${period} är ofullständig` };
  return { snapshot: { period, generatedAt, levels, costTypes, total } };
}

function collect(acc: SnapshotRow[] | undefined, row: SnapshotRow | undefined): SnapshotRow[] | undefined {
  return acc && row ? [...acc, row] : undefined;
}

const KRONOR = /^-?\d{1,16}(\.\d{1,2})?$/;

function readRow(v: unknown): SnapshotRow | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.name !== "string") return undefined;
  const row = { name: o.name } as SnapshotRow;
  for (const k of FIGURE_KEYS) {
    const amount = o[k];
    if (typeof amount !== "string" || !KRONOR.test(amount)) return undefined;
    row[k] = amount;
  }
  return row;
}
