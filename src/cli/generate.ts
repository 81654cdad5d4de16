import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { EngineOutput } from "../core/engine";
import { issue } from "../core/messages";
import type { Issue } from "../core/model/issue";
import { hasErrors } from "../core/model/issue";
import { formatTimestamp } from "../core/model/timestamp";
import { layoutReport } from "../core/report/layout-report";
import { toResultJson } from "../core/result-json";
import { runOnWorkbook, savedChoices } from "../core/state/run-on-workbook";
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
import { writeFileAtomic } from "../io/write-file-atomic";

export type GenerateOutcome = { code: 0 | 1 | 2; output?: EngineOutput };

/** Reads, computes, and writes the JSON and the report copy; the exit code says how it went. */
export async function generate(cmd: GenerateCommand, out: Console, now: Date): Promise<GenerateOutcome> {
  const input = resolve(cmd.workbook);
  if (!existsSync(input)) return usage(out, `hittar inte arbetsboken ${cmd.workbook}`);
  if (cmd.out && samePath(resolve(cmd.out), input))
    return usage(out, "--out får inte vara indatafilen: rapporten skrivs alltid till en kopia");
  if (cmd.config && !existsSync(resolve(cmd.config)))
    return usage(out, `hittar inte inställningsfilen ${cmd.config}`);

  const issues: Issue[] = [];
  const config = cmd.config ? readConfig(resolve(cmd.config), issues) : undefined;
  // The grid from the fast reader always (the same values with --out or without); exceljs's workbook
  // model, slow and large, only when there is a copy to write.
  let grid: WorkbookGrid;
  let workbook: ExcelJS.Workbook | undefined;
  try {
    grid = await readGridFile(input);
    if (cmd.out) workbook = await readWorkbookModel(input);
  } catch (e) {
    issues.push(issue("workbook-unreadable", { problem: e instanceof Error ? e.message : String(e) }));
    return finish(cmd, out, { issues, settings: {} });
  }
  const { state, choices: saved, issues: savedIssues } = savedChoices(grid);
  if (cmd.out) {
    const lost = await partsLostInCopy(readFileSync(input), state?.reportSheets);
    if (lost.length > 0) issues.push(issue("copy-drops-parts", { parts: swedishList(lost) }));
  }
  issues.push(...savedIssues);
  const output = runOnWorkbook(
    grid,
    state,
    { ...saved, ...(config ?? {}) },
    {
      ...(cmd.period ? { period: cmd.period } : {}),
      fallbackYear: now.getFullYear(),
    },
  );
  const all: EngineOutput = { ...output, issues: [...issues, ...output.issues] };
  const code = await finish(cmd, out, all);
  if (code.code !== 0 || !all.result || !cmd.out || !workbook) return code;

  const layout = layoutReport({ result: all.result, generatedAt: formatTimestamp(now) });
  const written = await writeReportCopy(workbook, layout, resolve(cmd.out), {
    previous: state?.reportSheets ?? [],
    settings: config ?? state?.settings,
  });
  for (const notice of written.notices) out.err(notice);
  out.log(`Rapporten: ${cmd.out} (bladen ${written.sheets.join(", ")})`);
  return code;
}

async function finish(cmd: GenerateCommand, out: Console, output: EngineOutput): Promise<GenerateOutcome> {
  printIssues(out, output.issues);
  if (cmd.json) {
    const text = `${JSON.stringify(toResultJson(output), null, 2)}\n`;
    if (cmd.json === "-") out.log(text);
    else {
      await writeFileAtomic(resolve(cmd.json), text);
    }
  }
  if (hasErrors(output.issues) || !output.result) {
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

function samePath(a: string, b: string): boolean {
  const real = (p: string): string =>
    existsSync(p) ? realpathSync(p) : resolve(realpathSync(dirname(p)), p.slice(dirname(p).length + 1));
  try {
    return real(a) === real(b);
  } catch {
    // The folder of --out does not exist: it cannot be the input file.
    return false;
  }
}
