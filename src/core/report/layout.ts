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
  | "paragraph";

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
 * A bar chart of one series over report cells. The cached labels and values let a viewer that does not
 * compute charts show it as generated; each bar has its own colour (deficits red).
 */
export type ReportChart = {
  kind: "bar";
  title: string;
  seriesName: string;
  categories: SheetRange;
  values: SheetRange;
  cachedCategories: string[];
  cachedValues: number[];
  /** ARGB per bar */
  barColors: string[];
  numberFormat: string;
  /** zero-based cells: the chart covers from the top-left of `from` to the top-left of `to` */
  from: { col: number; row: number };
  to: { col: number; row: number };
};

export type ReportLayout = {
  sheets: ReportSheet[];
  styles: Record<StyleName, CellStyle>;
};
