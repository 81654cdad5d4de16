import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { captureConsole, readBack, smallLedger, tempDir, writeWorkbook } from "../helpers/xlsx";

const NOW = new Date(2026, 10, 23, 9, 30);

async function run(args: string[]): Promise<{ code: number; out: string; errors: string }> {
  const c = captureConsole();
  const code = await main(args, c, NOW);
  return { code, out: c.out.join("\n"), errors: c.errors.join("\n") };
}

/** A folder with the small ledger and an empty settings file; `files()` lists it with the inputs' bytes. */
async function setUp(ledger = smallLedger()): Promise<{ dir: string; input: string; files: () => string[] }> {
  const dir = tempDir();
  const input = join(dir, "in.xlsx");
  await writeWorkbook(input, [ledger]);
  writeFileSync(join(dir, "c.json"), "{}");
  const bytes = readFileSync(input);
  const files = (): string[] => [...readdirSync(dir).sort(), String(readFileSync(input).equals(bytes))];
  return { dir, input, files };
}

/** The text of the document's paragraphs, in order. */
async function documentText(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map((p) =>
    [...(p[1] ?? "").matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
}

describe("--docx: the tjänsteskrivelse from the command line", () => {
  it("writes the document, alone or beside the report, stamped with the same time as the report", async () => {
    const { dir, input } = await setUp();
    const docx = join(dir, "tjänsteskrivelse.docx");
    const report = join(dir, "r.xlsx");
    const { code, out } = await run(["generate", input, "--docx", docx, "--out", report]);
    expect(code).toBe(0);
    expect(out).toContain(`Tjänsteskrivelsen: ${docx}`);
    // whole: no temporary file beside it
    expect(readdirSync(dir).sort()).toEqual(["c.json", "in.xlsx", "r.xlsx", "tjänsteskrivelse.docx"]);
    const paragraphs = await documentText(docx);
    expect(paragraphs[0]).toBe("Delårsrapport per den 30 april med prognos för helår 2024");
    expect(paragraphs).toContain("Kultur- och fritidsnämnden");
    expect(paragraphs).toContain("2026-11-23");
    const summary = (await readBack(report)).getWorksheet("Sammanfattning");
    const stamped: string[] = [];
    summary?.eachRow((row) => row.eachCell((cell) => stamped.push(cell.text)));
    expect(stamped.join(" ")).toContain("2026-11-23 09:30");

    const alone = join(dir, "ensam.docx");
    expect((await run(["generate", input, "--docx", alone])).code).toBe(0);
    expect(await documentText(alone)).toEqual(paragraphs);
  });

  it('refuses "--docx -": a Word document goes to a file (exit 2, nothing written)', async () => {
    const { input, files } = await setUp();
    const before = files();
    const { code, errors } = await run(["generate", input, "--docx", "-"]);
    expect(code).toBe(2);
    expect(errors).toContain("--docx skriver ett Word-dokument till en fil: ange ett filnamn (.docx)");
    expect(files()).toEqual(before);
  });

  it.each([
    [
      "the workbook",
      (d: string) => ["--docx", join(d, "in.xlsx")],
      /--docx får inte vara indatafilen \(arbetsboken\)/,
    ],
    [
      "--config",
      (d: string) => ["--docx", join(d, "c.json")],
      /--docx får inte vara indatafilen \(--config\)/,
    ],
    [
      "the --out file",
      (d: string) => ["--out", join(d, "r.docx"), "--docx", join(d, "r.docx")],
      /--out och --docx får inte vara samma fil/,
    ],
    [
      "the --json file, in another case",
      (d: string) => ["--json", join(d, "R.json"), "--docx", join(d, "r.JSON")],
      /--json och --docx får inte vara samma fil/,
    ],
  ])("refuses a --docx naming %s before anything is written (exit 2)", async (_, outputs, message) => {
    const { dir, input, files } = await setUp();
    const before = files();
    const { code, errors } = await run(["generate", input, "--config", join(dir, "c.json"), ...outputs(dir)]);
    expect(code).toBe(2);
    expect(errors).toMatch(message);
    expect(files()).toEqual(before);
  });

  it("writes no document when the input has errors (exit 1): last month's stays as it was", async () => {
    const ledger = smallLedger();
    (ledger.rows[5] as unknown[])[5] = "4l0 000";
    const { dir, input, files } = await setUp(ledger);
    const docx = join(dir, "tjänsteskrivelse.docx");
    writeFileSync(docx, "förra månadens");
    const before = files();
    const { code, out } = await run(["generate", input, "--docx", docx]);
    expect(code).toBe(1);
    expect(out).not.toContain("Tjänsteskrivelsen");
    expect(files()).toEqual(before);
    expect(readFileSync(docx, "utf8")).toBe("förra månadens");
  });

  it("is named in --help", async () => {
    const { out } = await run(["--help"]);
    expect(out).toContain("[--docx <tjänsteskrivelse.docx>]");
    expect(out).toMatch(/--docx +tjänsteskrivelsen som Word-dokument/);
  });
});
