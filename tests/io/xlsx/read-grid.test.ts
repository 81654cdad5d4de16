import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { WorkbookGrid } from "../../../src/core/model/grid";
import { readGrid } from "../../../src/io/xlsx/read-grid";
import { workbookToGrid } from "../../../src/io/xlsx/read-workbook";

const ROOT = join(__dirname, "..", "..", "..");

/** The fast reader's grid and exceljs's, of the same bytes. */
async function bothReaders(data: Uint8Array): Promise<{ fast: WorkbookGrid; exceljs: WorkbookGrid }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data.slice().buffer);
  return { fast: await readGrid(data), exceljs: workbookToGrid(workbook) };
}

async function everyKindOfCell(options: { sharedStrings: boolean; date1904?: boolean }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (options.date1904) wb.properties.date1904 = true;
  wb.addWorksheet("Läs mig").getCell("A1").value = "Titel & <noter> \"citat\" 'apostrof'";
  const ws = wb.addWorksheet("Underlag");
  ws.getCell("A1").value = "Socialnämnden";
  ws.mergeCells("A1:D1");
  ws.getCell("A3").value = 1234.56;
  ws.getCell("B3").value = -0.07;
  ws.getCell("C3").value = true;
  ws.getCell("D3").value = { error: "#N/A" };
  ws.getCell("E3").value = { richText: [{ text: "Summa " }, { font: { bold: true }, text: "LSS" }] };
  ws.getCell("A4").value = { formula: "A3*2", result: 2469.12 };
  ws.getCell("B4").value = { formula: 'A1&"!"', result: "Socialnämnden & co" };
  ws.getCell("C4").value = { formula: "A3>0", result: true };
  ws.getCell("D4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("E4").value = { formula: "NOW()" };
  ws.getCell("A5").value = new Date(Date.UTC(2024, 3, 30));
  ws.getCell("B5").value = 45412;
  ws.getCell("B5").numFmt = "yyyy-mm-dd";
  ws.getCell("C5").value = 1500;
  ws.getCell("C5").numFmt = '#,##0 "kr"';
  ws.getCell("D5").value = 45412.5;
  ws.getCell("D5").numFmt = "[$-41D]d mmmm yyyy";
  ws.getCell("A6").value = { text: "länk", hyperlink: "https://example.invalid" };
  ws.getCell("B6").style = { font: { bold: true } }; // styled, empty
  ws.getCell("A7").value = "lodrät";
  ws.mergeCells("A7:A9");
  ws.getCell("C8").value = "";
  ws.getCell("F12").value = "långt bort";
  for (let r = 20; r < 25; r++) ws.getCell(r, 1).value = { formula: `A${r - 1}+1`, result: r };
  const hidden = wb.addWorksheet("Dold", { state: "hidden" });
  hidden.getCell("B2").value = 7;
  wb.addWorksheet("Mycket dold", { state: "veryHidden" }).getCell("A1").value = '{"version":1}';
  const buffer = await wb.xlsx.writeBuffer({
    useSharedStrings: options.sharedStrings,
  });
  return new Uint8Array(buffer);
}

/** An exceljs-written file whose second sheet's rows are replaced with hand-written XML. */
async function withSheetData(sheetData: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await everyKindOfCell({ sharedStrings: true }));
  const path = "xl/worksheets/sheet2.xml";
  const xml = (await zip.file(path)?.async("string")) ?? "";
  const patched = xml
    .replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, sheetData)
    .replace(/<mergeCells[\s\S]*?<\/mergeCells>/, "");
  zip.file(path, patched);
  return zip.generateAsync({ type: "uint8array" });
}

describe("readGrid: the command line's grid, the values exceljs reads", () => {
  it.each([
    ["the example", join(ROOT, "assets", "exempel-socialnamnden-2024-04.xlsx")],
    ["the Lomma fixture", join(ROOT, "tests", "fixtures", "lomma-2024-04.xlsx")],
  ])("reads %s exactly as exceljs does", async (_, path) => {
    const { fast, exceljs } = await bothReaders(readFileSync(path));
    expect(fast).toEqual(exceljs);
  });

  it.each([true, false])(
    "reads every kind of cell as exceljs does (shared strings: %s)",
    async (sharedStrings) => {
      const { fast, exceljs } = await bothReaders(await everyKindOfCell({ sharedStrings }));
      expect(fast).toEqual(exceljs);
      const underlag = fast.sheets[1];
      expect(fast.sheets.map((s) => s.name)).toEqual(["Läs mig", "Underlag", "Dold", "Mycket dold"]);
      expect(underlag?.rows[0]).toEqual(["Socialnämnden"]);
      expect(underlag?.rows[3]).toEqual([2469.12, "Socialnämnden & co", true, { error: "#DIV/0!" }, null]);
      expect(underlag?.rows[4]?.slice(0, 3)).toEqual(["2024-04-30", "2024-04-30", 1500]);
      expect(underlag?.rows[7]).toEqual([null, null, ""]);
      expect(underlag?.rows[8]).toEqual([]);
    },
  );

  it("counts dates from 1904 when the workbook does", async () => {
    const { fast, exceljs } = await bothReaders(
      await everyKindOfCell({ sharedStrings: true, date1904: true }),
    );
    expect(fast).toEqual(exceljs);
  });

  it("reads a sheet that arrives in many chunks", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Huvudbok");
    for (let r = 1; r <= 20_000; r++)
      ws.addRow([`Nivå ${r % 7}`, 3000 + (r % 900), r * 1.25, { formula: `C${r}*2`, result: r * 2.5 }]);
    const { fast, exceljs } = await bothReaders(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(fast.sheets[0]?.rows).toHaveLength(20_000);
    expect(fast).toEqual(exceljs);
  }, 30_000); // exceljs takes seconds over 20 000 rows, more on a busy machine

  it("reads XML that exceljs does not write: inline rich text, single quotes, entities, odd types", async () => {
    const sheetData =
      "<sheetData>" +
      '<row r="1"><c r="A1" t="inlineStr"><is><r><t>Summa </t></r><r><t xml:space="preserve">LSS &amp; IFO</t></r></is></c>' +
      '<c r=\'B1\' t=\'str\'><v>a &amp;amp; b</v></c><c r="C1" t="n"><v>1e3</v></c><c r="D1" t="d"><v>2024-04-30</v></c></row>' +
      '<row r="3"><c r="B3"><v>&#49;2</v></c><c r="C3" t="e"><v>#REF!</v></c><c r="D3" t="b"><v>0</v></c></row>' +
      '<row r="4"/><row r="5"><c r="A5" s="0"/><c r="B5"><f>B3</f></c></row>' +
      "</sheetData>";
    const { fast, exceljs } = await bothReaders(await withSheetData(sheetData));
    expect(fast).toEqual(exceljs);
    expect(fast.sheets[1]?.rows[0]).toEqual(["Summa LSS & IFO", "a & b", 1000, 2024]);
  });

  it("keeps a text with a phonetic guide (exceljs loses the cell)", async () => {
    const sheetData =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>Summa</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c></row></sheetData>';
    const grid = await readGrid(await withSheetData(sheetData));
    expect(grid.sheets[1]?.rows[0]).toEqual(["Summa"]);
  });
});
