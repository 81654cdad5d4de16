import JSZip from "jszip";

/**
 * A municipality's Word template, as a Swedish Word saves one: a letterhead table, a header part, its own
 * styles under Swedish ids ("Rubrik1" named "heading 1", "Beskrivning" named "caption"), Arial, 20 mm
 * margins, and placeholders, one of them split over three runs as Word's spell-check and edits leave it.
 */
export const LETTERHEAD = "LOMMA KOMMUN · Socialförvaltningen";
export const HEADER_TEXT = "Tjänsteskrivelse · Dnr SN 2024/117";
export const OWN_TEXT = "Beslutet expedieras till kommunstyrelsen och revisionen.";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export const HEADER_XML = `${XML}<w:hdr ${W} ${R}><w:p><w:pPr><w:pStyle w:val="Sidhuvud"/><w:jc w:val="right"/></w:pPr><w:r><w:t>${HEADER_TEXT}</w:t></w:r></w:p></w:hdr>`;

/** The letterhead: a table of one row, the municipality's name and the date's placeholder, right-aligned. */
export const LETTERHEAD_XML =
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="6000"/><w:gridCol w:w="3638"/></w:tblGrid>` +
  `<w:tr><w:tc><w:tcPr><w:tcW w:w="6000" w:type="dxa"/></w:tcPr><w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>${LETTERHEAD}</w:t></w:r></w:p></w:tc>` +
  `<w:tc><w:tcPr><w:tcW w:w="3638" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>{{datum}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;

const paragraph = (text: string, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** {{tabell_nivåer}} as Word saves it after a correction: three runs and a spell-check mark between. */
const SPLIT_PLACEHOLDER =
  '<w:p><w:r><w:t>{{tabell_</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:lang w:val="sv-SE"/></w:rPr><w:t>niv</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t>åer}}</w:t></w:r></w:p>';

export const DEFAULT_BODY = [
  LETTERHEAD_XML,
  paragraph("{{titel}}"),
  paragraph("{{nämnd}}"),
  paragraph("Förslag till beslut", "Rubrik2"),
  paragraph("{{beslut}}"),
  paragraph("Ärende", "Rubrik2"),
  paragraph("{{ärende}}"),
  SPLIT_PLACEHOLDER,
  paragraph("{{tabell_förklaringar}}"),
  paragraph("Bakgrund", "Rubrik2"),
  paragraph("{{bakgrund}}"),
  paragraph(OWN_TEXT),
].join("");

const STYLES = `${XML}<w:styles ${W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="21"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Beskrivning"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidhuvud"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
</w:styles>`;

/** A numbering part of the template's own, as Word writes one for a bulleted list: ids 0 and 1. */
export const OWN_NUMBERING = `${XML}<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

/**
 * A Word template with the body given (paragraphs and tables of WordprocessingML), and a numbering part
 * of its own when one is given.
 */
export async function wordTemplate(body: string = DEFAULT_BODY, numbering?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`,
  );
  if (numbering) {
    zip.file("word/numbering.xml", numbering);
    await addPart(
      zip,
      "numbering",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
    );
  }
  zip.file("word/styles.xml", STYLES);
  zip.file("word/header1.xml", HEADER_XML);
  zip.file(
    "word/document.xml",
    `${XML}<w:document ${W} ${R}><w:body>${body}<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

async function addPart(zip: JSZip, type: string, contentType: string): Promise<void> {
  const rels = (await zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "";
  zip.file(
    "word/_rels/document.xml.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${type}.xml"/></Relationships>`,
    ),
  );
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/word/${type}.xml" ContentType="${contentType}"/></Types>`,
    ),
  );
}
