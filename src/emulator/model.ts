/**
 * The emulated workbook: plain data the emulator reads and changes at sync, and that tests, loadXlsx and
 * saveXlsx read and build directly. Indexes are zero-based, like Excel's getRangeByIndexes.
 */
import type { CellStore } from "./cell-store";
import { SparseCellStore } from "./cell-store";

/** What a cell holds: Excel's values are numbers, strings and booleans (an error's value is its text, "#N/A"). */
export type CellScalar = number | string | boolean;

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";
export type HorizontalAlignment =
  "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed";
export type BorderStyle =
  "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot";
export type BorderWeight = "Hairline" | "Thin" | "Medium" | "Thick";
export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

export interface BorderFormat {
  style: BorderStyle;
  weight: BorderWeight;
  color: string;
}

/** The formatting the emulator models. A missing field is Excel's default (see DEFAULT_FORMAT). */
export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fontName?: string;
  fillColor?: string;
  horizontalAlignment?: HorizontalAlignment;
  wrapText?: boolean;
  indentLevel?: number;
  borders?: Partial<Record<BorderEdge, BorderFormat>>;
}

/**
 * One cell. A formula is kept as text ("=SUM(A1:A3)"); its value is the cached result when one is known
 * (from a loaded file, or a constant formula) and undefined when the emulator cannot know it.
 * Cells are replaced, never changed in place, so that a failed sync can be undone by putting the old
 * objects back.
 */
export interface EmulatedCell {
  readonly value?: CellScalar;
  /**
   * The value is an error ("#N/A", "#DIV/0!", "#PYTHON!"): Range.values gives its text, as for a string,
   * and only Range.valueTypes tells them apart ("Error" against "String").
   */
  readonly error?: true;
  readonly formula?: string;
  /** Undefined is "General". */
  readonly numberFormat?: string;
  readonly format?: CellFormat;
}

/** A rectangle of cells. */
export interface CellBlock {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface ProtectionOptions {
  allowAutoFilter?: boolean;
  allowDeleteColumns?: boolean;
  allowDeleteRows?: boolean;
  allowEditObjects?: boolean;
  allowEditScenarios?: boolean;
  allowFormatCells?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowInsertColumns?: boolean;
  allowInsertHyperlinks?: boolean;
  allowInsertRows?: boolean;
  allowPivotTables?: boolean;
  allowSort?: boolean;
  selectionMode?: "Normal" | "Unlocked" | "None";
}

export interface SheetProtection {
  protected: boolean;
  options: ProtectionOptions;
  /** Kept in clear: the emulator only compares it. */
  password?: string;
}

/** Excel.PaperType (ExcelApi 1.9). */
export const PAPER_TYPES = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
  "Envelope9",
  "Envelope10",
  "Envelope11",
  "Envelope12",
  "Envelope14",
  "Csheet",
  "Dsheet",
  "Esheet",
  "EnvelopeDL",
  "EnvelopeC5",
  "EnvelopeC3",
  "EnvelopeC4",
  "EnvelopeC6",
  "EnvelopeC65",
  "EnvelopeB4",
  "EnvelopeB5",
  "EnvelopeB6",
  "EnvelopeItaly",
  "EnvelopeMonarch",
  "EnvelopePersonal",
  "FanfoldUS",
  "FanfoldStdGerman",
  "FanfoldLegalGerman",
] as const;

export type PaperType = (typeof PAPER_TYPES)[number];

export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  /** A file that states none prints on Letter (the .xlsx default). */
  paperSize: PaperType;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** As given to setPrintTitleRows, e.g. "$1:$3". */
  printTitleRows?: string;
}

