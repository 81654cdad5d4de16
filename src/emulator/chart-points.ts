/**
 * A chart series' points and their fill. Excel has been reported to apply one point's fill to every
 * point of its series, silently (office-js #570): the emulator does the same, so that a chart that
 * relies on a colour per bar shows in a test as Excel may draw it. The fill of a whole series
 * (ChartSeries.format.fill) is the same ChartFill, reached without a point.
 */
import type { Batch } from "./batch";
import type { Locator } from "./client-object";
import { ClientObject } from "./client-object";
import type { PointTarget } from "./chart";
import { change, indexed, seriesAndPoints } from "./chart";
import { normalizeColor } from "./sheet-rules";

export class ChartPointsCollection extends ClientObject<PointTarget, object> {
  constructor(batch: Batch, path: string, locator: Locator<PointTarget>) {
    super(batch, { typeName: "ChartPointsCollection", readers: {} }, path, locator);
    Object.preventExtensions(this);
  }
  getItemAt(index: number): ChartPoint {
    const locate = this.locateSelf;
    return new ChartPoint(this.batch, `${this.path}.getItemAt(${index})`, (exec) => {
      const t = locate(exec);
      if (t === undefined) return undefined;
      const point = indexed(
        "points",
        index,
        seriesAndPoints(t.chart).points,
        "ChartPointsCollection.getItemAt",
      );
      return { ...t, point };
    });
  }
}

export class ChartPoint extends ClientObject<PointTarget, object> {
  private formatProxy: ChartPointFormat | undefined = undefined;
  constructor(batch: Batch, path: string, locator: Locator<PointTarget>) {
    super(batch, { typeName: "ChartPoint", readers: {} }, path, locator);
    Object.preventExtensions(this);
  }
  get format(): ChartPointFormat {
    this.formatProxy ??= new ChartPointFormat(this.batch, `${this.path}.format`, this.locateSelf);
    return this.formatProxy;
  }
}

export class ChartPointFormat extends ClientObject<PointTarget, object> {
  private fillProxy: ChartFill | undefined = undefined;
  constructor(batch: Batch, path: string, locator: Locator<PointTarget>) {
    super(batch, { typeName: "ChartPointFormat", readers: {} }, path, locator);
    Object.preventExtensions(this);
  }
  get fill(): ChartFill {
    this.fillProxy ??= new ChartFill(this.batch, `${this.path}.fill`, this.locateSelf);
    return this.fillProxy;
  }
}

export class ChartFill extends ClientObject<PointTarget, object> {
  constructor(batch: Batch, path: string, locator: Locator<PointTarget>) {
    super(batch, { typeName: "ChartFill", readers: {} }, path, locator);
    Object.preventExtensions(this);
  }

  setSolidColor(color: string): void {
    this.call("setSolidColor", [color], (t, exec) => {
      const hex = normalizeColor(color, "ChartFill.setSolidColor");
      if (t.point < 0) {
        change(t, exec, "seriesColors", { ...t.chart.seriesColors, [t.series]: hex });
        return;
      }
      // office-js #570: the point's fill lands on every point of the series.
      const every: Record<number, string> = {};
      for (let p = 0; p < seriesAndPoints(t.chart).points; p++) every[p] = hex;
      change(t, exec, "pointColors", { ...t.chart.pointColors, [t.series]: every });
    });
  }

  clear(): void {
    this.call("clear", [], (t, exec) => {
      if (t.point < 0) {
        const colors = { ...t.chart.seriesColors };
        delete colors[t.series];
        change(t, exec, "seriesColors", colors);
        return;
      }
      const series = { ...t.chart.pointColors[t.series] };
      delete series[t.point];
      change(t, exec, "pointColors", { ...t.chart.pointColors, [t.series]: series });
    });
  }
}
