/**
 * The report as data: sheets of cells with values, formulas, number formats and named styles. Pure
 * code makes it from the engine's result; a renderer (exceljs for .xlsx, office.js in Excel) only
 * translates it. Nothing about the report's content lives in a renderer.
 */
export type CellStyle = {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** ARGB, "FF1F3864" */
  color?: string;
  fill?: string;
  borderTop?: "thin" | "medium";
  borderBottom?: "thin" | "medium";
  align?: "left" | "center" | "right";
  wrap?: boolean;
  indent?: number;
};

export type StyleName =
  | "title"
  | "subtitle"
  | "note"
  | "groupHeader"
  | "columnHeader"
  | "columnHeaderLeft"
  | "text"
  | "textIndent"
  | "amount"
  | "textSubtotal"
  | "amountSubtotal"
  | "textTotal"
  | "amountTotal"
  | "warning"
  | "paragraph"
  | "titleWrap"
  | "subtitleWrap"
  | "noteWrap";

/**
 * One cell. `text` is always written as text, even when it begins with "=" (user text must never
 * run as a formula); `formula` (without "=") carries its exact cached `value`.
 */
export type ReportCell =
  | { kind: "text"; text: string; style?: StyleName }
  | { kind: "number"; value: number; format: string; style?: StyleName }
  | { kind: "formula"; formula: string; value: number; format: string; style?: StyleName };

export type ReportSheet = {
  name: string;
  /** rows[r][c]: row r+1, column c+1; undefined is an empty cell */
  rows: (ReportCell | undefined)[][];
  columnWidths: number[];
  /** heights in points of rows (1-based) whose wrapped text needs more than one line */
  rowHeights?: Record<number, number>;
  /** "A1:G1" */
  merges: string[];
  /** rows and columns kept in view when scrolling (either may be 0) */
  freeze: { rows: number; columns: number };
  /** the grid drawn on screen; off, the report's own rules and fills structure the sheet */
  gridlines: boolean;
  page: PageSetup;
  /** protected without a password (a stray edit is refused, anyone can lift it), or not at all */
  protection?: SheetProtection;
  charts?: ReportChart[];
  /** columns (0-based) kept out of sight: the figures a chart draws, which the sheet already shows */
  hiddenColumns?: number[];
};

/** How a sheet prints. */
export type PageSetup = {
  orientation: "landscape" | "portrait";
  paperSize: "A4";
  /** scaled to this many pages wide and tall; 0 tall is as many pages as the rows need */
  fitTo: { width: number; height: number };
  /** rows repeated at the top of every printed page, "5:6" */
  printTitleRows?: string;
};

/** What a user may still do on a protected sheet; everything not listed is refused. */
export type ProtectionAllowance =
  | "formatCells"
  | "formatColumns"
  | "formatRows"
  | "insertColumns"
  | "insertRows"
  | "insertHyperlinks"
  | "deleteColumns"
  | "deleteRows"
  | "sort"
  | "autoFilter"
  | "pivotTables"
  | "editObjects"
  | "editScenarios";

export type SheetProtection = {
  /** which cells can be selected: all, only unlocked ones, or none */
  select: "all" | "unlocked" | "none";
  allow: readonly ProtectionAllowance[];
};

/** A range of cells in one of the report's sheets, named by its layout name ("G7:G9"). */
export type SheetRange = { sheet: string; range: string };

/**
 * A bar chart over report cells, one bar per category. A bar's colour says what it is (a deficit red) and
 * comes from its series: each series has one colour, and every category has its value in one series and
 * zero in the others (a zero is drawn as nothing). So no renderer colours single bars: office.js's fill of
 * one point has been reported to colour every point of the series, silently (office-js #570), and
 * LibreOffice ignores Excel's "invert if negative" colour. The cached labels and values let a viewer that
 * does not compute charts show it as generated.
 */
export type ReportChart = {
  kind: "bar";
  title: string;
  categories: SheetRange;
  cachedCategories: string[];
  /** the series' values: a column per series, in the order of `series`, each as tall as `categories` */
  values: SheetRange;
  series: ReportChartSeries[];
  /** the value axis */
  numberFormat: string;
  /** the bars' labels, and the value cells' own format (which Excel's labels follow): a zero shows nothing */
  labelFormat: string;
  /** zero-based cells: the chart covers from the top-left of `from` to the top-left of `to` */
  from: { col: number; row: number };
  to: { col: number; row: number };
};

export type ReportChartSeries = {
  name: string;
  /** ARGB, for every bar of the series */
  color: string;
  cachedValues: number[];
};

export type ReportLayout = {
  sheets: ReportSheet[];
  styles: Record<StyleName, CellStyle>;
};
