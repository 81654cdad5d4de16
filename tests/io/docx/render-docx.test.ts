import JSZip from "jszip";
import { docxBytes } from "../../../src/io/docx/render-docx";
import { handMadeLayout } from "./hand-made-layout";

/** The parts of the .docx a word processor reads, as text. */
async function parts(): Promise<{ document: string; styles: string; core: string; all: string[] }> {
  const zip = await JSZip.loadAsync(await docxBytes(handMadeLayout()));
  const read = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`the .docx has no ${name}`);
    return file.async("string");
  };
  return {
    document: await read("word/document.xml"),
    styles: await read("word/styles.xml"),
    core: await read("docProps/core.xml"),
    all: Object.keys(zip.files),
  };
}

/** Each paragraph outside the tables, as its style and its text. */
function paragraphs(xml: string): { style: string | undefined; text: string; xml: string }[] {
  const outside = xml.replace(/<w:tbl>.*?<\/w:tbl>/gs, "");
  return [...outside.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1] ?? "")?.[1],
    text: textOf(m[1] ?? ""),
    xml: m[1] ?? "",
  }));
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

/** The table's rows: whether each repeats as a header, and each cell's text, alignment and borders. */
function rows(xml: string): { header: boolean; cells: { text: string; jc: string; xml: string }[] }[] {
  const table = /<w:tbl>(.*?)<\/w:tbl>/s.exec(xml)?.[1] ?? "";
  return [...table.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((r) => ({
    header: /<w:tblHeader\/>/.test(r[1] ?? ""),
    cells: [...(r[1] ?? "").matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => ({
      text: textOf(c[1] ?? ""),
      jc: /<w:jc w:val="([^"]+)"/.exec(c[1] ?? "")?.[1] ?? "",
      xml: c[1] ?? "",
    })),
  }));
}

