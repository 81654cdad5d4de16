import JSZip from "jszip";
import type { ReportChart, ReportLayout } from "../../core/report/layout";
import { chartXml, drawingXml } from "./chart-xml";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** Elements that must follow <drawing> in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * Adds the layout's charts to an .xlsx that exceljs wrote (exceljs writes no charts): a chart part and
 * a drawing part per sheet, their relationships and content types, and the sheet's <drawing>.
 * `names` maps layout sheet names to the names they got in the workbook.
 */
export async function addCharts(
  xlsx: Buffer,
  layout: ReportLayout,
  names: ReadonlyMap<string, string>,
): Promise<Buffer> {
  const withCharts = layout.sheets.filter((s) => (s.charts ?? []).length > 0);
  if (withCharts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const read = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (!file) throw new Error(`The workbook has no ${path}`);
    return file.async("string");
  };
  const parts = sheetParts(await read("xl/workbook.xml"), await read("xl/_rels/workbook.xml.rels"));
  let contentTypes = await read("[Content_Types].xml");
  let nextDrawing = nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  let nextChart = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
  const finalName = (layoutName: string): string => names.get(layoutName) ?? layoutName;

  for (const sheet of withCharts) {
    const part = parts.get(finalName(sheet.name));
    if (!part) throw new Error(`No worksheet part for ${sheet.name}`);
    const sheetXml = await read(part);
    if (sheetXml.includes("<drawing ")) throw new Error(`${sheet.name} already has a drawing`);
    const drawingNumber = nextDrawing++;
    const anchors: { chart: ReportChart; relId: string; id: number }[] = [];
    const drawingRels: string[] = [];
    (sheet.charts ?? []).forEach((chart, i) => {
      const chartNumber = nextChart++;
      zip.file(`xl/charts/chart${chartNumber}.xml`, chartXml(chart, finalName));
      contentTypes = addOverride(contentTypes, `/xl/charts/chart${chartNumber}.xml`, CHART_TYPE);
      anchors.push({ chart, relId: `rId${i + 1}`, id: i + 1 });
      drawingRels.push(
        `<Relationship Id="rId${i + 1}" Type="${REL}/chart" Target="../charts/chart${chartNumber}.xml"/>`,
      );
    });
    zip.file(`xl/drawings/drawing${drawingNumber}.xml`, drawingXml(anchors));
    zip.file(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, relationships(drawingRels));
    contentTypes = addOverride(contentTypes, `/xl/drawings/drawing${drawingNumber}.xml`, DRAWING_TYPE);

    const relsPath = part.replace(/^(.*)\/([^/]+)$/, "$1/_rels/$2.rels");
    const existing = zip.file(relsPath) ? await read(relsPath) : relationships([]);
    const relId = `rIdBudgetrapportDrawing${drawingNumber}`;
    zip.file(
      relsPath,
      existing.replace(
        "</Relationships>",
        `<Relationship Id="${relId}" Type="${REL}/drawing" Target="../drawings/drawing${drawingNumber}.xml"/></Relationships>`,
      ),
    );
    const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
    zip.file(part, `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`);
  }
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Sheet name → its part in the package ("xl/worksheets/sheet4.xml"). */
export function sheetParts(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) parts.set(unescape(name), target);
  }
  return parts;
}

function nextNumber(zip: JSZip, pattern: RegExp): number {
  const numbers = Object.keys(zip.files).map((n) => Number(pattern.exec(n)?.[1] ?? 0));
  return Math.max(0, ...numbers) + 1;
}

function addOverride(contentTypes: string, partName: string, type: string): string {
  return contentTypes.replace("</Types>", `<Override PartName="${partName}" ContentType="${type}"/></Types>`);
}

function relationships(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}
