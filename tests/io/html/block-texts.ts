/**
 * The text of each paragraph-like element of the clipboard HTML (headings, paragraphs, list items, table
 * cells), in document order, as a reader sees it: tags gone, entities read, whitespace normalised. The
 * renderer writes none of these inside another, so a pattern reads them without a DOM.
 */
export function htmlBlockTexts(html: string): string[] {
  const body = html.replace(/^[\s\S]*<body[^>]*>/, "").replace(/<\/body>[\s\S]*$/, "");
  return [...body.matchAll(/<(h[1-3]|p|li|th|td)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
    normalise(decodeEntities((m[2] ?? "").replace(/<[^>]*>/g, ""))),
  );
}

/** The text of each paragraph of a .docx's document.xml (body paragraphs and table cells), in order. */
export function docxParagraphTexts(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) =>
    normalise(
      decodeEntities(
        [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
          .map((t) => (t[0] === "<w:tab/>" ? " " : (t[1] ?? "")))
          .join(""),
      ),
    ),
  );
}

/**
 * Runs of ordinary white space as one space (where a line breaks is the renderer's); a no-break space is
 * kept, being part of how a figure is written (JavaScript's \s would take it too).
 */
export function normalise(text: string): string {
  return text.replace(/[ \t\r\n]+/g, " ").trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
