import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { docxBytes } from "../../../src/io/docx/render-docx";
import { convertWithLibreOffice } from "../../helpers/libreoffice";
import { tempDir } from "../../helpers/xlsx";
import { handMadeLayout } from "./hand-made-layout";

/**
 * Another word processor reads the .docx as meant: LibreOffice opens the hand-made layout's document
 * and saves it in its own format (flat ODF), where what it understood is written out plainly.
 */
describe("the .docx as LibreOffice reads it (a hand-made layout)", () => {
  let odf: string;

  beforeAll(async () => {
    const file = join(tempDir(), "tjanst.docx");
    writeFileSync(file, await docxBytes(handMadeLayout()));
    odf = readFileSync(join(await convertWithLibreOffice(file, "fodt"), "tjanst.fodt"), "utf8");
  }, 180_000);

  it("sees real headings with outline levels (its navigator and a table of contents list them)", () => {
    const headings = [...odf.matchAll(/<text:h [^>]*text:outline-level="(\d)"[^>]*>([^<]*)/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(headings).toEqual([
      "1 Delårsrapport per den 30 april med prognos för helår 2024",
      "2 Förslag till beslut",
      "2 Ärende",
      "3 Per anslagsbindningsnivå",
      "2 Bakgrund",
    ]);
  });

  it("repeats the table's two header rows on each page", () => {
    const header = /<table:table-header-rows>(.*?)<\/table:table-header-rows>/s.exec(odf)?.[1] ?? "";
    expect(header.match(/<table:table-row[ >]/g)).toHaveLength(2);
    expect(header).toContain("Avvikelse");
    expect(header).not.toContain("Äldreomsorg");
  });

  it("lays out an A4 portrait page and Swedish text", () => {
    const page = /<style:page-layout-properties [^>]*fo:page-width[^>]*>/.exec(odf)?.[0] ?? "";
    // in the unit of the profile's locale: centimetres in Sweden, inches elsewhere
    const mm = (name: string): number => {
      const [, value = "", unit = ""] = new RegExp(`${name}="([\\d.]+)(cm|in|mm)"`).exec(page) ?? [];
      return Number(value) * { cm: 10, in: 25.4, mm: 1 }[unit as "cm" | "in" | "mm"];
    };
    expect(mm("fo:page-width")).toBeCloseTo(210, 0);
    expect(mm("fo:page-height")).toBeCloseTo(297, 0);
    expect(mm("fo:margin-left")).toBeCloseTo(25, 0);
    expect(page).toContain('style:print-orientation="portrait"');
    expect(odf).toContain('fo:language="sv" fo:country="SE"');
    expect(odf).not.toMatch(/fo:language="en"/);
  });
});
