/**
 * How the adapter reaches Excel: `Excel.run` in the add-in, the emulator's `run` in tests and the
 * harness. Passing it in keeps office.js's global out of every other module.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run with run options (its overload `Excel.run(options, batch)`), as office.js and the emulator have it. */
export type RunWithOptions = <T>(
  options: { delayForCellEdit?: boolean },
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/**
 * The adapter's way into Excel, over `Excel.run` (or the emulator's `run`): while the user is typing in a
 * cell, every batch waits until the cell is left instead of failing with InvalidOperationInCellEditMode
 * (`delayForCellEdit`). Excel.RunOptions documents the option with no requirement set of its own (it is
 * in the reference from ExcelApi 1.1 on), so it is always passed: an Excel that does not honour it fails
 * as before, and the pane then says to finish the cell first (officeErrorText).
 */
export function excelRun(run: RunWithOptions): ExcelRun {
  return (batch) => run({ delayForCellEdit: true }, batch);
}

/** Whether this Excel supports a requirement set: `Office.context.requirements.isSetSupported`. */
export type IsSetSupported = (name: string, version: string) => boolean;

/** What the adapter may use in this Excel, decided once at start. */
export type ExcelCapabilities = {
  /** ExcelApi 1.9: worksheet page layout (A4 landscape, fit to width, print titles) */
  pageLayout: boolean;
  /** ExcelApi 1.9: application.suspendScreenUpdatingUntilNextSync */
  suspendScreenUpdating: boolean;
  /** ExcelApi 1.9: RangeFormat.indentLevel (explanations indented under their level) */
  indentLevel: boolean;
  /** ExcelApi 1.8: Worksheet.showGridlines (the report's sheets show none) */
  gridlines: boolean;
};

/**
 * ExcelApi 1.9, the manifest's minimum (manifest.xml): Office 2021 and later, Microsoft 365 and the web. The
 * adapter's own needs stop at 1.7 (very hidden sheets, chart series from ranges, range formats), but the
 * Excels with less (Office 2016/2019 volume-licensed) show add-ins in Internet Explorer's engine, where the
 * pane cannot run.
 */
export const REQUIRED_API = { name: "ExcelApi", version: "1.9" } as const;

export function capabilitiesOf(isSetSupported: IsSetSupported): ExcelCapabilities | undefined {
  if (!isSetSupported(REQUIRED_API.name, REQUIRED_API.version)) return undefined;
  const v19 = isSetSupported("ExcelApi", "1.9");
  return {
    pageLayout: v19,
    suspendScreenUpdating: v19,
    indentLevel: v19,
    gridlines: isSetSupported("ExcelApi", "1.8"),
  };
}
