import JSZip from "jszip";
import { attr, decodeXml } from "../../../src/io/xlsx/xlsx-xml";

/**
 * A sheet's protection, page setup, frozen panes and gridlines as Excel will read them from an .xlsx
 * file, in office.js's terms — what `protection.options`, `pageLayout`, `freezePanes` and
 * `showGridlines` would report — so that
 * a file written by exceljs can be held against what the add-in asked Excel for. Read from the XML with
 * the defaults of the file format (ECMA-376 §18.3.1), not through exceljs's model of it.
 */
export type SheetSetup = {
  frozen: { rows: number; columns: number };
  gridlines: boolean;
  /** undefined when the sheet is not protected */
  protection?: Required<Excel.WorksheetProtectionOptions>;
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** "5:6" */
  printTitleRows?: string;
};

/** .xlsx attribute → office.js option; `lockedByDefault`: what an absent attribute means. */
const PROTECTION: [keyof Excel.WorksheetProtectionOptions, string, boolean][] = [
  ["allowAutoFilter", "autoFilter", true],
  ["allowDeleteColumns", "deleteColumns", true],
  ["allowDeleteRows", "deleteRows", true],
  ["allowEditObjects", "objects", false],
  ["allowEditScenarios", "scenarios", false],
  ["allowFormatCells", "formatCells", true],
  ["allowFormatColumns", "formatColumns", true],
  ["allowFormatRows", "formatRows", true],
  ["allowInsertColumns", "insertColumns", true],
  ["allowInsertHyperlinks", "insertHyperlinks", true],
  ["allowInsertRows", "insertRows", true],
  ["allowPivotTables", "pivotTables", true],
  ["allowSort", "sort", true],
];

/** The paper sizes the tests meet (§18.3.1.63). */
const PAPER: Record<string, string> = { "1": "Letter", "9": "A4" };

const flag = (value: string | undefined, byDefault: boolean): boolean =>
  value === undefined ? byDefault : value === "1" || value === "true";

const tag = (xml: string, name: string): string | undefined =>
  new RegExp(`<${name}\\b([^>]*?)/?>`).exec(xml)?.[1];

/** Sheet name → its setup, for every sheet of the file. */
export async function sheetSetups(xlsx: Uint8Array): Promise<Map<string, SheetSetup>> {
  const zip = await JSZip.loadAsync(xlsx);
  const text = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (!file) throw new Error(`no ${path} in the file`);
    return file.async("string");
  };
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b([^>]*)\/>/g)].map((m) => [
      attr(m[1] ?? "", "Id"),
      attr(m[1] ?? "", "Target"),
    ]),
  );
  const titles = new Map<number, string>();
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    if (attr(m[1] ?? "", "name") !== "_xlnm.Print_Titles") continue;
    const rows = /\$(\d+):\$(\d+)$/.exec(decodeXml(m[2] ?? ""));
    if (rows) titles.set(Number(attr(m[1] ?? "", "localSheetId")), `${rows[1]}:${rows[2]}`);
  }
  const setups = new Map<string, SheetSetup>();
  const sheets = [...workbook.matchAll(/<sheet\b([^>]*)\/>/g)].map((m) => m[1] ?? "");
  for (const [index, sheet] of sheets.entries()) {
    const target = targets.get(attr(sheet, "r:id"));
    if (!target) throw new Error(`no part for sheet ${index}`);
    const xml = await text(`xl/${target.replace(/^\/?xl\//, "")}`);
    const title = titles.get(index);
    setups.set(attr(sheet, "name") ?? "", { ...readSheet(xml), ...(title ? { printTitleRows: title } : {}) });
  }
  return setups;
}

function readSheet(xml: string): SheetSetup {
  const pane = tag(xml, "pane");
  const frozen =
    pane !== undefined && attr(pane, "state") === "frozen"
      ? { rows: Number(attr(pane, "ySplit") ?? 0), columns: Number(attr(pane, "xSplit") ?? 0) }
      : { rows: 0, columns: 0 };
  const page = tag(xml, "pageSetup") ?? "";
  const fitToPage = flag(attr(tag(xml, "pageSetUpPr") ?? "", "fitToPage"), false);
  return {
    frozen,
    gridlines: flag(attr(tag(xml, "sheetView") ?? "", "showGridLines"), true),
    ...protectionOf(tag(xml, "sheetProtection")),
    orientation: attr(page, "orientation") === "landscape" ? "Landscape" : "Portrait",
    paperSize: PAPER[attr(page, "paperSize") ?? "1"] ?? `code ${attr(page, "paperSize")}`,
    zoom: fitToPage
      ? {
          horizontalFitToPages: Number(attr(page, "fitToWidth") ?? 1),
          verticalFitToPages: Number(attr(page, "fitToHeight") ?? 1),
        }
      : { scale: Number(attr(page, "scale") ?? 100) },
  };
}

function protectionOf(attributes: string | undefined): { protection?: SheetSetup["protection"] } {
  if (attributes === undefined || !flag(attr(attributes, "sheet"), false)) return {};
  const options = {} as Record<keyof Excel.WorksheetProtectionOptions, unknown>;
  for (const [option, name, lockedByDefault] of PROTECTION)
    options[option] = !flag(attr(attributes, name), lockedByDefault);
  const lockedOff = flag(attr(attributes, "selectLockedCells"), false);
  const unlockedOff = flag(attr(attributes, "selectUnlockedCells"), false);
  options.selectionMode = unlockedOff ? "None" : lockedOff ? "Unlocked" : "Normal";
  return { protection: options as Required<Excel.WorksheetProtectionOptions> };
}
