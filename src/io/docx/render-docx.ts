import type { ISectionOptions, Table } from "docx";
import { Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TabStopType, TextRun } from "docx";
import type { DocumentBlock, DocumentLayout, Inline } from "../../core/document/document-layout";
import { pageProperties, textWidthTwips } from "./docx-page";
import { BULLET_LIST, documentNumbering, documentStyles, ORDERED_LIST, STYLE } from "./docx-styles";
import { renderTable } from "./docx-table";

/**
 * The tjänsteskrivelse as a Word document: the layout translated, nothing added to its content. Only
 * plain WordprocessingML: styles, paragraphs and tables; no field but the footer's page numbers, which
 * every word processor computes by itself; no embedded HTML
 * (altChunk, which LibreOffice does not show): nothing that looks right in one word processor only.
 * Runs in Node and in a browser alike: `Packer.toBuffer` or `Packer.toBlob` packs it, or `docxBytes`.
 */
export function renderDocx(layout: DocumentLayout): Document {
  const textWidth = textWidthTwips(layout.page);
  let lists = 0;
  const children = layout.blocks.flatMap((block) => {
    if (block.kind === "list") lists++;
    return renderBlock(block, textWidth, lists);
  });
  const section: ISectionOptions = {
    properties: { page: pageProperties(layout.page) },
    footers: { default: pageFooter(layout, textWidth) },
    children,
  };
  return new Document({
    title: layout.properties.title,
    subject: layout.properties.subject,
    creator: layout.properties.creator,
    lastModifiedBy: layout.properties.creator,
    styles: documentStyles(layout),
    numbering: documentNumbering(),
    sections: [section],
  });
}

/**
 * The layout's footer line, the page "Sida 2 (5)" at the right margin. The page and the page count are
 * the word processor's own PAGE and NUMPAGES fields: Word and LibreOffice compute them as they lay the
 * pages out, with nothing for the user to update.
 */
function pageFooter(layout: DocumentLayout, textWidth: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [
          new TextRun(layout.footer.text),
          new TextRun({
            children: [
              "\t",
              `${layout.footer.pageLabel} `,
              PageNumber.CURRENT,
              " (",
              PageNumber.TOTAL_PAGES,
              ")",
            ],
          }),
        ],
      }),
    ],
  });
}

/** The .docx file's bytes: a Uint8Array both in Node and in a browser. */
export async function docxBytes(layout: DocumentLayout): Promise<Uint8Array> {
  return Packer.pack(renderDocx(layout), "uint8array");
}

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const PARAGRAPH_STYLE = {
  body: undefined,
  meta: STYLE.meta,
  placeholder: STYLE.placeholder,
  note: STYLE.note,
} as const;

function renderBlock(block: DocumentBlock, textWidth: number, list: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADING[block.level], children: [new TextRun(block.text)] })];
    case "paragraph": {
      const style = PARAGRAPH_STYLE[block.style ?? "body"];
      return [new Paragraph({ ...(style ? { style } : {}), children: runs(block.runs) })];
    }
    case "list":
      return block.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: block.ordered ? ORDERED_LIST : BULLET_LIST, level: 0, instance: list },
            children: runs(item),
          }),
      );
    case "table":
      return renderTable(block, textWidth);
  }
}

function runs(inlines: readonly Inline[]): TextRun[] {
  return inlines.map(
    (r) =>
      new TextRun({
        text: r.text,
        ...(r.bold ? { bold: true } : {}),
        ...(r.italic ? { italics: true } : {}),
      }),
  );
}
