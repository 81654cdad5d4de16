import JSZip from "jszip";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DocumentLayout, DocumentTable } from "../../../src/core/document/document-layout";
import { layoutDocument } from "../../../src/core/document/layout-document";
import { fillTemplate, readTemplate } from "../../../src/io/docx/fill-template";
import { lommaResult } from "../../core/document/document-builder";
import { renderToPngs } from "../../helpers/libreoffice";
import { plainFigures, printedText } from "../../helpers/pdf-text";
import { tempDir } from "../../helpers/xlsx";
import { HEADER_TEXT, HEADER_XML, LETTERHEAD, OWN_NUMBERING, OWN_TEXT, wordTemplate } from "./word-template";

const DOCS = join(__dirname, "..", "..", "..", "docs");

let layout: DocumentLayout;
beforeAll(async () => {
  layout = layoutDocument({ result: await lommaResult(), generatedAt: "2024-05-13 09:00" });
});

/** The template filled with this layout, as bytes. */
async function fill(bytes: Uint8Array, filling: DocumentLayout = layout): Promise<Uint8Array> {
  const read = await readTemplate(bytes);
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join("\n"));
  return fillTemplate(read.template, filling);
}

async function filled(template: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(await fill(template));
}

async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`no ${name}`);
  return file.async("string");
}

/** Each paragraph's style and text, in order (table cells included). */
function paragraphs(xml: string): { style: string | undefined; text: string }[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1] ?? "")?.[1],
    text: [...(m[1] ?? "").matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  }));
}

const levelTable = (): DocumentTable => {
  const table = layout.blocks.find((b): b is DocumentTable => b.kind === "table");
  if (!table) throw new Error("Lomma's layout has a level table");
  return table;
};

