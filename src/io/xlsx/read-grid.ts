import { readFile } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
import JSZip from "jszip";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/model/grid";
import { isoDateOfSerial } from "../date-cells";
import {
  attr,
  cellAddress,
  dateStyles,
  decodeXml,
  decodeXmlAgain,
  quickAttr,
  sharedStrings,
  stringItemText,
  uses1904,
  workbookSheets,
} from "./xlsx-xml";

/**
 * Reads an .xlsx file's values into the engine's grid, fast and in little memory: each sheet's XML is
 * read as a stream, row by row, into plain arrays — no workbook model, no styles beyond which cells
 * are dates. It gives the values exceljs gives (a formula's cached result, a merged range's value once,
 * a date as "ÅÅÅÅ-MM-DD"); the command line loads exceljs's workbook only to write a copy (--out).
 */
export async function readGridFile(path: string): Promise<WorkbookGrid> {
  return readGrid(await readFile(path));
}

export async function readGrid(data: Uint8Array): Promise<WorkbookGrid> {
  const zip = await JSZip.loadAsync(data);
  const text = async (name: string): Promise<string> => (await zip.file(name)?.async("string")) ?? "";
  const workbookXml = await text("xl/workbook.xml");
  const context: CellContext = {
    strings: sharedStrings(await text("xl/sharedStrings.xml")),
    dates: dateStyles(await text("xl/styles.xml")),
    date1904: uses1904(workbookXml),
  };
  const sheets: SheetGrid[] = [];
  for (const { name, path } of workbookSheets(workbookXml, await text("xl/_rels/workbook.xml.rels"))) {
    const file = zip.file(path);
    if (file) sheets.push({ name, rows: await readSheet(file, context) });
  }
  return { sheets };
}

type CellContext = { strings: (string | undefined)[]; dates: boolean[]; date1904: boolean };

/** One sheet's rows, its XML streamed through a scanner chunk by chunk. */
function readSheet(file: JSZip.JSZipObject, context: CellContext): Promise<(CellValue[] | undefined)[]> {
  const scanner = new SheetScanner(context);
  const utf8 = new StringDecoder("utf8");
  return new Promise((resolve, reject) => {
    file
      .nodeStream("nodebuffer")
      .on("data", (chunk: Buffer) => scanner.feed(utf8.write(chunk)))
      .on("error", reject)
      .on("end", () => {
        scanner.feed(utf8.end());
        resolve(scanner.finish());
      });
  });
}

/** The text of a cell's <v>, by indexOf in the usual case (<v>…</v>); undefined when it has none. */
function valueText(inner: string): string | undefined {
  const open = inner.indexOf("<v>");
  if (open >= 0) {
    const close = inner.indexOf("</v>", open);
    return close < 0 ? undefined : inner.slice(open + 3, close);
  }
  return /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner)?.[1];
}

/** Cells not yet given a value are holes (undefined) while a sheet is read; null is a cell without one. */
type Row = (CellValue | undefined)[];

class SheetScanner {
  private readonly rows: (Row | undefined)[] = [];
  private pending = "";
  /** after </sheetData>: the rest of the sheet, where the merged ranges are */
  private tail: string | undefined;
  private nextRow = 0;

  constructor(private readonly context: CellContext) {}

  /** Reads every complete row in what has come so far and keeps the rest for the next chunk. */
  feed(chunk: string): void {
    if (this.tail !== undefined) {
      this.tail += chunk;
      return;
    }
    const text = this.pending + chunk;
    let at = 0;
    const end = text.search(/<\/sheetData>|<sheetData\/>/);
    for (;;) {
      const start = text.indexOf("<row", at);
      if (end >= 0 && (start < 0 || end < start)) {
        this.tail = text.slice(end);
        this.pending = "";
        return;
      }
      if (start < 0) {
        // keep enough of the end for a tag cut in two by the chunk boundary
        at = Math.max(at, text.length - 16);
        break;
      }
      const open = text.indexOf(">", start);
      if (open < 0) {
        at = start;
        break;
      }
      if (text.charCodeAt(open - 1) === 0x2f /* "/" */) {
        this.row(text.slice(start + 4, open - 1), "");
        at = open + 1;
        continue;
      }
      const close = text.indexOf("</row>", open);
      if (close < 0) {
        at = start;
        break;
      }
      this.row(text.slice(start + 4, open), text.slice(open + 1, close));
      at = close + 6;
    }
    this.pending = text.slice(at);
  }

  finish(): (CellValue[] | undefined)[] {
    for (const m of (this.tail ?? "").matchAll(/<mergeCell\b([^>]*?)\/?>/g))
      this.merge(attr(m[1] ?? "", "ref") ?? "");
    return this.rows.map((row) => {
      if (!row) return undefined;
      let length = row.length;
      while (length > 0 && row[length - 1] === undefined) length--;
      const values = new Array<CellValue>(length);
      for (let c = 0; c < length; c++) values[c] = row[c] ?? null;
      return values;
    });
  }

  private row(attributes: string, body: string): void {
    const r = attr(attributes, "r");
    const index = r === undefined ? this.nextRow : Number(r) - 1;
    this.nextRow = index + 1;
    let row: Row | undefined;
    let col = 0;
    for (const m of body.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const address = cellAddress(quickAttr(m[1] ?? "", "r") ?? "");
      if (address) col = address.col;
      const value = m[2] === undefined ? undefined : this.value(m[1] ?? "", m[2]);
      if (value !== undefined) (row ??= [])[col] = value;
      col++;
    }
    if (row) this.rows[index] = row;
  }

  /** A cell's value as exceljs gives it; undefined for a cell with none (an empty, styled cell). */
  private value(attributes: string, inner: string): CellValue | undefined {
    const type = quickAttr(attributes, "t");
    const v = valueText(inner);
    const text = v === undefined || v === "" ? undefined : decodeXml(v);
    if (/<f[\s>/]/.test(inner)) {
      if (text === undefined) return null;
      if (type === "str") return decodeXmlAgain(text);
      if (type === "b") return parseInt(text, 10) !== 0;
      if (type === "e") return { error: text };
      return this.number(parseFloat(text), attributes);
    }
    if (type === "inlineStr") return stringItemText(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? "");
    if (text === undefined) return undefined;
    switch (type) {
      case "s":
        return this.context.strings[parseInt(text, 10)] ?? null;
      case "str":
        return decodeXmlAgain(text);
      case "b":
        return parseInt(text, 10) !== 0;
      case "e":
        return { error: text };
      default:
        return this.number(parseFloat(text), attributes);
    }
  }

  /** A number, or in a date format the date as "ÅÅÅÅ-MM-DD" (exceljs's date, to ISO; see date-cells.ts). */
  private number(n: number, attributes: string): CellValue {
    const style = quickAttr(attributes, "s");
    if (style === undefined || !this.context.dates[parseInt(style, 10)]) return n;
    return isoDateOfSerial(n, this.context.date1904) ?? n;
  }

  /** A merged range keeps its top-left value; the other cells have none, and every row of it exists. */
  private merge(ref: string): void {
    const [from, to] = ref.split(":").map(cellAddress);
    if (!from || !to) return;
    for (let r = from.row; r <= to.row; r++) {
      const row = (this.rows[r] ??= []);
      for (let c = from.col; c <= to.col; c++) if (r !== from.row || c !== from.col) row[c] = undefined;
    }
  }
}
