/**
 * Just enough of WordprocessingML's XML for filling a template: elements found by a scan of their tags
 * (the parts Word, LibreOffice and the docx library write are well-formed; comments and processing
 * instructions are passed over), text read and written with its entities.
 */

/** An element's place in the text: [start, end). */
export type Span = { start: number; end: number };

const TAG =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;

type Tag = { name: string; open: boolean; close: boolean; start: number; end: number };

function* tags(xml: string): Generator<Tag> {
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const name = m[2];
    if (!name) continue;
    const closing = m[1] === "/";
    const selfClosing = m[4] === "/";
    yield {
      name,
      open: !closing,
      close: closing || selfClosing,
      start: m.index,
      end: m.index + m[0].length,
    };
  }
}

/** The elements directly inside the text given (an element's own contents, say), in order. */
export function childElements(xml: string): (Span & { name: string })[] {
  const found: (Span & { name: string })[] = [];
  let depth = 0;
  let start = 0;
  for (const tag of tags(xml)) {
    if (tag.open && depth === 0) start = tag.start;
    if (tag.open) depth++;
    if (tag.close) {
      depth--;
      if (depth === 0) found.push({ name: tag.name, start, end: tag.end });
    }
  }
  return found;
}

/** The contents of the first element by this name: what lies between its start and end tags. */
export function contentsOf(xml: string, name: string): Span | undefined {
  let depth = 0;
  let start = -1;
  for (const tag of tags(xml)) {
    if (tag.name !== name) continue;
    if (tag.open && tag.close && depth === 0) return { start: tag.end, end: tag.end };
    if (tag.open && !tag.close) {
      if (depth === 0) start = tag.end;
      depth++;
    } else if (!tag.open) {
      depth--;
      if (depth === 0) return { start, end: tag.start };
    }
  }
  return undefined;
}

/** A paragraph with no paragraph inside it, and whether it stands in a table's cell. */
export type ParagraphSpan = Span & { inCell: boolean };

/** Every paragraph (w:p) that holds no other paragraph (a text box's), wherever it stands. */
export function innermostParagraphs(xml: string): ParagraphSpan[] {
  const found: ParagraphSpan[] = [];
  const stack: { name: string; start: number; nested: boolean }[] = [];
  for (const tag of tags(xml)) {
    if (tag.open && !tag.close) {
      if (tag.name === "w:p") for (const open of stack) if (open.name === "w:p") open.nested = true;
      stack.push({ name: tag.name, start: tag.start, nested: false });
    } else if (tag.open && tag.close && tag.name === "w:p") {
      found.push({ start: tag.start, end: tag.end, inCell: stack.some((o) => o.name === "w:tc") });
    } else if (!tag.open) {
      const open = stack.pop();
      if (open?.name !== tag.name) throw new Error(`unbalanced XML: </${tag.name}> closes <${open?.name}>`);
      if (open.name === "w:p" && !open.nested)
        found.push({ start: open.start, end: tag.end, inCell: stack.some((o) => o.name === "w:tc") });
    }
  }
  return found;
}

/** A paragraph's text as the reader sees it: its runs' w:t joined (Word splits a word over several runs). */
export function paragraphText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? "")).join("");
}

/** The first element by this name directly inside the element given (`<w:pPr>…</w:pPr>` of a w:p), or "". */
export function firstChild(element: string, name: string): string {
  const root = childElements(element)[0];
  const inner = root && contentsOf(element, root.name);
  if (!inner) return "";
  const found = childElements(element.slice(inner.start, inner.end)).find((e) => e.name === name);
  return found ? element.slice(inner.start + found.start, inner.start + found.end) : "";
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] ?? "";
  });
}

/** An attribute's value on the first tag by this name (`w:val` of `<w:pStyle w:val="Rubrik1"/>`). */
export function attribute(xml: string, tag: string, name: string): string | undefined {
  const found = new RegExp(`<${tag}\\s[^>]*?\\b${name}="([^"]*)"`).exec(xml);
  return found?.[1] === undefined ? undefined : unescapeXml(found[1]);
}