describe("a municipality's own Word template, filled with Lomma's tjänsteskrivelse", () => {
  it("keeps the letterhead, the header part, the page and the template's own text as they are", async () => {
    const template = await JSZip.loadAsync(await wordTemplate());
    const zip = await filled(await wordTemplate());
    expect(await part(zip, "word/header1.xml")).toBe(HEADER_XML);
    const document = await part(zip, "word/document.xml");
    const original = await part(template, "word/document.xml");
    // the letterhead's first cell and the section (header reference, 20 mm margins) byte for byte
    const cell = /<w:tc><w:tcPr><w:tcW w:w="6000"[^]*?<\/w:tc>/.exec(original)?.[0] ?? "";
    expect(cell).toContain(LETTERHEAD);
    expect(document).toContain(cell);
    const section = /<w:sectPr>[^]*<\/w:sectPr>/.exec(original)?.[0] ?? "";
    expect(document).toContain(section);
    expect(paragraphs(document).at(-1)).toEqual({ style: undefined, text: OWN_TEXT });
    expect(document).not.toContain("{{");
    expect(document).not.toMatch(/tabell_|åer}}/);
  });

  it("sets the title in the template's own heading 1 (Rubrik1) and the tables' captions in its caption style", async () => {
    const zip = await filled(await wordTemplate());
    const document = await part(zip, "word/document.xml");
    const styles = await part(zip, "word/styles.xml");
    const byText = new Map(paragraphs(document).map((p) => [p.text, p.style]));
    expect(byText.get("Delårsrapport per den 30 april med prognos för helår 2024")).toBe("Rubrik1");
    // the template's own headings, untouched
    expect(byText.get("Ärende")).toBe("Rubrik2");
    // the template's two tables, numbered 1 and 2 in its order, in Beskrivning (caption)
    expect(byText.get("Tabell 1. Avvikelse per anslagsbindningsnivå (tkr)")).toBe("Beskrivning");
    expect(byText.get("Tabell 2. Prognostiserad budgetavvikelse helår, viktigaste förklaringar (tkr)")).toBe(
      "Beskrivning",
    );
    // no style of Word's own is added beside the template's: no second heading 1 or caption
    expect(styles.match(/<w:name w:val="heading 1"\/>/g)).toHaveLength(1);
    expect(styles.match(/<w:name w:val="caption"\/>/g)).toHaveLength(1);
    expect(styles).not.toMatch(/w:styleId="Heading1"|w:styleId="Caption"/);
    // ours the template lacks are added, in the template's font (none of their own)
    for (const id of ["Metarad", "Tabelltext", "Platshallare", "ListParagraph"])
      expect(styles).toMatch(new RegExp(`w:styleId="${id}"`));
    expect(styles).not.toContain("Calibri");
    // every style a paragraph names is defined
    for (const p of paragraphs(document)) if (p.style) expect(styles).toContain(`w:styleId="${p.style}"`);
  });

  it("fills the level table (its placeholder split over three runs) with every level's figures", async () => {
    const zip = await filled(await wordTemplate());
    const document = await part(zip, "word/document.xml");
    const texts = paragraphs(document).map((p) => p.text);
    for (const row of levelTable().rows) {
      const at = texts.indexOf(row.cells[0] ?? "");
      expect(at).toBeGreaterThan(0);
      expect(texts.slice(at, at + row.cells.length)).toEqual(row.cells);
    }
    // two tables of ours beside the letterhead's, repeating their header rows
    expect(document.match(/<w:tbl>/g)).toHaveLength(3);
    expect(document).toContain("<w:tblHeader/>");
  });

  it("keeps the formatting of a one-line placeholder's paragraph: the date right-aligned and italic in the letterhead", async () => {
    const zip = await filled(await wordTemplate());
    const document = await part(zip, "word/document.xml");
    expect(document).toContain(
      '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">2024-05-13</w:t></w:r></w:p></w:tc>',
    );
  });

  it("numbers the decision in a numbering part of its own, added to the template with its relationship", async () => {
    const zip = await filled(await wordTemplate());
    const document = await part(zip, "word/document.xml");
    const numbering = await part(zip, "word/numbering.xml");
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(document)?.[1];
    expect(numId).toBeDefined();
    const num = new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering);
    expect(num).not.toBeNull();
    expect(numbering).toMatch(
      new RegExp(`<w:abstractNum w:abstractNumId="${num?.[1]}"[^>]*>.*?<w:numFmt w:val="decimal"/>`, "s"),
    );
    expect(await part(zip, "word/_rels/document.xml.rels")).toMatch(
      /Type="[^"]*\/numbering" Target="numbering.xml"/,
    );
    expect(await part(zip, "[Content_Types].xml")).toContain('PartName="/word/numbering.xml"');
  });

  it("escapes the texts: a title with & and < stays XML", async () => {
    const ownTitle = layoutDocument({
      result: await lommaResult({ document: { title: "Budget & prognos <april>" } }),
      generatedAt: "2024-05-13 09:00",
    });
    const document = await part(
      await JSZip.loadAsync(await fill(await wordTemplate(), ownTitle)),
      "word/document.xml",
    );
    expect(document).toContain("Budget &amp; prognos &lt;april&gt;");
  });

  it("LibreOffice prints the letterhead, the header, the title and every level's deviation", async () => {
    const file = join(tempDir(), "tjänsteskrivelse-mall.docx");
    writeFileSync(file, await fill(await wordTemplate()));
    const lines = plainFigures(await printedText(file)).split("\n");
    const text = lines.join("\n");
    expect(text).toContain(LETTERHEAD);
    expect(text).toContain(HEADER_TEXT);
    expect(text.replace(/\s+/g, " ")).toContain("Delårsrapport per den 30 april med prognos för helår 2024");
    expect(text).toContain(OWN_TEXT);
    const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // each level's line as the report sheet shows it: its name, then its period and year figures
    for (const row of levelTable().rows) {
      const cells = row.cells.map((c) => escape(plainFigures(c)));
      const line = new RegExp(`^\\s*${cells.join("\\s+")}\\s*$`);
      expect({ row: row.cells[0], printed: lines.some((l) => line.test(l)) }).toEqual({
        row: row.cells[0],
        printed: true,
      });
    }
  }, 180_000);

  it("renders its first page (docs/tjansteskrivelse-mall.png with UPDATE_DOCS=1)", async () => {
    const file = join(tempDir(), "tjansteskrivelse-mall.docx");
    writeFileSync(file, await fill(await wordTemplate()));
    const pngs = await renderToPngs(file, 100);
    expect(pngs.length).toBeGreaterThanOrEqual(1);
    const first = readFileSync(pngs[0] ?? "");
    expect(first.readUInt32BE(20) / first.readUInt32BE(16)).toBeCloseTo(297 / 210, 2);
    if (process.env.UPDATE_DOCS === "1") {
      mkdirSync(DOCS, { recursive: true });
      copyFileSync(pngs[0] ?? "", join(DOCS, "tjansteskrivelse-mall.png"));
    }
  }, 180_000);
});

