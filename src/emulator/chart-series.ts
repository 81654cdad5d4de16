/**
 * A chart series: its name, its category labels (setXAxisValues), its points, its own look (its fill,
 * ChartSeries.format.fill, ExcelApi 1.1), and how its bars sit (overlap, ExcelApi 1.8; gapWidth,
 * ExcelApi 1.7). Excel keeps overlap and gap width per chart group, so setting them on any series sets
 * them for the chart's bars.
 */
import type { Batch } from "./batch";
import type { Locator } from "./client-object";
import { ClientObject } from "./client-object";
import type { PointTarget } from "./chart";
import { change } from "./chart";
import { ChartFill, ChartPointsCollection } from "./chart-points";
import { Range } from "./range";
import { numberIn } from "./sheet-rules";
import { formatAddress } from "./address";

interface SeriesProps {
  name: string;
  overlap: number;
  gapWidth: number;
}

const SERIES_SPEC = {
  typeName: "ChartSeries",
  readers: {
    name: (t: PointTarget) => t.chart.seriesNames?.[t.series] ?? `Serie${t.series + 1}`,
    // The defaults of the .xlsx schema's c:overlap and c:gapWidth.
    overlap: (t: PointTarget) => t.chart.overlap ?? 0,
    gapWidth: (t: PointTarget) => t.chart.gapWidth ?? 150,
  },
  propertyApi: { overlap: "1.8", gapWidth: "1.7" },
};

export class ChartSeries extends ClientObject<PointTarget, SeriesProps> {
  private pointsProxy: ChartPointsCollection | undefined = undefined;
  private formatProxy: ChartSeriesFormat | undefined = undefined;
  constructor(batch: Batch, path: string, locator: Locator<PointTarget>) {
    super(batch, SERIES_SPEC, path, locator);
    Object.preventExtensions(this);
  }
  get format(): ChartSeriesFormat {
    this.formatProxy ??= new ChartSeriesFormat(this.batch, `${this.path}.format`, this.locateSelf);
    return this.formatProxy;
  }
  get overlap(): number {
    return this.read("overlap");
  }
  set overlap(value: number) {
    this.write("overlap", value, (t, exec) =>
      change(t, exec, "overlap", numberIn(-100, 100, value, "ChartSeries.overlap")),
    );
  }
  get gapWidth(): number {
    return this.read("gapWidth");
  }
  set gapWidth(value: number) {
    this.write("gapWidth", value, (t, exec) =>
      change(t, exec, "gapWidth", numberIn(0, 500, value, "ChartSeries.gapWidth")),
    );
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (t, exec) =>
      change(t, exec, "seriesNames", { ...t.chart.seriesNames, [t.series]: String(value) }),
    );
  }
  /** ExcelApi 1.7: the category labels from a range (any sheet). */
  setXAxisValues(sourceData: Range): void {
    const batch = this.batch;
    this.call("setXAxisValues", ["Range"], (t, exec) => {
      const source = Range.targetIn(sourceData, batch, exec);
      if (source === undefined) return;
      change(t, exec, "categories", formatAddress(source.sheet.name, source.block));
    });
  }
  get points(): ChartPointsCollection {
    this.pointsProxy ??= new ChartPointsCollection(this.batch, `${this.path}.points`, this.locateSelf);
    return this.pointsProxy;
  }
}

export class ChartSeriesFormat extends ClientObject<PointTarget, object> {
  private fillProxy: ChartFill | undefined = undefined;
  constructor(batch: Batch, path: string, locator: Locator<PointTarget>) {
    super(batch, { typeName: "ChartSeriesFormat", readers: {} }, path, locator);
    Object.preventExtensions(this);
  }
  get fill(): ChartFill {
    this.fillProxy ??= new ChartFill(this.batch, `${this.path}.fill`, this.locateSelf);
    return this.fillProxy;
  }
}
