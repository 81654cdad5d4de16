/**
 * Every public member of the emulator's proxies exists under the same name on the office.js type it
 * stands for. Checked by the compiler (npm run typecheck): an invented or misspelt name fails to compile.
 */
import type {
  Chart,
  ChartCollection,
  ChartDataLabels,
  ChartSeriesCollection,
  ChartTitle,
} from "../../src/emulator/chart";
import type { ChartLegend } from "../../src/emulator/chart-legend";
import type { ChartSeries, ChartSeriesFormat } from "../../src/emulator/chart-series";
import type {
  ChartFill,
  ChartPoint,
  ChartPointFormat,
  ChartPointsCollection,
} from "../../src/emulator/chart-points";
import type { Range } from "../../src/emulator/range";
import type { RangeBorder, RangeBorderCollection } from "../../src/emulator/range-borders";
import type { RangeFill, RangeFont } from "../../src/emulator/range-font-fill";
import type { RangeFormat } from "../../src/emulator/range-format";
import type { Application, RequestContext, Workbook } from "../../src/emulator/request-context";
import type { Worksheet } from "../../src/emulator/worksheet";
import type { WorksheetCollection } from "../../src/emulator/worksheet-collection";
import type {
  PageLayout,
  WorksheetFreezePanes,
  WorksheetProtection,
} from "../../src/emulator/worksheet-parts";

/** The names the emulator has that office.js does not: must be `never`. */
type Invented<Ours, Theirs> = Exclude<Extract<keyof Ours, string>, keyof Theirs>;

type Pairs = [
  Invented<RequestContext, Excel.RequestContext>,
  Invented<Workbook, Excel.Workbook>,
  Invented<Application, Excel.Application>,
  Invented<WorksheetCollection, Excel.WorksheetCollection>,
  Invented<Worksheet, Excel.Worksheet>,
  Invented<WorksheetProtection, Excel.WorksheetProtection>,
  // office.js gives WorksheetFreezePanes no load/toJSON (it has no properties); the emulator's are inert.
  Exclude<Invented<WorksheetFreezePanes, Excel.WorksheetFreezePanes>, "load" | "toJSON">,
  Invented<PageLayout, Excel.PageLayout>,
  Invented<Range, Excel.Range>,
  Invented<RangeFormat, Excel.RangeFormat>,
  Invented<RangeFont, Excel.RangeFont>,
  Invented<RangeFill, Excel.RangeFill>,
  Invented<RangeBorderCollection, Excel.RangeBorderCollection>,
  Invented<RangeBorder, Excel.RangeBorder>,
  Invented<ChartCollection, Excel.ChartCollection>,
  Invented<Chart, Excel.Chart>,
  Invented<ChartTitle, Excel.ChartTitle>,
  Invented<ChartDataLabels, Excel.ChartDataLabels>,
  Invented<ChartLegend, Excel.ChartLegend>,
  Invented<ChartSeriesCollection, Excel.ChartSeriesCollection>,
  Invented<ChartSeries, Excel.ChartSeries>,
  Invented<ChartPointsCollection, Excel.ChartPointsCollection>,
  Invented<ChartPoint, Excel.ChartPoint>,
  Invented<ChartPointFormat, Excel.ChartPointFormat>,
  Invented<ChartSeriesFormat, Excel.ChartSeriesFormat>,
  // Likewise ChartFill, which has only methods.
  Exclude<Invented<ChartFill, Excel.ChartFill>, "load" | "toJSON">,
];

/** Compiles only when every entry is never. */
const none: Pairs extends never[] ? true : false = true;

it("invents no member names (checked at compile time)", () => {
  expect(none).toBe(true);
});
