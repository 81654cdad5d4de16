/**
 * The few pieces of SpreadsheetML the grid reader needs, read the way exceljs reads them (the command
 * line's copy of a workbook is still made with exceljs, and both must see the same values): the
 * sheets in workbook order, shared strings, which cell styles are dates, and XML text.
 */

/** XML text to a string: the five named entities and character references, as an XML parser does. */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g, (_, hex, dec, name) => {
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex as string, 16));
    if (dec !== undefined) return String.fromCodePoint(parseInt(dec as string, 10));
    return NAMED[name as keyof typeof NAMED];
  });
}

const NAMED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** exceljs decodes a `t="str"` value once more after the parser has: the same here. */
export function decodeXmlAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (c, name: string) =>
    name in NAMED ? NAMED[name as keyof typeof NAMED] : c,
  );
}

const ATTRIBUTES = new Map<string, RegExp>();

/** An attribute's value in a tag's attribute text, decoded; undefined when absent. */
export function attr(attributes: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTES.set(name, pattern);
  }
  const m = pattern.exec(attributes);
  if (!m) return undefined;
  return decodeXml(m[1] ?? m[2] ?? "");
}

/** attr() for the common case, a double-quoted value after a space, by indexOf: it runs per cell. */
export function quickAttr(attributes: string, name: string): string | undefined {
  const key = ` ${name}="`;
  const i = attributes.indexOf(key);
  if (i < 0) return attributes.includes(`${name}=`) ? attr(attributes, name) : undefined;
  const from = i + key.length;
  return decodeXml(attributes.slice(from, attributes.indexOf('"', from)));
}

/**
 * The text of a string item (<si>, or a cell's <is>): its <t> elements, plain or in rich-text runs,
 * without phonetic guides (<rPh>). Undefined when it has no <t> at all.
 */
export function stringItemText(xml: string): string | undefined {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text: string | undefined;
  for (const m of body.matchAll(/<t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/t>)/g))
    text = (text ?? "") + decodeXml(m[1] ?? "");
  return text;
}

export function sharedStrings(xml: string): (string | undefined)[] {
  return [...xml.matchAll(/<si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) =>
    stringItemText(m[1] ?? ""),
  );
}

/** Built-in number formats that exceljs reads as dates (14–22, 45–47: its table through isDateFormat). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** exceljs's test: a format with y, m, d, h, s or b outside quotes and brackets shows a date. */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** For each cell style (the `s` of a cell), whether numbers in it are dates. */
export function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1] ?? "", "numFmtId"));
    custom.set(id, attr(m[1] ?? "", "formatCode") ?? "");
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return [...cellXfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map((m) => {
    const id = Number(attr(m[1] ?? "", "numFmtId") ?? 0);
    if (!id) return false;
    const format = custom.get(id);
    return format !== undefined ? isDateFormat(format) : BUILTIN_DATE_FORMATS.has(id);
  });
}

export type SheetEntry = { name: string; path: string };

/** The worksheets in workbook order, each with its part's path; chart sheets are left out, as exceljs does. */
export function workbookSheets(workbookXml: string, relsXml: string): SheetEntry[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1] ?? "", "Id");
    const target = attr(m[1] ?? "", "Target");
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  const sheets: SheetEntry[] = [];
  for (const m of workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const name = attr(m[1] ?? "", "name");
    const target = targets.get(attr(m[1] ?? "", "r:id") ?? "");
    if (name === undefined || target === undefined) continue;
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) sheets.push({ name, path });
  }
  return sheets;
}

/** Whether the workbook counts dates from 1904. */
export function uses1904(workbookXml: string): boolean {
  const props = /<workbookPr\b([^>]*?)\/?>/.exec(workbookXml)?.[1];
  return props !== undefined && attr(props, "date1904") === "1";
}

/** "B12" → zero-based { row: 11, col: 1 }; undefined for anything else. */
export function cellAddress(ref: string): { row: number; col: number } | undefined {
  let i = ref.charCodeAt(0) === 0x24 /* $ */ ? 1 : 0;
  let col = 0;
  for (let c = ref.charCodeAt(i); c >= 65 && c <= 90; c = ref.charCodeAt(++i)) col = col * 26 + (c - 64);
  if (ref.charCodeAt(i) === 0x24) i++;
  const digits = ref.slice(i);
  if (col === 0 || col > 16_384 || !/^\d+$/.test(digits)) return undefined;
  return { row: Number(digits) - 1, col: col - 1 };
}
