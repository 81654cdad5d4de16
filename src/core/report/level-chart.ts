import type { LevelResult } from "../compute/compute-result";
import { columnLetter } from "../model/grid";
import type { Presentation } from "./cells";
import { amountFormat, ref, shownDeviation, text } from "./cells";
import { splitDeviation } from "./chart-series";
import type { ReportCell, ReportChartSeries } from "./layout";

const SURPLUS = "FF2E75B6";
const DEFICIT = "FFC00000";
/** The earlier forecast: grey, so today's red and blue stay what the eye reads first. */
const PREVIOUS = "FFA6A6A6";

/** Columns of the level sheet the chart reads: the year's deviation (G) and the earlier one (L). */
const FORECAST_DEVIATION = 6;
const PREVIOUS_DEVIATION = 11;

/** The chart's figures and bar labels: the amount format, with a zero shown as nothing. */
export function chartFormat(p: Presentation): string {
  return `${amountFormat(p, "amount")};`;
}

/** What the summary's chart draws from the level sheet: ranges there, and what they held when written. */
export type LevelChart = {
  /** "A8:A12", or the chart's own label column when it has two bars per level */
  categories: string;
  cachedCategories: string[];
  /** a column per series, "K8:L12" */
  values: string;
  series: ReportChartSeries[];
  /** the columns (0-based) the chart's figures take, to be hidden */
  columns: number[];
};

type Put = (row: number, col: number, cell: ReportCell) => void;

/**
 * The chart's figures in hidden columns from `firstCol`, as formulas of the sheet's deviations, so they
 * follow its figures. One bar per category, coloured by its series (see ReportChart): today's deviation
 * split into a surplus and a deficit series. With an earlier forecast (`previous`, the words naming it,
 * "efter juli"), each level takes two categories, today's bar under the level's name and the earlier
 * one, grey, under those words: a third series beside the others would need bars that overlap for
 * today's two series and not for the earlier one, which no chart type gives.
 */
export function putChartColumns(
  put: Put,
  levels: readonly LevelResult[],
  first: number,
  firstCol: number,
  p: Presentation,
  previous?: string,
): LevelChart {
  const format = chartFormat(p);
  const zero: ReportCell = { kind: "number", value: 0, format };
  const split = levels.map((l) => splitDeviation(shownDeviation(l.forecastDeviation, p)));
  const today = (n: number, row: number, col: number): void => {
    const g = ref(FORECAST_DEVIATION, n);
    const { surplus, deficit } = split[n - first] ?? { surplus: 0, deficit: 0 };
    put(row, col, { kind: "formula", formula: `MAX(${g},0)`, value: surplus, format });
    put(row, col + 1, { kind: "formula", formula: `MIN(${g},0)`, value: deficit, format });
  };
  const header = (col: number, what: string): void =>
    put(first - 1, col, text(`Diagram: ${what}`, "columnHeader"));

  if (previous === undefined) {
    header(firstCol, "överskott");
    header(firstCol + 1, "underskott");
    levels.forEach((_, i) => today(first + i, first + i, firstCol));
    const last = first + levels.length - 1;
    return {
      categories: `A${first}:A${last}`,
      cachedCategories: levels.map((l) => l.name),
      values: `${ref(firstCol, first)}:${ref(firstCol + 1, last)}`,
      series: [
        { name: "Överskott", color: SURPLUS, cachedValues: split.map((s) => s.surplus) },
        { name: "Underskott", color: DEFICIT, cachedValues: split.map((s) => s.deficit) },
      ],
      columns: [firstCol, firstCol + 1],
    };
  }

  const label = firstCol;
  const values = firstCol + 1;
  header(label, "nivå");
  header(values, "överskott");
  header(values + 1, "underskott");
  header(values + 2, previous);
  const categories: string[] = [];
  const surpluses: number[] = [];
  const deficits: number[] = [];
  const earlier: number[] = [];
  levels.forEach((level, i) => {
    const n = first + i;
    const now = first + 2 * i;
    put(now, label, text(level.name));
    today(n, now, values);
    put(now, values + 2, zero);
    put(now + 1, label, text(previous));
    put(now + 1, values, zero);
    put(now + 1, values + 1, zero);
    const before = level.previousForecastDeviation;
    const shownBefore = before === null ? 0 : shownDeviation(before, p);
    put(
      now + 1,
      values + 2,
      before === null
        ? zero
        : { kind: "formula", formula: ref(PREVIOUS_DEVIATION, n), value: shownBefore, format },
    );
    categories.push(level.name, previous);
    surpluses.push(split[i]?.surplus ?? 0, 0);
    deficits.push(split[i]?.deficit ?? 0, 0);
    earlier.push(0, shownBefore);
  });
  const last = first + 2 * levels.length - 1;
  const letter = columnLetter(label);
  return {
    categories: `${letter}${first}:${letter}${last}`,
    cachedCategories: categories,
    values: `${ref(values, first)}:${ref(values + 2, last)}`,
    series: [
      { name: "Överskott", color: SURPLUS, cachedValues: surpluses },
      { name: "Underskott", color: DEFICIT, cachedValues: deficits },
      { name: capitalised(previous), color: PREVIOUS, cachedValues: earlier },
    ],
    columns: [label, values, values + 1, values + 2],
  };
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
