import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { HEADER_XML, LETTERHEAD, wordTemplate } from "../io/docx/word-template";
import { captureConsole, tempDir } from "../helpers/xlsx";

const NOW = new Date(2024, 4, 13, 9, 0);
const EXAMPLE = join(__dirname, "..", "..", "assets", "exempel-socialnamnden-2024-04.xlsx");

async function run(args: string[]): Promise<{ code: number; out: string; errors: string }> {
  const c = captureConsole();
  const code = await main(args, c, NOW);
  return { code, out: c.out.join("\n"), errors: c.errors.join("\n") };
}

/** A folder with a settings file that names a template in a folder below it, as the municipality keeps them. */
function setUp(template: Uint8Array): { dir: string; config: string; templatePath: string } {
  const dir = tempDir();
  mkdirSync(join(dir, "mallar"));
  const templatePath = join(dir, "mallar", "Lomma mall.docx");
  writeFileSync(templatePath, template);
  const config = join(dir, "kommun.json");
  writeFileSync(config, JSON.stringify({ document: { template: "mallar/Lomma mall.docx" } }));
  return { dir, config, templatePath };
}

async function parts(path: string): Promise<{ document: string; header: string | undefined }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return {
    document: (await zip.file("word/document.xml")?.async("string")) ?? "",
    header: await zip.file("word/header1.xml")?.async("string"),
  };
}

describe("--docx with document.template: the municipality's own Word template", () => {
  it("fills the template the --config file names, relative to that file, wherever the command runs", async () => {
    const { dir, config, templatePath } = setUp(await wordTemplate());
    const docx = join(dir, "tjänsteskrivelse.docx");
    // run from the repository's folder, not the settings': the path is the settings file's
    const { code, out, errors } = await run(["generate", EXAMPLE, "--config", config, "--docx", docx]);
    expect(errors).toBe("");
    expect(code).toBe(0);
    expect(out).toContain(`Tjänsteskrivelsen: ${docx} (i Word-mallen ${templatePath})`);
    const { document, header } = await parts(docx);
    expect(header).toBe(HEADER_XML);
    expect(document).toContain(LETTERHEAD);
    expect(document).toContain("Delårsrapport per den 30 april med prognos för helår 2024");
    expect(document).toContain("Tabell 1. Avvikelse per anslagsbindningsnivå (tkr)");
    expect(document).not.toContain("{{");
  });

  it("saved in the report copy, the path is read from the working directory", async () => {
    const { dir, config } = setUp(await wordTemplate());
    const report = join(dir, "rapport.xlsx");
    expect((await run(["generate", EXAMPLE, "--config", config, "--out", report])).code).toBe(0);
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      const docx = join(dir, "nästa.docx");
      expect((await run(["generate", report, "--docx", docx])).code).toBe(0);
      expect((await parts(docx)).header).toBe(HEADER_XML);
      process.chdir(join(dir, "mallar"));
      const elsewhere = await run(["generate", report, "--docx", join(dir, "fel.docx")]);
      expect(elsewhere.code).toBe(1);
      expect(elsewhere.errors).toContain(
        `Word-mallen ${join(dir, "mallar", "mallar", "Lomma mall.docx")} finns inte`,
      );
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);

  it("an unknown placeholder stops the run before anything is written (exit 1, in Swedish)", async () => {
    const { dir, config } = setUp(await wordTemplate("<w:p><w:r><w:t>{{sammanfattning}}</w:t></w:r></w:p>"));
    const before = readdirSync(dir).sort();
    const { code, errors } = await run([
      "generate",
      EXAMPLE,
      "--config",
      config,
      "--docx",
      join(dir, "t.docx"),
      "--out",
      join(dir, "r.xlsx"),
    ]);
    expect(code).toBe(1);
    expect(errors).toContain(
      "Word-mallen har platshållaren {{sammanfattning}}, som Budgetrapport inte känner till.",
    );
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it("a template that is no Word document, or is missing, is an error; without --docx it is not read", async () => {
    const { dir, config } = setUp(new TextEncoder().encode("inget Word"));
    const docx = join(dir, "t.docx");
    const bad = await run(["generate", EXAMPLE, "--config", config, "--docx", docx]);
    expect(bad.code).toBe(1);
    expect(bad.errors).toContain("Word-mallen gick inte att läsa som ett Word-dokument (.docx)");
    expect(existsSync(docx)).toBe(false);
    expect((await run(["generate", EXAMPLE, "--config", config])).code).toBe(0);
    writeFileSync(config, JSON.stringify({ document: { template: "saknas.docx" } }));
    const missing = await run(["generate", EXAMPLE, "--config", config, "--docx", docx]);
    expect(missing.code).toBe(1);
    expect(missing.errors).toContain(`Word-mallen ${join(dir, "saknas.docx")} finns inte`);
  });

  it("--docx may not write over the template (exit 2)", async () => {
    const { config, templatePath } = setUp(await wordTemplate());
    const bytes = readFileSync(templatePath);
    const { code, errors } = await run(["generate", EXAMPLE, "--config", config, "--docx", templatePath]);
    expect(code).toBe(2);
    expect(errors).toContain("--docx får inte vara indatafilen (Word-mallen)");
    expect(readFileSync(templatePath).equals(bytes)).toBe(true);
  });
});
