/**
 * .xlsx to and from the emulated workbook, through exceljs (which also runs in browsers on byte
 * arrays). Formulas keep their cached results both ways; charts are neither read nor written (exceljs
 * models none), and a sheet password read from a file is not known to the emulator.
 */
import ExcelJS from "exceljs";
import { parseAddress } from "./address";
import type {
  CellScalar,
  EmulatedCell,
  EmulatedSheet,
  EmulatedWorkbook,
  PaperType,
  ProtectionOptions,
  SheetVisibility,
} from "./model";
import { PAPER_TYPES, createSheet, createWorkbook } from "./model";
import { applyFormat, charsToPoints, formatFromStyle, pointsToChars } from "./xlsx-style";

const STATE_IN: Record<string, SheetVisibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};
const STATE_OUT: Record<SheetVisibility, "visible" | "hidden" | "veryHidden"> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/**
 * Excel's ProtectionOptions names and the .xlsx attribute names exceljs uses (true: allowed). A file
 * that leaves an attribute out means the .xlsx default, which differs by option: objects and scenarios
 * are then unlocked (allowed), everything else locked; exceljs reads such an attribute as undefined.
 */
type AllowOption = Exclude<keyof ProtectionOptions, "selectionMode">;
type XlsxAllow = Exclude<keyof ExcelJS.WorksheetProtection, "spinCount">;
const PROTECTION_KEYS: [AllowOption, XlsxAllow, boolean][] = [
  ["allowAutoFilter", "autoFilter", false],
  ["allowDeleteColumns", "deleteColumns", false],
  ["allowDeleteRows", "deleteRows", false],
  ["allowEditObjects", "objects", true],
  ["allowEditScenarios", "scenarios", true],
  ["allowFormatCells", "formatCells", false],
  ["allowFormatColumns", "formatColumns", false],
  ["allowFormatRows", "formatRows", false],
  ["allowInsertColumns", "insertColumns", false],
  ["allowInsertHyperlinks", "insertHyperlinks", false],
  ["allowInsertRows", "insertRows", false],
  ["allowPivotTables", "pivotTables", false],
  ["allowSort", "sort", false],
];

/** .xlsx paper size codes 1–41 (ECMA-376 §18.3.1.63) are Excel.PaperType in order; others read as Letter. */
const paperOf = (code: number | undefined): PaperType => PAPER_TYPES[(code ?? 1) - 1] ?? "Letter";
const paperCode = (paper: PaperType): number => PAPER_TYPES.indexOf(paper) + 1;

/** Excel's date serial (days since 1899-12-30), which is what Range.values gives for a date. */
const dateSerial = (d: Date): number => (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;

function scalar(v: ExcelJS.CellValue): CellScalar | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateSerial(v);
  if ("error" in v) return String(v.error);
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("text" in v && "hyperlink" in v) return typeof v.text === "string" ? v.text : undefined;
  return undefined;
}

/** An error value (`<c t="e">`), as exceljs gives it: { error: "#N/A" }, or a formula's such result. */
const isError = (v: ExcelJS.CellValue | undefined): boolean =>
  typeof v === "object" && v !== null && !(v instanceof Date) && "error" in v;

function readCell(cell: ExcelJS.Cell): EmulatedCell | undefined {
  const out: {
    value?: CellScalar;
    error?: true;
    formula?: string;
    numberFormat?: string;
    format?: EmulatedCell["format"];
  } = {};
  if (cell.type === ExcelJS.ValueType.Formula) {
    out.formula = `=${cell.formula}`;
    const result = scalar(cell.result);
    if (result !== undefined) out.value = result;
    if (result !== undefined && isError(cell.result)) out.error = true;
  } else {
    const value = scalar(cell.value);
    if (value !== undefined) out.value = value;
    if (value !== undefined && isError(cell.value)) out.error = true;
  }
  if (cell.numFmt !== undefined && cell.numFmt !== "General") out.numberFormat = cell.numFmt;
  const format = formatFromStyle(cell.style);
  if (format !== undefined) out.format = format;
  return Object.keys(out).length === 0 ? undefined : out;
}

/** exceljs keeps these on the worksheet without declaring them. */
interface WorksheetExtras {
  sheetProtection?: Partial<ExcelJS.WorksheetProtection> & { sheet?: boolean };
}

function readSheet(ws: ExcelJS.Worksheet): EmulatedSheet {
  const sheet = createSheet(ws.name, { visibility: STATE_IN[ws.state] ?? "Visible" });
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.height !== undefined && row.height > 0) sheet.rowHeights[rowNumber - 1] = row.height;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const content = readCell(cell);
      if (content !== undefined) sheet.cells.set(rowNumber - 1, colNumber - 1, content);
    });
  });
  for (let c = 1; c <= ws.columnCount; c++) {
    const width = ws.getColumn(c).width;
    if (width !== undefined) sheet.columnWidths[c - 1] = charsToPoints(width);
    if (ws.getColumn(c).hidden) sheet.hiddenColumns = [...(sheet.hiddenColumns ?? []), c - 1];
  }
  sheet.merges = ws.model.merges.flatMap((m) => parseAddress(m)?.block ?? []);
  const protection = (ws as unknown as WorksheetExtras).sheetProtection;
  if (protection?.sheet === true) {
    const options: ProtectionOptions = {
      selectionMode:
        protection.selectUnlockedCells === false
          ? "None"
          : protection.selectLockedCells === false
            ? "Unlocked"
            : "Normal",
    };
    for (const [api, xlsx, byDefault] of PROTECTION_KEYS) options[api] = protection[xlsx] ?? byDefault;
    sheet.protection = { protected: true, options };
  }
  // exceljs leaves views null for a sheet written without any, whatever its types say.
  const view = (ws.views as ExcelJS.WorksheetView[] | null)?.[0];
  if (view?.state === "frozen") sheet.frozen = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
  if (view?.showGridLines === false) sheet.showGridlines = false;
  const setup = ws.pageSetup;
  sheet.pageLayout = {
    orientation: setup.orientation === "landscape" ? "Landscape" : "Portrait",
    paperSize: paperOf(setup.paperSize),
    zoom:
      setup.fitToPage === true
        ? { horizontalFitToPages: setup.fitToWidth ?? 1, verticalFitToPages: setup.fitToHeight ?? 1 }
        : { scale: setup.scale ?? 100 },
    ...(setup.printTitlesRow === undefined ? {} : { printTitleRows: setup.printTitlesRow }),
  };
  return sheet;
}

