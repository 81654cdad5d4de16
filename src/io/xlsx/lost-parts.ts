import JSZip from "jszip";
import { sheetParts } from "./add-charts";

/** Parts of an .xlsx that exceljs does not model and so drops when it writes a copy. */
const DROPPED: readonly { pattern: RegExp; name: string }[] = [
  { pattern: /^xl\/charts\/chart\d+\.xml$/, name: "diagram" },
  { pattern: /^xl\/pivotTables\//, name: "pivottabeller" },
  { pattern: /^xl\/slicers\/|^xl\/slicerCaches\//, name: "utsnitt" },
  { pattern: /^xl\/timelines\//, name: "tidslinjer" },
  { pattern: /^xl\/vbaProject\.bin$/, name: "makron" },
  { pattern: /^customXml\//, name: "anpassade XML-delar" },
  { pattern: /^xl\/webextensions\//, name: "inställningar för tillägg" },
  { pattern: /^docProps\/custom\.xml$/, name: "anpassade dokumentegenskaper" },
  { pattern: /^xl\/externalLinks\//, name: "länkar till andra arbetsböcker" },
];

/**
 * What a copy written by exceljs would lose from this workbook, in Swedish words. Charts on the
 * product's own report sheets (`own`) are not counted: the new report draws them again.
 */
export async function partsLostInCopy(xlsx: Uint8Array, own: readonly string[] = []): Promise<string[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const ownCharts = await chartsOfSheets(zip, own);
  const names = Object.keys(zip.files).filter((n) => !ownCharts.has(n));
  return DROPPED.filter((d) => names.some((n) => d.pattern.test(n))).map((d) => d.name);
}

/** The chart parts drawn on the given sheets, following sheet → drawing → chart relationships. */
async function chartsOfSheets(zip: JSZip, sheets: readonly string[]): Promise<Set<string>> {
  const charts = new Set<string>();
  const text = async (path: string): Promise<string> => (await zip.file(path)?.async("string")) ?? "";
  const parts = sheetParts(await text("xl/workbook.xml"), await text("xl/_rels/workbook.xml.rels"));
  for (const sheet of sheets) {
    const part = parts.get(sheet);
    if (!part) continue;
    for (const drawing of targets(await text(relsOf(part)), part)) {
      for (const chart of targets(await text(relsOf(drawing)), drawing)) charts.add(chart);
    }
  }
  return charts;
}

function relsOf(part: string): string {
  return part.replace(/^(.*)\/([^/]+)$/, "$1/_rels/$2.rels");
}

/** Targets of a relationships part, resolved against the part they belong to. */
function targets(rels: string, from: string): string[] {
  const base = from.split("/").slice(0, -1);
  return [...rels.matchAll(/Target="([^"]+)"/g)].map((m) => {
    const path = [...base];
    for (const seg of (m[1] ?? "").split("/")) {
      if (seg === "..") path.pop();
      else if (seg !== ".") path.push(seg);
    }
    return path.join("/");
  });
}
