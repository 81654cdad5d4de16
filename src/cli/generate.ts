import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { EngineOutput } from "../core/engine";
import { issue } from "../core/messages";
import type { Issue } from "../core/model/issue";
import { hasErrors } from "../core/model/issue";
import { formatTimestamp } from "../core/model/timestamp";
import { layoutDocument } from "../core/document/layout-document";
import type { ReportContext } from "../core/report/header-block";
import { layoutReport } from "../core/report/layout-report";
import { toResultJson } from "../core/result-json";
import { runOnWorkbook, savedChoices } from "../core/state/run-on-workbook";
import { snapshotOf, withSnapshot } from "../core/state/forecast-history";
import type { SettingsOverride } from "../core/settings/validate-settings";
import { validateSettings } from "../core/settings/validate-settings";
import { partsLostInCopy } from "../io/xlsx/lost-parts";
import type ExcelJS from "exceljs";
import type { WorkbookGrid } from "../core/model/grid";
import { readGridFile } from "../io/xlsx/read-grid";
import { readWorkbookModel } from "../io/xlsx/read-workbook";
import { swedishList } from "../core/report/swedish-text";
import { writeReportCopy } from "../io/xlsx/write-report-copy";
import type { GenerateCommand } from "./args";
import { printIssues, printSummary } from "./print";
import type { Console } from "./print";
import { docxBytes } from "../io/docx/render-docx";
import { fillTemplate } from "../io/docx/fill-template";
import { readTemplateFile, templatePathOf } from "./template-file";
import { writeFileAtomic } from "../io/write-file-atomic";
import { inputsOf, outputPathProblem, outputsOf } from "./output-paths";

export type GenerateOutcome = { code: 0 | 1 | 2; output?: EngineOutput };

/** Where messages for a person go, and where `--json -` goes. */
type Streams = { human: Console; json: (text: string) => void };