export async function loadXlsx(data: ArrayBuffer | Uint8Array): Promise<EmulatedWorkbook> {
  const bytes = data instanceof Uint8Array ? data.slice().buffer : data;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const workbook = createWorkbook(wb.worksheets.map(readSheet));
  const active = (wb.views as ExcelJS.WorkbookView[] | null)?.[0]?.activeTab;
  const activeSheet = active === undefined ? undefined : workbook.sheets[active];
  if (activeSheet !== undefined && active !== 0) workbook.activeSheet = activeSheet.name;
  return workbook;
}

/** exceljs types the error texts it knows; newer ones ("#PYTHON!") are written the same way. */
const errorValue = (text: string): ExcelJS.CellErrorValue => ({
  error: text as ExcelJS.CellErrorValue["error"],
});

function writeSheet(wb: ExcelJS.Workbook, sheet: EmulatedSheet): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, { state: STATE_OUT[sheet.visibility] });
  for (const [c, f] of Object.entries(sheet.columnFormats)) applyFormat(ws.getColumn(Number(c) + 1), f);
  for (const [r, f] of Object.entries(sheet.rowFormats)) applyFormat(ws.getRow(Number(r) + 1), f);
  for (const [c, w] of Object.entries(sheet.columnWidths))
    ws.getColumn(Number(c) + 1).width = pointsToChars(w);
  for (const c of sheet.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  for (const [r, h] of Object.entries(sheet.rowHeights)) ws.getRow(Number(r) + 1).height = h;
  sheet.cells.forEach((cell, r, c) => {
    const out = ws.getCell(r + 1, c + 1);
    // An error is saved as one (t="e"), so that it is an error again when the file is loaded.
    const value = cell.error === true && typeof cell.value === "string" ? errorValue(cell.value) : cell.value;
    if (cell.formula !== undefined)
      out.value =
        value === undefined
          ? { formula: cell.formula.slice(1), date1904: false }
          : { formula: cell.formula.slice(1), result: value, date1904: false };
    else if (value !== undefined) out.value = value;
    if (cell.numberFormat !== undefined) out.numFmt = cell.numberFormat;
    // A cell's own format overrides its row's and column's field by field; .xlsx stores it whole.
    const inherited = { ...sheet.columnFormats[c], ...sheet.rowFormats[r] };
    if (cell.format !== undefined) applyFormat(out, { ...inherited, ...cell.format });
  });
  for (const m of sheet.merges)
    ws.mergeCells(m.row + 1, m.column + 1, m.row + m.rowCount, m.column + m.columnCount);
  const gridlines = sheet.showGridlines ? {} : { showGridLines: false };
  if (sheet.frozen.rows > 0 || sheet.frozen.columns > 0)
    ws.views = [{ state: "frozen", xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows, ...gridlines }];
  else if (!sheet.showGridlines) ws.views = [{ state: "normal", ...gridlines }];
  const { orientation, paperSize, zoom, printTitleRows } = sheet.pageLayout;
  ws.pageSetup.orientation = orientation === "Landscape" ? "landscape" : "portrait";
  ws.pageSetup.paperSize = paperCode(paperSize);
  if (zoom.scale === undefined) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = zoom.horizontalFitToPages ?? 0;
    ws.pageSetup.fitToHeight = zoom.verticalFitToPages ?? 0;
  } else ws.pageSetup.scale = zoom.scale;
  if (printTitleRows !== undefined) ws.pageSetup.printTitlesRow = printTitleRows.replace(/\$/g, "");
  if (!sheet.protection.protected) return Promise.resolve();
  // A low spin count: the hash only has to be valid, and exceljs's default takes a second.
  // Every option stated: what Excel's protect left out is not allowed, which the file's defaults
  // would not say for objects and scenarios.
  const given = sheet.protection.options;
  const options: Partial<ExcelJS.WorksheetProtection> = {
    spinCount: 1000,
    selectLockedCells: (given.selectionMode ?? "Normal") === "Normal",
    selectUnlockedCells: given.selectionMode !== "None",
  };
  for (const [api, xlsx] of PROTECTION_KEYS) options[xlsx] = given[api] ?? false;
  return ws.protect(sheet.protection.password ?? "", options);
}

export async function saveXlsx(workbook: EmulatedWorkbook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) await writeSheet(wb, sheet);
  const active = workbook.sheets.findIndex((s) => s.name === workbook.activeSheet);
  if (active > 0)
    wb.views = [
      { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: active, visibility: "visible" },
    ];
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
