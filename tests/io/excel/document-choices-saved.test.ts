import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "../../../src/cli/generate";
import type { DocumentLayout } from "../../../src/core/document/document-layout";
import { layoutDocument } from "../../../src/core/document/layout-document";
import { formatTimestamp } from "../../../src/core/model/timestamp";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";
import { savedChoices } from "../../../src/core/state/run-on-workbook";
import { loadXlsx, saveXlsx } from "../../../src/emulator";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import { withDocumentText, withInterimMonth } from "../../../src/taskpane/document-choices";
import { generateFromPane } from "../../../src/taskpane/pane-state";
import type { Analysis, ExcelPort } from "../../../src/taskpane/workflow";
import { analyseWorkbook } from "../../../src/taskpane/workflow";
import { captureConsole, tempDir } from "../../helpers/xlsx";
import { EXAMPLE, emulated } from "./emulated-excel";

const NOW = new Date(2024, 4, 13, 9, 0);
const TITLE = "Delårsbokslut april 2024";
const DECISION = "Socialnämnden godkänner uppföljningen och överlämnar den till kommunstyrelsen.";

const h1 = (layout: DocumentLayout): string[] =>
  layout.blocks.flatMap((b) => (b.kind === "heading" && b.level === 1 ? [b.text] : []));
const listed = (layout: DocumentLayout): string[] =>
  layout.blocks.flatMap((b) => (b.kind === "list" ? b.items.map((i) => i.map((r) => r.text).join("")) : []));

/** The pane's report, with its choices changed as the document section changes them, saved as .xlsx. */
async function generatedInPane(
  port: ExcelPort,
  analysis: Analysis,
  change: (choices: SettingsOverride) => SettingsOverride,
  saved: string,
  emulator: ReturnType<typeof emulated>["emulator"],
): Promise<Analysis> {
  const done = await generateFromPane(
    port,
    { ...analysis, choices: change(analysis.choices) },
    () => undefined,
  );
  if (done.generation.state !== "done") throw new Error(`the pane's report: ${done.generation.state}`);
  writeFileSync(saved, await saveXlsx(emulator.workbook));
  return done.analysis;
}

/** The command line on the saved workbook: its saved choices, and the tjänsteskrivelse it makes. */
async function commandLine(saved: string, dir: string) {
  const { choices, issues } = savedChoices(await readGridFile(saved));
  const c = captureConsole();
  const cli = await generate(
    { command: "generate", workbook: saved, docx: join(dir, "tjansteskrivelse.docx") },
    c,
    NOW,
  );
  expect({ code: cli.code, errors: c.errors, issues }).toEqual({ code: 0, errors: [], issues: [] });
  if (!cli.output?.result) throw new Error("the command line made no result");
  return {
    choices,
    layout: layoutDocument({ result: cli.output.result, generatedAt: formatTimestamp(NOW) }),
  };
}

describe("the tjänsteskrivelse's texts chosen in the pane, saved by its next report, read by the command line", () => {
  const dir = tempDir();

  it("the months, title and decision typed in the pane are the command line's, and an emptied title is the made one again", async () => {
    const { emulator, port: base } = emulated(await loadXlsx(readFileSync(EXAMPLE)));
    const port: ExcelPort = { ...base, now: () => NOW };
    const saved = join(dir, "fran-tillagget.xlsx");

    // March a delårsrapport month, April not (this is April's report), a title and a decision of her own
    const first = await generatedInPane(
      port,
      await analyseWorkbook(port),
      (c) =>
        withDocumentText(
          withDocumentText(withInterimMonth(withInterimMonth(c, 3, true), 4, false), "title", `${TITLE} `),
          "decision",
          DECISION,
        ),
      saved,
      emulator,
    );
    const withTitle = await commandLine(saved, dir);
    expect(withTitle.choices.document).toEqual({ interimMonths: [3, 8], title: TITLE, decision: DECISION });
    expect(h1(withTitle.layout)).toEqual([TITLE]);
    expect(withTitle.layout.properties.title).toBe(TITLE);
    expect(listed(withTitle.layout)).toContain(DECISION);

    // the title emptied in the pane, the report generated again: the title the saved months make
    await generatedInPane(port, first, (c) => withDocumentText(c, "title", ""), saved, emulator);
    const made = await commandLine(saved, dir);
    expect(made.choices.document).toEqual({ interimMonths: [3, 8], decision: DECISION });
    expect(h1(made.layout)).toEqual(["Månadsuppföljning april 2024"]);
  });
});
