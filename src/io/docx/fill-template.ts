import JSZip from "jszip";
import type { DocumentBlock, DocumentLayout } from "../../core/document/document-layout";
import type { PlaceholderName } from "../../core/document/template-parts";
import {
  TEMPLATE_PLACEHOLDERS,
  fillingsFor,
  isPlaceholderName,
  placeholderIn,
} from "../../core/document/template-parts";
import { issue } from "../../core/messages";
import type { Issue } from "../../core/model/issue";
import { swedishList } from "../../core/report/swedish-text";
import { escapeXml } from "../xml-text";
import type { PartPaths } from "./docx-package";
import { addNumberingPart, asDocument, emptyNumbering, partPaths } from "./docx-package";
import { docxBytes } from "./render-docx";
import {
  attribute,
  childElements,
  contentsOf,
  firstChild,
  innermostParagraphs,
  paragraphText,
} from "./ooxml";
import {
  mergeNumbering,
  mergeStyles,
  renameNumbering,
  renameStyles,
  usedNumbering,
  usedStyles,
} from "./template-styles";

/** A template read and checked: its bytes, and its placeholders in the document's order. */
export type WordTemplate = { bytes: Uint8Array; placeholders: PlaceholderName[] };

export type TemplateCheck = { ok: true; template: WordTemplate } | { ok: false; issues: Issue[] };

const KNOWN = swedishList(Object.keys(TEMPLATE_PLACEHOLDERS).map((n) => `{{${n}}}`));

/** A part that is one line of text: it takes the placeholder paragraph's own formatting, when it has one. */
const ONE_LINE: readonly PlaceholderName[] = ["titel", "nämnd", "datum"];

type Found = { start: number; end: number; inCell: boolean; name: PlaceholderName; xml: string };

type Opened = { zip: JSZip; paths: PartPaths; document: string; found: Found[] };

/**
 * Reads a municipality's Word template and checks it before any report is made: a Word document
 * (.docx, or a .dotx) with at least one placeholder and none that is unknown. Swedish issues otherwise.
 */
export async function readTemplate(bytes: Uint8Array): Promise<TemplateCheck> {
  const opened = await open(bytes);
  if (!("zip" in opened)) return { ok: false, issues: opened };
  return { ok: true, template: { bytes, placeholders: opened.found.map((f) => f.name) } };
}

/**
 * The template with the tjänsteskrivelse filled in: each paragraph whose whole text is a placeholder
 * ({{titel}}, {{tabell_nivåer}} …, see TEMPLATE_PLACEHOLDERS) is replaced by the layout's blocks,
 * rendered as the default document renders them; every other part (letterhead, headers and footers,
 * page setup, the template's own text and styles) is kept as it is. No code from the template runs and
 * no HTML is embedded: only the document's XML is read and written.
 */
export async function fillTemplate(template: WordTemplate, layout: DocumentLayout): Promise<Uint8Array> {
  const opened = await open(template.bytes);
  if (!("zip" in opened)) throw new Error("a template read once cannot fail to open the second time");
  const { zip, paths, document, found } = opened;
  const fillings = fillingsFor(
    layout,
    found.map((f) => f.name),
  );
  const rendered = await renderFragments(layout, fillings, document);
  let xml = found.map((f, i) => replacement(f, rendered.fragments[i] ?? [], fillings[i] ?? []));

  const stylesPath = paths.styles;
  const styles = stylesPath ? zip.file(stylesPath) : null;
  if (stylesPath && styles) {
    const merged = mergeStyles(await styles.async("string"), rendered.styles, usedStyles(xml.join("")));
    zip.file(stylesPath, merged.styles);
    xml = xml.map((x) => renameStyles(x, merged.rename));
  }
  const usedNums = usedNumbering(xml.join(""));
  if (usedNums.size > 0) {
    const numberingPath = paths.numbering ?? (await addNumberingPart(zip, paths.document));
    const current = zip.file(numberingPath);
    const base = current ? await current.async("string") : emptyNumbering(rendered.numbering);
    const merged = mergeNumbering(base, rendered.numbering, usedNums);
    zip.file(numberingPath, merged.numbering);
    xml = xml.map((x) => renameNumbering(x, merged.rename));
  }
  let filled = document;
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    if (f) filled = filled.slice(0, f.start) + (xml[i] ?? "") + filled.slice(f.end);
  }
  zip.file(paths.document, filled);
  await asDocument(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The template's package, its main part and its placeholders; or why it cannot be filled. */
async function open(bytes: Uint8Array): Promise<Opened | Issue[]> {
  const unreadable = (problem: string): Issue[] => [issue("template-unreadable", { problem })];
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return unreadable("filen är inget Office-dokument (inget zip-arkiv)");
  }
  const paths = await partPaths(zip);
  const documentFile = paths && zip.file(paths.document);
  if (!paths || !documentFile) return unreadable("dokumentets text (word/document.xml) saknas");
  const document = await documentFile.async("string");
  let found: Found[];
  let issues: Issue[];
  try {
    ({ found, issues } = placeholders(document));
  } catch (e) {
    return unreadable(`dokumentets XML är trasig (${e instanceof Error ? e.message : String(e)})`);
  }
  if (issues.length > 0) return issues;
  if (found.length === 0) return [issue("template-no-placeholder", { known: KNOWN })];
  return { zip, paths, document, found };
}

