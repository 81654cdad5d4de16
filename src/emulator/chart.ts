/**
 * Worksheet.charts: recorded, not drawn. What the add-in asked for (type, source, title, position, data
 * labels, whether hidden cells are drawn, the series' names, colours and overlap, point colours) is kept
 * in EmulatedChart for tests to check.
 */
import { formatAddress, formatBlock, parseAddress } from "./address";
import type { Batch } from "./batch";
import type { Loadable, Locator } from "./client-object";
import { ClientObject } from "./client-object";
import { invalidArgument } from "./errors";
import type { Execution } from "./execution";
import type { EmulatedChart, EmulatedSheet } from "./model";
import { Range } from "./range";
import { ChartLegend } from "./chart-legend";
import { ChartSeries } from "./chart-series";
import { booleanArg, checkEditable, oneOf } from "./sheet-rules";

export interface ChartTarget {
  sheet: EmulatedSheet;
  chart: EmulatedChart;
}

/** A chart's target, checked to be still on its sheet. */
const alive = (t: ChartTarget, exec: Execution): boolean =>
  exec.workbook.sheets.includes(t.sheet) && t.sheet.charts.includes(t.chart);

export function change<K extends keyof EmulatedChart>(
  t: ChartTarget,
  exec: Execution,
  key: K,
  value: EmulatedChart[K],
): void {
  checkEditable(t.sheet, "objects", `Chart.${key}`);
  exec.assign(t.chart, key, value);
}

export class ChartCollection extends ClientObject<EmulatedSheet, object> {
  constructor(batch: Batch, path: string, locator: Locator<EmulatedSheet>) {
    super(batch, { typeName: "ChartCollection", readers: {} }, path, locator);
    Object.preventExtensions(this);
  }

  add(type: string, sourceData: Range, seriesBy: string = "Auto"): Chart {
    let created: ChartTarget | undefined;
    const batch = this.batch;
    this.call("add", [type, "Range", seriesBy], (sheet, exec) => {
      if (typeof type !== "string" || type === "")
        throw invalidArgument("A chart type is required.", "ChartCollection.add");
      const by = oneOf(["Auto", "Columns", "Rows"] as const, seriesBy, "ChartCollection.add");
      const source = Range.targetIn(sourceData, batch, exec);
      if (source === undefined) return;
      checkEditable(sheet, "objects", "ChartCollection.add");
      const chart: EmulatedChart = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source:
          source.sheet === sheet ? formatBlock(source.block) : formatAddress(source.sheet.name, source.block),
        seriesBy: by,
        pointColors: {},
      };
      exec.assign(sheet, "charts", [...sheet.charts, chart]);
      created = { sheet, chart };
    });
    return new Chart(this.batch, `${this.path}.add("${type}")`, () => created);
  }
}

/** Series run down the columns unless asked (or, on Auto, shaped) otherwise. */
export function seriesAndPoints(chart: EmulatedChart): { series: number; points: number } {
  const block = parseAddress(chart.source)?.block ?? { rowCount: 1, columnCount: 1 };
  const byRows =
    chart.seriesBy === "Rows" || (chart.seriesBy === "Auto" && block.columnCount > block.rowCount);
  return byRows
    ? { series: block.rowCount, points: block.columnCount }
    : { series: block.columnCount, points: block.rowCount };
}

const CHART_SPEC = {
  typeName: "Chart",
  readers: {
    name: (t: ChartTarget) => t.chart.name,
    plotVisibleOnly: (t: ChartTarget) => t.chart.plotVisibleOnly ?? true,
  },
  propertyApi: { plotVisibleOnly: "1.8" },
};

export class Chart extends ClientObject<ChartTarget, { name: string; plotVisibleOnly: boolean }> {
  private titleProxy: ChartTitle | undefined = undefined;
  private dataLabelsProxy: ChartDataLabels | undefined = undefined;
  private seriesProxy: ChartSeriesCollection | undefined = undefined;
  private legendProxy: ChartLegend | undefined = undefined;

  constructor(batch: Batch, path: string, locator: Locator<ChartTarget>) {
    super(batch, CHART_SPEC, path, locator);
    Object.preventExtensions(this);
  }

