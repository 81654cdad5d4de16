/**
 * The command line end to end: a generated ledger written as .xlsx (exceljs's streaming writer), then
 * `node bin/budgetrapport.js generate <file> --json <out>` timed from spawn to exit, its peak memory
 * reported by a preloaded hook (the kernel's high-water mark, process.resourceUsage().maxRSS).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import type { Ledger } from "./ledger";
import { EXPLANATIONS_SHEET, LEDGER_SHEET, explanationRows } from "./ledger";

export type CliFigures = { cliRows: number; cliMs: number; cliPeakRssMB: number; cliFileMB: number };

const ROOT = join(__dirname, "..", "..", "..", "..");

export async function measureCli(ledger: Ledger, runs: number): Promise<CliFigures> {
  const dir = mkdtempSync(join(tmpdir(), "budgetrapport-bench-"));
  try {
    const file = join(dir, "huvudbok.xlsx");
    await writeXlsx(ledger, file);
    const bytes = readFileSync(file).length;
    // the first run builds the command line when its sources changed; not timed
    cli(["help"], dir);
    const times: number[] = [];
    let peak = 0;
    for (let k = 0; k < runs; k++) {
      const t = performance.now();
      const rss = cli(["generate", file, "--json", join(dir, "resultat.json")], dir);
      times.push(performance.now() - t);
      peak = Math.max(peak, rss);
    }
    const result = JSON.parse(readFileSync(join(dir, "resultat.json"), "utf8")) as { levels?: unknown[] };
    if (!result.levels?.length) throw new Error("the command line produced no levels");
    times.sort((a, b) => a - b);
    return {
      cliRows: ledger.dataRows,
      cliMs: Math.round(times[Math.floor(times.length / 2)] ?? 0),
      cliPeakRssMB: Math.round(peak / 1024),
      cliFileMB: Math.round((bytes / 1024 / 1024) * 10) / 10,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the command line; returns its peak RSS in kB. */
function cli(args: readonly string[], dir: string): number {
  const rssFile = join(dir, "rss");
  const run = spawnSync(
    process.execPath,
    ["--require", join(__dirname, "peak-rss.js"), join(ROOT, "bin", "budgetrapport.js"), ...args],
    { cwd: ROOT, env: { ...process.env, BENCH_RSS_FILE: rssFile }, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`budgetrapport ${args.join(" ")} failed: ${run.stderr}`);
  return Number(readFileSync(rssFile, "utf8"));
}

async function writeXlsx(ledger: Ledger, file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet(LEDGER_SHEET);
  for (let r = 0; r < ledger.sheetRows; r++) {
    const values: ExcelJS.CellValue[] = [];
    for (let c = 0; c < ledger.columns; c++) values.push(ledger.valueAt(r, c) as ExcelJS.CellValue);
    sheet.addRow(values).commit();
  }
  sheet.commit();
  const explanations = workbook.addWorksheet(EXPLANATIONS_SHEET);
  for (const row of explanationRows()) explanations.addRow(row).commit();
  explanations.commit();
  await workbook.commit();
}
