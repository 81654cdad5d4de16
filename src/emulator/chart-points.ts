/** A chart series' points and their fill: the colours the add-in gives single bars. */
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
      const colors = {
        ...t.chart.pointColors,
        [t.series]: { ...t.chart.pointColors[t.series], [t.point]: hex },
      };
      change(t, exec, "pointColors", colors);
    });
  }

  clear(): void {
    this.call("clear", [], (t, exec) => {
      const series = { ...t.chart.pointColors[t.series] };
      delete series[t.point];
      change(t, exec, "pointColors", { ...t.chart.pointColors, [t.series]: series });
    });
  }
}