  protected override alive(t: ChartTarget, exec: Execution): boolean {
    return alive(t, exec);
  }
  protected override child(name: string): Loadable | undefined {
    if (name === "title") return this.title;
    if (name === "dataLabels") return this.dataLabels;
    if (name === "legend") return this.legend;
    return undefined;
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (t, exec) => change(t, exec, "name", String(value)));
  }
  /** False: hidden rows and columns are drawn too (the report keeps its chart's figures hidden). */
  get plotVisibleOnly(): boolean {
    return this.read("plotVisibleOnly");
  }
  set plotVisibleOnly(value: boolean) {
    this.write("plotVisibleOnly", value, (t, exec) =>
      change(t, exec, "plotVisibleOnly", booleanArg(value, "Chart.plotVisibleOnly")),
    );
  }
  get title(): ChartTitle {
    this.titleProxy ??= new ChartTitle(this.batch, `${this.path}.title`, this.locateSelf);
    return this.titleProxy;
  }
  get dataLabels(): ChartDataLabels {
    this.dataLabelsProxy ??= new ChartDataLabels(this.batch, `${this.path}.dataLabels`, this.locateSelf);
    return this.dataLabelsProxy;
  }
  get legend(): ChartLegend {
    this.legendProxy ??= new ChartLegend(this.batch, `${this.path}.legend`, this.locateSelf);
    return this.legendProxy;
  }
  get series(): ChartSeriesCollection {
    this.seriesProxy ??= new ChartSeriesCollection(this.batch, `${this.path}.series`, this.locateSelf);
    return this.seriesProxy;
  }

  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const batch = this.batch;
    const where = (cell: Range | string, exec: Execution): string | undefined => {
      if (typeof cell === "string") {
        const parsed = parseAddress(cell);
        if (parsed === undefined) throw invalidArgument(`"${cell}" is not an address.`, "Chart.setPosition");
        return formatBlock(parsed.block);
      }
      const target = Range.targetIn(cell, batch, exec);
      return target === undefined ? undefined : formatBlock(target.block);
    };
    this.call("setPosition", ["start", endCell === undefined ? null : "end"], (t, exec) => {
      const start = where(startCell, exec);
      const end = endCell === undefined ? undefined : where(endCell, exec);
      if (start === undefined) return;
      change(t, exec, "position", end === undefined ? { start } : { start, end });
    });
  }

  delete(): void {
    this.call("delete", [], (t, exec) => {
      checkEditable(t.sheet, "objects", "Chart.delete");
      exec.assign(
        t.sheet,
        "charts",
        t.sheet.charts.filter((c) => c !== t.chart),
      );
    });
  }
}

export class ChartTitle extends ClientObject<ChartTarget, { text: string }> {
  constructor(batch: Batch, path: string, locator: Locator<ChartTarget>) {
    super(
      batch,
      { typeName: "ChartTitle", readers: { text: (t: ChartTarget) => t.chart.title ?? "" } },
      path,
      locator,
    );
    Object.preventExtensions(this);
  }
  get text(): string {
    return this.read("text");
  }
  set text(value: string) {
    this.write("text", value, (t, exec) => change(t, exec, "title", String(value)));
  }
}

export class ChartDataLabels extends ClientObject<ChartTarget, { showValue: boolean }> {
  constructor(batch: Batch, path: string, locator: Locator<ChartTarget>) {
    super(
      batch,
      { typeName: "ChartDataLabels", readers: { showValue: (t: ChartTarget) => t.chart.showValue ?? false } },
      path,
      locator,
    );
    Object.preventExtensions(this);
  }
  get showValue(): boolean {
    return this.read("showValue");
  }
  set showValue(value: boolean) {
    this.write("showValue", value, (t, exec) =>
      change(t, exec, "showValue", booleanArg(value, "ChartDataLabels.showValue")),
    );
  }
}

/** Where a point sits: its chart, series and index. */
export interface PointTarget extends ChartTarget {
  series: number;
  point: number;
}

export function indexed(kind: "series" | "points", index: number, count: number, location: string): number {
  if (!Number.isInteger(index) || index < 0 || index >= count)
    throw invalidArgument(`The chart has no ${kind} ${index} (it has ${count}).`, location);
  return index;
}

export class ChartSeriesCollection extends ClientObject<ChartTarget, object> {
  constructor(batch: Batch, path: string, locator: Locator<ChartTarget>) {
    super(batch, { typeName: "ChartSeriesCollection", readers: {} }, path, locator);
    Object.preventExtensions(this);
  }
  getItemAt(index: number): ChartSeries {
    const locate = this.locateSelf;
    return new ChartSeries(this.batch, `${this.path}.getItemAt(${index})`, (exec) => {
      const t = locate(exec);
      if (t === undefined) return undefined;
      const series = indexed(
        "series",
        index,
        seriesAndPoints(t.chart).series,
        "ChartSeriesCollection.getItemAt",
      );
      return { ...t, series, point: -1 };
    });
  }
}
