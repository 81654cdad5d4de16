/** Chart.legend: whether the chart shows its legend (a one-series chart needs none). */
import type { Batch } from "./batch";
import type { Locator } from "./client-object";
import { ClientObject } from "./client-object";
import type { ChartTarget } from "./chart";
import { change } from "./chart";
import { booleanArg } from "./sheet-rules";

export class ChartLegend extends ClientObject<ChartTarget, { visible: boolean }> {
  constructor(batch: Batch, path: string, locator: Locator<ChartTarget>) {
    super(
      batch,
      { typeName: "ChartLegend", readers: { visible: (t: ChartTarget) => t.chart.legendVisible ?? true } },
      path,
      locator,
    );
    Object.preventExtensions(this);
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(value: boolean) {
    this.write("visible", value, (t, exec) =>
      change(t, exec, "legendVisible", booleanArg(value, "ChartLegend.visible")),
    );
  }
}