/** A style's definition in styles.xml. */
function style(styles: string, id: string): string {
  const found = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>(.*?)</w:style>`, "s").exec(styles);
  if (!found) throw new Error(`no style ${id}`);
  return found[1] ?? "";
}

describe("the tjänsteskrivelse as a .docx (a hand-made layout)", () => {
  it("is an A4 portrait page with the layout's margins (25 mm = 1417 twips)", async () => {
    const { document } = await parts();
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(document)?.[1] ?? "";
    for (const side of ["top", "right", "bottom", "left"]) expect(margins).toContain(`w:${side}="1417"`);
  });

  it("sets the title and sections in Word's own heading styles, with outline levels for the navigation pane", async () => {
    const { document, styles } = await parts();
    const byText = new Map(paragraphs(document).map((p) => [p.text, p.style]));
    expect(byText.get("Delårsrapport per den 30 april med prognos för helår 2024")).toBe("Heading1");
    expect(byText.get("Förslag till beslut")).toBe("Heading2");
    expect(byText.get("Ärende")).toBe("Heading2");
    expect(byText.get("Per anslagsbindningsnivå")).toBe("Heading3");
    for (const level of [1, 2, 3]) {
      // Word's built-in names (a Swedish Word shows them as Rubrik 1–3)
      expect(styles).toMatch(new RegExp(`w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>`));
      expect(style(styles, `Heading${level}`)).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    }
  });

  it("is Swedish: the language of every run (spelling, hyphenation) and the body font from the layout", async () => {
    const { styles } = await parts();
    const defaults = /<w:docDefaults>(.*?)<\/w:docDefaults>/s.exec(styles)?.[1] ?? "";
    expect(defaults).toContain('<w:lang w:val="sv-SE"/>');
    expect(defaults).toContain('w:ascii="Calibri"');
    expect(defaults).toContain('<w:sz w:val="22"/>'); // 11 pt
  });

  it("puts the caption above its table, in the Caption style (Beskrivning)", async () => {
    const { document, styles } = await parts();
    const caption = "Tabell 1. Driftredovisning per anslagsbindningsnivå (tkr)";
    const before = document.slice(0, document.indexOf("<w:tbl>"));
    const last = paragraphs(before).at(-1);
    expect(last).toMatchObject({ style: "Caption", text: caption });
    expect(styles).toMatch(/w:styleId="Caption"><w:name w:val="caption"\/>/);
  });

  it("repeats both header rows on every page, and only them", async () => {
    const table = rows((await parts()).document);
    expect(table.map((r) => r.header)).toEqual([true, true, false, false, false, false, false]);
    expect(table[0]?.cells.map((c) => c.text)).toEqual(["", "Helår"]);
    expect(table[0]?.cells[1]?.xml).toContain('<w:gridSpan w:val="3"/>');
  });

  it("right-aligns every figure and left-aligns the names, in fixed columns of the layout's shares", async () => {
    const { document } = await parts();
    for (const row of rows(document).slice(1)) {
      if (row.cells.length === 1) continue; // the group row: its name across the table
      expect(row.cells.map((c) => c.jc)).toEqual(["left", "right", "right", "right"]);
    }
    const line = rows(document).find((r) => r.cells[0]?.text === "Äldreomsorg");
    expect(line?.cells.map((c) => c.text)).toEqual([
      "Äldreomsorg",
      "120\u00a0000",
      "123\u00a0500",
      "\u22123\u00a0500",
    ]);
    expect(document).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((s, w) => s + w, 0)).toBe(11906 - 2 * 1417);
    expect(grid[0]).toBeCloseTo(grid[1]! * 2, -1);
  });

  it("sets group, subtotal and total rows in bold, and rules off subtotals and totals", async () => {
    const table = rows((await parts()).document).slice(2);
    const bold = (cell: { xml: string }): boolean => /<w:b\/>/.test(cell.xml);
    const ruledAbove = (cell: { xml: string }): boolean =>
      /<w:tcBorders><w:top w:val="single"/.test(cell.xml);
    const byName = new Map(table.map((r) => [r.cells[0]?.text, r.cells]));
    expect(byName.get("Vård och omsorg")?.every(bold)).toBe(true);
    expect(byName.get("Äldreomsorg")?.some(bold)).toBe(false);
    for (const name of ["Summa vård och omsorg", "Totalt"]) {
      expect(byName.get(name)?.every(bold)).toBe(true);
      expect(byName.get(name)?.every(ruledAbove)).toBe(true);
    }
    expect(byName.get("Äldreomsorg")?.some(ruledAbove)).toBe(false);
  });

  it("marks the placeholder for the economist's own words, and sets the meta lines and the note apart", async () => {
    const { document, styles } = await parts();
    const byText = new Map(paragraphs(document).map((p) => [p.text, p.style]));
    expect(byText.get("[Skriv bakgrunden här.]")).toBe("Platshallare");
    const placeholder = style(styles, "Platshallare");
    expect(placeholder).toContain("<w:i/>");
    expect(placeholder).toMatch(/<w:shd [^>]*w:fill="FFF2CC"/);
    expect(styles).toContain('<w:name w:val="Platshållare"/>');
    expect(byText.get("Socialnämnden")).toBe("Metarad");
    expect(byText.get("2024-05-13")).toBe("Metarad");
    expect(byText.get("Negativa belopp är underskott.")).toBe("Tabellnot");
  });

  it("keeps bold and italic runs, and numbers an ordered list from 1", async () => {
    const { document } = await parts();
    expect(document).toMatch(
      /<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">\u22121\u00a0234 tkr<\/w:t>/,
    );
    expect(document).toMatch(
      /<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">\u22123\u00a0500 tkr<\/w:t>/,
    );
    const numbered = paragraphs(document).filter((p) => /<w:numPr>/.test(p.xml));
    expect(numbered.map((p) => p.text)).toEqual([
      "Äldreomsorg: fler hemtjänsttimmar än budgeterat.",
      "Individ- och familjeomsorg.",
      "Första punkten",
      "Andra punkten",
    ]);
  });

  it("sets a table of more than seven columns (a comparison's) a size smaller, so names still fit", async () => {
    const layout = handMadeLayout();
    const nine = {
      kind: "table" as const,
      caption: "Tabell 2. Nio kolumner (mnkr)",
      columns: Array.from({ length: 9 }, (_, i) => ({
        widthPercent: i === 0 ? 20 : 10,
        align: i === 0 ? ("left" as const) : ("right" as const),
      })),
      header: [Array.from({ length: 9 }, (_, i) => ({ text: `K${i}` }))],
      rows: [{ kind: "line" as const, cells: Array.from({ length: 9 }, (_, i) => `${i},0`) }],
    };
    layout.blocks.push(nine);
    const zip = await JSZip.loadAsync(await docxBytes(layout));
    const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const styles = (await zip.file("word/styles.xml")?.async("string")) ?? "";
    const [four = "", wide = ""] = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
    expect(four).toContain('<w:pStyle w:val="Tabelltext"/>');
    expect(four).not.toContain("TabelltextLiten");
    expect(wide.match(/<w:pStyle w:val="TabelltextLiten"\/>/g)).toHaveLength(18);
    expect(style(styles, "Tabelltext")).toContain('<w:sz w:val="20"/>'); // 10 pt
    expect(style(styles, "TabelltextLiten")).toContain('<w:sz w:val="18"/>'); // 9 pt
  });

  it("holds only plain WordprocessingML: no fields to update, no embedded HTML", async () => {
    const { document, all, core } = await parts();
    expect(document).not.toMatch(/altChunk|w:fldChar|w:instrText|w:fldSimple/);
    expect(all.some((name) => /\.html?$|afchunk/i.test(name))).toBe(false);
    expect(core).toContain("<dc:title>Delårsrapport per den 30 april med prognos för helår 2024</dc:title>");
  });
});

describe("the footer", () => {
  it("gives the layout's line and the page as Sida n (m), the word processor's own PAGE and NUMPAGES", async () => {
    const zip = await JSZip.loadAsync(await docxBytes(handMadeLayout()));
    const name = Object.keys(zip.files).find((n) => /^word\/footer\d*\.xml$/.test(n));
    const footer = (name && (await zip.file(name)?.async("string"))) ?? "";
    expect(textOf(footer)).toContain(
      "Socialnämnden · Delårsrapport per den 30 april med prognos för helår 2024",
    );
    expect(textOf(footer)).toContain("Sida ");
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(document).toMatch(/<w:footerReference w:type="default"/);
  });
});