/** A chart as the add-in described it: recorded, not drawn. */
export interface EmulatedChart {
  name: string;
  type: string;
  /** Address of the source range without the sheet, e.g. "A1:B5". */
  source: string;
  seriesBy: string;
  title?: string;
  /** Top-left and bottom-right cells given to setPosition. */
  position?: { start: string; end?: string };
  showValue?: boolean;
  legendVisible?: boolean;
  /** seriesNames[series] */
  seriesNames?: Record<number, string>;
  /** Address (with sheet) of the categories set with setXAxisValues, e.g. "Blad1!A7:A9". */
  categories?: string;
  /** pointColors[series][point] = "#RRGGBB" */
  pointColors: Record<number, Record<number, string>>;
  /** seriesColors[series] = "#RRGGBB": ChartSeries.format.fill, every bar of the series */
  seriesColors?: Record<number, string>;
  /** Chart.plotVisibleOnly (ExcelApi 1.8); Excel's default is true: hidden rows and columns are not drawn */
  plotVisibleOnly?: boolean;
  /** ChartSeries.overlap (ExcelApi 1.8), from -100 to 100, and gapWidth (1.7), from 0 to 500 */
  overlap?: number;
  gapWidth?: number;
}

export interface EmulatedSheet {
  /** Stable like Excel's worksheet id: survives renames. */
  id: string;
  name: string;
  visibility: SheetVisibility;
  cells: CellStore;
  merges: CellBlock[];
  protection: SheetProtection;
  frozen: { rows: number; columns: number };
  /** Worksheet.showGridlines (ExcelApi 1.8): the grid drawn on screen. */
  showGridlines: boolean;
  pageLayout: PageLayoutModel;
  /** In points, like Range.format.columnWidth; absent is the default width. */
  columnWidths: Record<number, number>;
  /** Columns hidden with Range.columnHidden, zero-based; absent is none. */
  hiddenColumns?: number[];
  rowHeights: Record<number, number>;
  /** Formats set on whole columns or rows (Excel keeps these per column or row, not per cell). */
  columnFormats: Record<number, CellFormat>;
  rowFormats: Record<number, CellFormat>;
  charts: EmulatedChart[];
}

export interface EmulatedWorkbook {
  sheets: EmulatedSheet[];
  /** Name of the active sheet (activate(), select()); undefined is the first visible one. */
  activeSheet?: string;
  /** Address of the last select(), e.g. "Rapport!A1". */
  selection?: string;
  /** Workbook.protection (the structure): see workbook-protection.ts. Absent is unprotected. */
  protection?: { protected: boolean; password?: string };
}

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Excel's defaults for Calibri 11, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export const DEFAULT_FORMAT: Required<Omit<CellFormat, "borders">> = {
  bold: false,
  italic: false,
  fontSize: 11,
  fontColor: "#000000",
  fontName: "Calibri",
  fillColor: "#FFFFFF",
  horizontalAlignment: "General",
  wrapText: false,
  indentLevel: 0,
};

export const NO_BORDER: BorderFormat = { style: "None", weight: "Thin", color: "#000000" };

let sheetCounter = 0;

/** A new, empty sheet; `init` overrides any field (e.g. `cells: lazyCells(…)` for a big generated sheet). */
export function createSheet(name: string, init: Partial<EmulatedSheet> = {}): EmulatedSheet {
  sheetCounter += 1;
  return {
    id: `{00000000-0001-0000-${String(sheetCounter).padStart(4, "0")}-000000000000}`,
    name,
    visibility: "Visible",
    cells: new SparseCellStore(),
    merges: [],
    protection: { protected: false, options: {} },
    frozen: { rows: 0, columns: 0 },
    showGridlines: true,
    pageLayout: { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 } },
    columnWidths: {},
    rowHeights: {},
    columnFormats: {},
    rowFormats: {},
    charts: [],
    ...init,
  };
}

/** A workbook with the given sheets, or one empty "Sheet1" like a new Excel workbook. */
export function createWorkbook(sheets: EmulatedSheet[] = [createSheet("Sheet1")]): EmulatedWorkbook {
  return { sheets };
}

export function findSheet(workbook: EmulatedWorkbook, name: string): EmulatedSheet | undefined {
  const key = name.toLocaleUpperCase();
  return workbook.sheets.find((s) => s.name.toLocaleUpperCase() === key);
}
