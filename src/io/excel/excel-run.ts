/**
 * How the adapter reaches Excel: `Excel.run` in the add-in, the emulator's `run` in tests and the
 * harness. Passing it in keeps office.js's global out of every other module.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

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
 * ExcelApi 1.7 is the least the adapter needs: very hidden sheets (worksheet visibility), chart series
 * from ranges, and range formats as it uses them. 1.9's niceties are used when present.
 */
export const REQUIRED_API = { name: "ExcelApi", version: "1.7" } as const;

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