/** The placeholder paragraphs in the document's order; a name it does not know is an issue. */
function placeholders(document: string): { found: Found[]; issues: Issue[] } {
  const found: Found[] = [];
  const issues: Issue[] = [];
  for (const p of innermostParagraphs(document)) {
    const xml = document.slice(p.start, p.end);
    const name = placeholderIn(paragraphText(xml));
    if (name === undefined) continue;
    if (isPlaceholderName(name)) found.push({ ...p, name, xml });
    else issues.push(issue("template-placeholder-unknown", { name, known: KNOWN }));
  }
  return { found, issues };
}

/** A4's width in twips: the renderer measures a page from it (docx-page.ts). */
const A4_WIDTH = 11906;

/**
 * The page of the template's last section: its text width sets our tables' width, so that a table fills
 * the template's margins as it fills ours.
 */
function pageOf(document: string, layout: DocumentLayout): DocumentLayout["page"] {
  const section = document.slice(document.lastIndexOf("<w:sectPr"));
  const width = Number(attribute(section, "w:pgSz", "w:w"));
  const left = Number(attribute(section, "w:pgMar", "w:left"));
  const right = Number(attribute(section, "w:pgMar", "w:right"));
  const text = width - left - right;
  // a template without a page of its own (or a strange one) keeps the layout's
  if (![width, left, right].every((n) => Number.isFinite(n) && n >= 0) || text < 1440) return layout.page;
  // the width the template leaves beside its text, shared as margins of an A4 page
  const side = ((A4_WIDTH - text) / 2) * (25.4 / 1440);
  return { ...layout.page, marginsMm: { ...layout.page.marginsMm, left: side, right: side } };
}

/** How many body elements the renderer makes of a block (render-docx.ts): a table is its caption and itself. */
function elementCount(block: DocumentBlock): number {
  return block.kind === "list" ? block.items.length : block.kind === "table" ? 2 : 1;
}

/**
 * Every filling rendered at once, as the default document renders it (one numbering, one set of
 * styles), and the body's elements shared out among the fillings again.
 */
async function renderFragments(
  layout: DocumentLayout,
  fillings: DocumentBlock[][],
  document: string,
): Promise<{ fragments: string[][]; styles: string; numbering: string }> {
  const zip = await JSZip.loadAsync(
    await docxBytes({ ...layout, page: pageOf(document, layout), blocks: fillings.flat() }),
  );
  const read = async (name: string): Promise<string> => (await zip.file(name)?.async("string")) ?? "";
  const body = await read("word/document.xml");
  const inner = contentsOf(body, "w:body");
  if (!inner) throw new Error("the rendered document has no body");
  const bodyXml = body.slice(inner.start, inner.end);
  const elements = childElements(bodyXml)
    .filter((e) => e.name !== "w:sectPr")
    .map((e) => bodyXml.slice(e.start, e.end));
  const counts = fillings.map((blocks) => blocks.reduce((s, b) => s + elementCount(b), 0));
  if (counts.reduce((s, n) => s + n, 0) !== elements.length)
    throw new Error(`the renderer made ${elements.length} body elements, not ${String(counts)}`);
  let at = 0;
  const fragments = counts.map((n) => elements.slice(at, (at += n)));
  return { fragments, styles: await read("word/styles.xml"), numbering: await read("word/numbering.xml") };
}

/** What stands in the placeholder's place. */
function replacement(f: Found, fragment: readonly string[], blocks: readonly DocumentBlock[]): string {
  const own = firstChild(f.xml, "w:pPr");
  const firstRun = firstChild(f.xml, "w:r");
  const runProps = firstRun ? firstChild(firstRun, "w:rPr") : "";
  const only = blocks.length === 1 ? blocks[0] : undefined;
  const line =
    only?.kind === "heading"
      ? only.text
      : only?.kind === "paragraph"
        ? only.runs.map((r) => r.text).join("")
        : undefined;
  // A style or an alignment is a choice the template's author made (Word puts other properties, such as the
  // paragraph mark's language, in plain paragraphs too): the template's paragraph, with its first run's
  // formatting, takes our text.
  if (ONE_LINE.includes(f.name) && /<w:pStyle |<w:jc /.test(own) && line !== undefined)
    return `<w:p>${own}<w:r>${runProps}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`;
  const xml = fragment.join("");
  // A paragraph that ends a section carries the section's page setup: it stays, emptied. A table's cell
  // must end in a paragraph.
  if (own.includes("<w:sectPr")) return `${xml}<w:p>${own}</w:p>`;
  if (f.inCell && !/<\/w:p>$|<w:p\/>$/.test(xml)) return `${xml}<w:p/>`;
  return xml;
}