describe("a template with lists of its own, and the whole document in one placeholder", () => {
  const BODY =
    '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Kommunens egen punkt</w:t></w:r></w:p>' +
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>{{tabell_nivåer}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>" +
    "<w:p><w:r><w:t>{{dokument}}</w:t></w:r></w:p>";

  it("keeps the template's list and numbers ours with ids of their own", async () => {
    const zip = await filled(await wordTemplate(BODY, OWN_NUMBERING));
    const numbering = await part(zip, "word/numbering.xml");
    const document = await part(zip, "word/document.xml");
    // the template's own, untouched, first
    expect(numbering).toContain('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>');
    expect(document).toContain('<w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Kommunens egen punkt');
    // the decision's list: a new num over a new abstractNum, decimal
    const ours = [...document.matchAll(/<w:numId w:val="(\d+)"\/>/g)]
      .map((m) => m[1])
      .filter((id) => id !== "1");
    expect(ours).toEqual(["2"]);
    expect(numbering).toMatch(/<w:num w:numId="2"><w:abstractNumId w:val="1"\/>/);
    expect(numbering).toMatch(/<w:abstractNum w:abstractNumId="1">.*?<w:numFmt w:val="decimal"\/>/s);
    // every abstractNum before the first num, as the schema wants
    expect(numbering.lastIndexOf("<w:abstractNum ")).toBeLessThan(numbering.indexOf("<w:num "));
  });

  it("{{dokument}} brings the default document's sections under the template's own heading 2 (Rubrik2)", async () => {
    const zip = await filled(await wordTemplate(BODY, OWN_NUMBERING));
    const byText = new Map(paragraphs(await part(zip, "word/document.xml")).map((p) => [p.text, p.style]));
    expect(byText.get("Förslag till beslut")).toBe("Rubrik2");
    expect(byText.get("Bakgrund")).toBe("Rubrik2");
    expect(byText.get("Delårsrapport per den 30 april med prognos för helår 2024")).toBe("Rubrik1");
  });

  it("a table placed in a table's cell leaves the cell ending in a paragraph, as Word requires", async () => {
    const document = await part(await filled(await wordTemplate(BODY, OWN_NUMBERING)), "word/document.xml");
    expect(document).toMatch(/<\/w:tbl><w:p\/><\/w:tc>/);
  });
});

describe("a placeholder that ends a section (a landscape section for the tables)", () => {
  it("keeps the section's page setup after what fills it", async () => {
    const landscape = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>';
    const body =
      `<w:p><w:pPr>${landscape}</w:pPr><w:r><w:t>{{tabeller}}</w:t></w:r></w:p>` +
      "<w:p><w:r><w:t>{{bakgrund}}</w:t></w:r></w:p>";
    const document = await part(await filled(await wordTemplate(body)), "word/document.xml");
    expect(document).toMatch(
      new RegExp(`</w:tbl>(<w:p>(?:(?!</w:p>).)*</w:p>)*<w:p><w:pPr>${landscape}</w:pPr></w:p>`),
    );
    expect(document.indexOf(landscape)).toBeLessThan(document.indexOf("[Skriv bakgrunden här"));
  });
});

describe("reading a template before the report is made", () => {
  it("lists its placeholders in the document's order, the one split over three runs among them", async () => {
    const read = await readTemplate(await wordTemplate());
    expect(read.ok && read.template.placeholders).toEqual([
      "datum",
      "titel",
      "nämnd",
      "beslut",
      "ärende",
      "tabell_nivåer",
      "tabell_förklaringar",
      "bakgrund",
    ]);
  });

  it("fills the same template twice alike (the pane's second download)", async () => {
    const read = await readTemplate(await wordTemplate());
    if (!read.ok) throw new Error("read");
    const texts = async (bytes: Uint8Array) => part(await JSZip.loadAsync(bytes), "word/document.xml");
    const first = await texts(await fillTemplate(read.template, layout));
    expect(await texts(await fillTemplate(read.template, layout))).toBe(first);
  });
});

describe("a template that cannot be filled says why, in Swedish", () => {
  it("an unknown placeholder (a misspelling) is named, with the ones that exist", async () => {
    const result = await readTemplate(
      await wordTemplate("<w:p><w:r><w:t>{{sammanfatning}}</w:t></w:r></w:p>"),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([
      ["template-placeholder-unknown", "error"],
    ]);
    expect(result.issues[0]?.message).toContain("{{sammanfatning}}");
    expect(result.issues[0]?.message).toContain("{{tabell_nivåer}}");
  });

  it("a template with no placeholder would fill nothing", async () => {
    const result = await readTemplate(await wordTemplate("<w:p><w:r><w:t>Bara brevhuvud</w:t></w:r></w:p>"));
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(["template-no-placeholder"]);
  });

  it.each([
    ["not a zip (a text file)", new TextEncoder().encode("{{titel}}")],
    ["a zip without a Word document (an .xlsx, say)", "xlsx"],
  ])("%s is not a Word document", async (_, bytes) => {
    const input =
      bytes === "xlsx"
        ? await new JSZip().file("xl/workbook.xml", "<workbook/>").generateAsync({ type: "uint8array" })
        : (bytes as Uint8Array);
    const result = await readTemplate(input);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(["template-unreadable"]);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/^Word-mallen gick inte att läsa/);
  });
});
