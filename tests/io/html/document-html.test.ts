import { join } from "node:path";
import JSZip from "jszip";
import type { DocumentLayout } from "../../../src/core/document/document-layout";
import { layoutDocument } from "../../../src/core/document/layout-document";
import { runOnWorkbook, savedChoices } from "../../../src/core/state/run-on-workbook";
import { docxBytes } from "../../../src/io/docx/render-docx";
import { renderDocumentHtml } from "../../../src/io/html/document-html";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import { docxParagraphTexts, htmlBlockTexts } from "./block-texts";
import { sampleDocument } from "./sample-document";

const EXAMPLE = join(__dirname, "..", "..", "..", "assets", "exempel-socialnamnden-2024-04.xlsx");
const MINUS = "\u2212";
const NBSP = "\u00a0";

/** The opening tags of one element name, with their attributes. */
const tags = (html: string, name: string): string[] =>
  [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, "g"))].map((m) => m[0]);

/** The `<tr>` holding a cell with this text. */
const rowWith = (html: string, text: string): string =>
  [...html.matchAll(/<tr>[\s\S]*?<\/tr>/g)].map((m) => m[0]).find((tr) => tr.includes(`>${text}<`)) ?? "";

describe("the tjänsteskrivelse as clipboard HTML", () => {
  const doc = sampleDocument();
  const { html, body, text } = renderDocumentHtml(doc);

  it("keeps the user's words as words: markup and formula-like text are escaped, never markup", () => {
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; =SUMMA(A1:A3)");
    expect(htmlBlockTexts(html)).toContain("<script>alert(1)</script> & =SUMMA(A1:A3)");
    expect(htmlBlockTexts(html)).toContain("=SUMMA(B2:B3)");
    // a quote cannot end an attribute either
    const quoted: DocumentLayout = {
      ...doc,
      blocks: [{ kind: "heading", level: 1, text: `"><img src=x onerror=alert(1)>` }],
    };
    const q = renderDocumentHtml(quoted).html;
    expect(tags(q, "img")).toEqual([]);
    expect(htmlBlockTexts(q)).toEqual([`"><img src=x onerror=alert(1)>`]);
  });

  it("uses the elements Word maps to its own styles: h1–h3, p, ul/ol with li, a table with a thead", () => {
    expect(htmlBlockTexts(body).slice(0, 4)).toEqual([
      "Delårsrapport per den 30 april med prognos för helår 2024",
      "Socialnämnden",
      "2024-05-14",
      "Förslag till beslut",
    ]);
    expect(tags(body, "h1")).toHaveLength(1);
    expect(tags(body, "h2")).toHaveLength(3);
    expect(tags(body, "ul")).toHaveLength(1);
    expect(tags(body, "li")).toHaveLength(2);
    expect(tags(body, "b")).toHaveLength(1);
    expect(body).toContain(`<b>19,6${NBSP}mnkr</b>`);
    expect(body).toContain("<i>LSS</i>");
    // the header rows in the thead (Word repeats them on every page), the figures in the tbody
    const thead = /<thead>([\s\S]*?)<\/thead>/.exec(body)?.[1] ?? "";
    expect(tags(thead, "tr")).toHaveLength(2);
    expect(tags(thead, "th")).toHaveLength(7);
    expect(thead).toMatch(/<th colspan="2"[^>]*>Helår<\/th>/);
    expect(tags(/<tbody>([\s\S]*?)<\/tbody>/.exec(body)?.[1] ?? "", "tr")).toHaveLength(6);
    // the caption, with its unit, just before its table
    expect(body).toMatch(/>Tabell 1\. Avvikelse per anslagsbindningsnivå \(tkr\)<\/p>\n<table/);
  });

  it("styles inline only (a paste loses style sheets and classes)", () => {
    expect(html).not.toMatch(/<style|class=|<link/);
    expect(tags(body, "td").every((t) => t.includes('style="'))).toBe(true);
    expect(tags(body, "p")[0]).toContain("font-family:Calibri, Arial, sans-serif;font-size:11pt");
  });

  it("right-aligns the figures, bolds subtotal and total rows with a rule above, and marks the placeholder", () => {
    const line = rowWith(body, "Äldreomsorg");
    expect(tags(line, "td").map((t) => /text-align:(\w+)/.exec(t)?.[1])).toEqual([
      "left",
      "right",
      "right",
      "right",
    ]);
    expect(line).not.toContain("font-weight:bold");
    for (const label of ["Summa vård och omsorg", "Totalt"]) {
      const row = rowWith(body, label);
      expect(tags(row, "td").every((t) => /font-weight:bold;border-top:solid/.test(t))).toBe(true);
    }
    expect(rowWith(body, "Vård och omsorg")).not.toContain("border-top");
    const placeholder = /<p [^>]*>\[Skriv bakgrunden här\.\]<\/p>/.exec(body)?.[0] ?? "";
    expect(placeholder).toMatch(/font-style:italic/);
    expect(placeholder).toMatch(/background:#FFF2CC/);
    // figures as the layout wrote them: U+2212 and the no-break space, untouched
    expect(line).toContain(`>${MINUS}7${NBSP}300<`);
  });

  it("has a plain-text version: the same words, a table's cells separated by tabs", () => {
    expect(text).toContain("Delårsrapport per den 30 april med prognos för helår 2024\n\nSocialnämnden");
    expect(text).toContain(`Äldreomsorg\t1${NBSP}200\t310${NBSP}000\t${MINUS}7${NBSP}300\n`);
    // the spanned heading keeps the columns under it
    expect(text).toContain("\tPerioden\tHelår\t\nAnslagsbindningsnivå\tAvvikelse\tPrognos\tAvvikelse");
    expect(text).toContain("– <script>alert(1)</script> & =SUMMA(A1:A3)");
    // every text of the HTML is in the plain text
    for (const t of htmlBlockTexts(body).filter((t) => t !== "")) expect(text).toContain(t);
  });
});

describe("the clipboard HTML and the .docx hold the same text", () => {
  /** The texts of both, paragraph by paragraph and cell by cell, empty ones (blank cells) left out. */
  async function bothTexts(layout: DocumentLayout): Promise<{ html: string[]; docx: string[] }> {
    const zip = await JSZip.loadAsync(await docxBytes(layout));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const nonEmpty = (texts: string[]) => texts.filter((t) => t !== "");
    return {
      html: nonEmpty(htmlBlockTexts(renderDocumentHtml(layout).html)),
      docx: nonEmpty(docxParagraphTexts(xml)),
    };
  }

  it("for a layout made by hand: headings, runs, list items, every header and figure cell, the placeholder", async () => {
    const { html, docx } = await bothTexts(sampleDocument());
    expect(docx).toEqual(html);
    expect(html).toContain(`${MINUS}5${NBSP}900`);
  });

  it("for the example workbook's tjänsteskrivelse, as the command line makes it", async () => {
    const grid = await readGridFile(EXAMPLE);
    const { state, choices } = savedChoices(grid);
    const output = runOnWorkbook(grid, state, choices, { fallbackYear: 2024 });
    if (!output.result) throw new Error("the example has errors");
    const layout = layoutDocument({ result: output.result, generatedAt: "2024-05-13 09:00" });
    const { html, docx } = await bothTexts(layout);
    expect(html.length).toBeGreaterThan(40);
    expect(docx).toEqual(html);
  });
});