/** Reads, computes, and writes the JSON, the report copy and the document; the exit code says how it went. */
export async function generate(cmd: GenerateCommand, terminal: Console, now: Date): Promise<GenerateOutcome> {
  // With the JSON on standard out, standard out carries nothing else: every message goes to standard error.
  const io: Streams = {
    human: cmd.json === "-" ? { log: terminal.err, err: terminal.err } : terminal,
    json: terminal.log,
  };
  const out = io.human;
  const input = resolve(cmd.workbook);
  if (!existsSync(input)) return usage(out, `hittar inte arbetsboken ${cmd.workbook}`);
  if (cmd.config && !existsSync(resolve(cmd.config)))
    return usage(out, `hittar inte inställningsfilen ${cmd.config}`);
  const pathProblem = outputPathProblem(inputsOf(cmd), outputsOf(cmd));
  if (pathProblem) return usage(out, pathProblem);

  const issues: Issue[] = [];
  const config = cmd.config ? readConfig(resolve(cmd.config), issues) : undefined;
  // Figures computed with only part of the settings asked for would be figures nobody asked for.
  if (hasErrors(issues)) return finish(cmd, io, { issues, settings: {} });
  // The grid from the fast reader always (the same values with --out or without); exceljs's workbook
  // model, slow and large, only when there is a copy to write.
  let grid: WorkbookGrid;
  let workbook: ExcelJS.Workbook | undefined;
  try {
    grid = await readGridFile(input);
    if (cmd.out) workbook = await readWorkbookModel(input);
  } catch (e) {
    issues.push(issue("workbook-unreadable", { problem: e instanceof Error ? e.message : String(e) }));
    return finish(cmd, io, { issues, settings: {} });
  }
  const { state, choices: saved, issues: savedIssues } = savedChoices(grid);
  if (cmd.out) {
    const lost = await partsLostInCopy(readFileSync(input), state?.reportSheets);
    if (lost.length > 0) issues.push(issue("copy-drops-parts", { parts: swedishList(lost) }));
  }
  issues.push(...savedIssues);
  // The user's choices, not the resolved settings: what is not chosen is detected again next month.
  const choices: SettingsOverride = { ...saved, ...(config ?? {}) };
  // The municipality's Word template, read and checked before the figures: a bad one stops the run as a
  // bad setting does, and it is an input like the workbook (never written over).
  const templatePath = cmd.docx ? templatePathOf(config, cmd.config, saved) : undefined;
  const templateClash =
    templatePath &&
    outputPathProblem([...inputsOf(cmd), { name: "Word-mallen", path: templatePath }], outputsOf(cmd));
  if (templateClash) return usage(out, templateClash);
  const template = templatePath ? await readTemplateFile(templatePath) : undefined;
  issues.push(...(template?.issues ?? []));
  const output = runOnWorkbook(grid, state, choices, {
    ...(cmd.period ? { period: cmd.period } : {}),
    fallbackYear: now.getFullYear(),
  });
  const all: EngineOutput = { ...output, issues: [...issues, ...output.issues] };
  const code = await finish(cmd, io, all);
  if (code.code !== 0 || !all.result) return code;

  // One time for the report sheets and the document: the same result, stamped alike.
  const ctx: ReportContext = { result: all.result, generatedAt: formatTimestamp(now) };
  // made before any file is written: a document that cannot be made leaves no report copy behind either
  const documentBytes = !cmd.docx
    ? undefined
    : template?.template
      ? await fillTemplate(template.template, layoutDocument(ctx))
      : await docxBytes(layoutDocument(ctx));
  if (cmd.out && workbook) {
    const written = await writeReportCopy(workbook, layoutReport(ctx), resolve(cmd.out), {
      previous: state?.reportSheets ?? [],
      settings: choices,
      // the input is never written: next month's comparison is in this copy, which the economist works on
      history: withSnapshot(state?.history ?? [], snapshotOf(ctx.result, ctx.generatedAt)),
    });
    for (const notice of written.notices) out.err(notice);
    out.log(`Rapporten: ${cmd.out} (bladen ${written.sheets.join(", ")})`);
  }
  if (cmd.docx && documentBytes) {
    const bytes = Buffer.from(documentBytes.buffer, documentBytes.byteOffset, documentBytes.byteLength);
    await writeFileAtomic(resolve(cmd.docx), bytes);
    out.log(`Tjänsteskrivelsen: ${cmd.docx}${templatePath ? ` (i Word-mallen ${templatePath})` : ""}`);
  }
  return code;
}

async function finish(cmd: GenerateCommand, io: Streams, output: EngineOutput): Promise<GenerateOutcome> {
  const out = io.human;
  printIssues(out, output.issues);
  const failed = hasErrors(output.issues) || !output.result;
  if (cmd.json) {
    // No report, no figures: an error the engine did not see (a saved choice) leaves none in the JSON either.
    const text = JSON.stringify(toResultJson(failed ? { ...output, result: undefined } : output), null, 2);
    if (cmd.json === "-") io.json(text);
    else await writeFileAtomic(resolve(cmd.json), `${text}\n`);
  }
  if (failed || !output.result) {
    out.err("Ingen rapport togs fram: rätta felen ovan och kör igen.");
    return { code: 1, output };
  }
  if (cmd.json !== "-") printSummary(out, output.result);
  if (cmd.json && cmd.json !== "-") out.log(`Resultatet (JSON): ${cmd.json}`);
  return { code: 0, output };
}

function readConfig(path: string, issues: Issue[]): SettingsOverride | undefined {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    issues.push(issue("config-unreadable", { problem: e instanceof Error ? e.message : String(e) }));
    return undefined;
  }
  const checked = validateSettings(json);
  issues.push(...checked.issues);
  return checked.override;
}

function usage(out: Console, message: string): GenerateOutcome {
  out.err(`budgetrapport: ${message}`);
  return { code: 2 };
}
