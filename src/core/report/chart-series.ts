import { columnIndex, columnLetter } from "../model/grid";
import type { ReportChart, SheetRange } from "./layout";

/** Each series' cells: the chart's values cut into their columns ("I8:J10" → "I8:I10", "J8:J10"). */
export function seriesRanges(chart: ReportChart): SheetRange[] {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(chart.values.range);
  const first = columnIndex(m?.[1] ?? "");
  if (!m || first === undefined) throw new Error(`not a block of cells: ${chart.values.range}`);
  return chart.series.map((_, i) => {
    const col = columnLetter(first + i);
    return { sheet: chart.values.sheet, range: `${col}${m[2]}:${col}${m[4]}` };
  });
}

/** A deviation split for a chart of two one-colour series: its surplus part and its deficit part. */
export function splitDeviation(value: number): { surplus: number; deficit: number } {
  return { surplus: value > 0 ? value : 0, deficit: value < 0 ? value : 0 };
}
