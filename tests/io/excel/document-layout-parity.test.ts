import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { generate } from "../../../src/cli/generate";
import { layoutDocument } from "../../../src/core/document/layout-document";
import { formatTimestamp } from "../../../src/core/model/timestamp";
import { loadXlsx, snapshot } from "../../../src/emulator";
import { docxBytes } from "../../../src/io/docx/render-docx";
import { generateFromPane } from "../../../src/taskpane/pane-state";
import type { ExcelPort } from "../../../src/taskpane/workflow";
import { analyseWorkbook } from "../../../src/taskpane/workflow";
import { captureConsole, tempDir } from "../../helpers/xlsx";
import { EXAMPLE, emulated } from "./emulated-excel";
import { fixturePath } from "./linkoping-months";

/** The same workbook, the same minute: the command line's tjänsteskrivelse and the pane's. */
async function bothWays(workbook: string, now: Date, dir: string) {
  const docx = join(dir, "tjansteskrivelse.docx");
  const c = captureConsole();
  const cli = await generate(
    { command: "generate", workbook, json: join(dir, "resultat.json"), docx },
    c,
    now,
  );
  expect({ code: cli.code, errors: c.errors }).toEqual({ code: 0, errors: [] });
  if (!cli.output?.result) throw new Error("the command line made no result");
  const fromCli = layoutDocument({ result: cli.output.result, generatedAt: formatTimestamp(now) });

  const { emulator, port } = emulated(await loadXlsx(readFileSync(workbook)));
  const at: ExcelPort = { ...port, now: () => now };
  const done = await generateFromPane(at, await analyseWorkbook(at), () => undefined);
  if (done.generation.state !== "done") throw new Error(`the pane's report: ${done.generation.state}`);
  const fromPane = layoutDocument(done.generation.report);
  return { fromCli, fromPane, report: done.generation.report, emulator, cliDocx: readFileSync(docx) };
}

const documentXml = async (bytes: Uint8Array): Promise<string> =>
  (await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string")) ?? "";

describe("the command line and the pane make the same tjänsteskrivelse from the same workbook", () => {
  const dir = tempDir();

  it.each([
    ["the example (Lomma, April 2024)", EXAMPLE, new Date(2024, 4, 13, 9, 0)],
    ["Linköping's August 2023", fixturePath("08"), new Date(2023, 8, 11, 9, 0)],
  ])("%s: the same layout JSON, and the same Word document", async (_name, workbook, now) => {
    const { fromCli, fromPane, report, emulator, cliDocx } = await bothWays(workbook, now, dir);
    expect(JSON.stringify(fromPane)).toBe(JSON.stringify(fromCli));
    expect(fromPane.blocks.filter((b) => b.kind === "table").length).toBeGreaterThanOrEqual(3);
    // made at the time the pane's report sheets say they were made
    expect(report.generatedAt).toBe(formatTimestamp(now));
    const levelSheet = snapshot(emulator.workbook, "Avvikelse per nivå").flat().map(String);
    expect(levelSheet.some((t) => t.includes(`Framtagen ${report.generatedAt}`))).toBe(true);
    // the file the pane downloads is, to its text and structure, the file the command line writes
    expect(await documentXml(await docxBytes(fromPane))).toBe(await documentXml(cliDocx));
  });
});
