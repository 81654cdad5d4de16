/**
 * `npm run bench [-- --json]`: the engine against the floating-point limit, the round trips to Excel
 * (emulated), peak memory per size, and the command line on a 100 000-row .xlsx. Each size runs in a
 * child process of its own (clean memory figures); the command line runs as users run it. Without
 * --json a table; with it, the same table and then, as the last line, one JSON object.
 */
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import type { CliFigures } from "./measure-cli";
import { measureCli } from "./measure-cli";
import type { SizeFigures } from "./measure-size";
import { measureSize } from "./measure-size";
import { SHEET_ROW_LIMIT, fullSheetLedger, makeLedger } from "./ledger";

/** data rows; "full" fills the sheet to its last row. Runs and warm-ups keep the whole bench to minutes. */
const SIZES: { size: string; runs: number; warmUp: number }[] = [
  { size: "10000", runs: 31, warmUp: 30 },
  { size: "100000", runs: 21, warmUp: 15 },
  { size: "full", runs: 7, warmUp: 5 },
];
const CLI_ROWS = 100_000;
const CLI_RUNS = 3;
const FIVE_MB = 5_000_000;

async function main(argv: readonly string[]): Promise<void> {
  const child = argv.indexOf("--child");
  if (child >= 0) {
    const spec = SIZES.find((s) => s.size === argv[child + 1]);
    if (!spec) throw new Error(`unknown size ${argv[child + 1]}`);
    const ledger = spec.size === "full" ? fullSheetLedger() : makeLedger(Number(spec.size));
    process.stdout.write(`${JSON.stringify(await measureSize(ledger, spec.runs, spec.warmUp))}\n`);
    return;
  }
  const json = argv.includes("--json");
  const sizes = SIZES.map(({ size }) => {
    process.stderr.write(`measuring ${size === "full" ? "a full sheet" : `${size} rows`} …\n`);
    return runChild(size);
  });
  process.stderr.write(`measuring the command line on ${CLI_ROWS} rows …\n`);
  const cli = await measureCli(makeLedger(CLI_ROWS), CLI_RUNS);
  printTable(sizes, cli);
  if (json) process.stdout.write(`${JSON.stringify(summary(sizes, cli))}\n`);
}

function runChild(size: string): SizeFigures {
  const run = spawnSync(process.execPath, ["--expose-gc", __filename, "--child", size], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`the ${size} measurement failed:\n${run.stderr}`);
  const last = run.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as SizeFigures;
}

function summary(sizes: readonly SizeFigures[], cli: CliFigures): Record<string, unknown> {
  const at = sizes.find((s) => s.dataRows === 100_000);
  const full = sizes.find((s) => s.sheetRows === SHEET_ROW_LIMIT);
  if (!at || !full) throw new Error("a size is missing");
  const fullSheetOk = full.readMaxRequestBytes < FIVE_MB && full.readMaxResponseBytes < FIVE_MB;
  return {
    rows: at.dataRows,
    engineMs: at.engineMs,
    floatMs: at.floatMs,
    engineVsFloatRatio: at.engineVsFloatRatio,
    readSyncs: at.readSyncs,
    writeSyncs: at.writeSyncs,
    maxRequestBytes: Math.max(at.readMaxRequestBytes, at.writeMaxRequestBytes),
    maxResponseBytes: Math.max(at.readMaxResponseBytes, at.writeMaxResponseBytes),
    fullSheetRows: full.sheetRows,
    // the emulator refuses a range over 5 million cells, so a completed read also proves that bound
    fullSheetOk,
    fullSheetReadSyncs: full.readSyncs,
    fullSheetMaxRequestBytes: full.readMaxRequestBytes,
    fullSheetMaxResponseBytes: full.readMaxResponseBytes,
    fullSheetEngineMs: full.engineMs,
    fullSheetEngineVsFloatRatio: full.engineVsFloatRatio,
    fullSheetPeakRssMB: full.peakRssMB,
    peakRssMB: at.peakRssMB,
    ...cli,
    bySize: sizes.map((s) => ({
      dataRows: s.dataRows,
      engineMs: s.engineMs,
      engineFirstMs: s.engineFirstMs,
      floatMs: s.floatMs,
      ratio: s.engineVsFloatRatio,
      readSyncs: s.readSyncs,
      writeSyncs: s.writeSyncs,
      peakRssMB: s.peakRssMB,
    })),
    node: process.version,
    cpu: cpus()[0]?.model ?? "",
    cpus: cpus().length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
  };
}

function printTable(sizes: readonly SizeFigures[], cli: CliFigures): void {
  const header = [
    "",
    ...sizes.map((s) => (s.sheetRows === SHEET_ROW_LIMIT ? "full sheet" : String(s.dataRows))),
  ];
  const row = (label: string, f: (s: SizeFigures) => string | number): string[] => [
    label,
    ...sizes.map((s) => String(f(s))),
  ];
  const rows = [
    header,
    row("data rows", (s) => s.dataRows),
    row("sheet rows", (s) => s.sheetRows),
    row("engine, ms (median)", (s) => s.engineMs),
    row("engine, first run, ms", (s) => s.engineFirstMs),
    row("float sums, ms (median)", (s) => s.floatMs),
    row("engine / float", (s) => s.engineVsFloatRatio),
    row("float error, öre (max)", (s) => s.floatMaxErrorOre),
    row("read: syncs", (s) => s.readSyncs),
    row("read: largest request, B", (s) => s.readMaxRequestBytes),
    row("read: largest response, B", (s) => s.readMaxResponseBytes),
    row("read in the emulator, ms", (s) => s.readMs),
    row("write: syncs", (s) => s.writeSyncs),
    row("write: largest request, B", (s) => s.writeMaxRequestBytes),
    row("peak RSS, MB", (s) => s.peakRssMB),
  ];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  for (const r of rows)
    process.stdout.write(
      `${r.map((v, c) => (c === 0 ? v.padEnd(widths[c] ?? 0) : v.padStart(widths[c] ?? 0))).join("  ")}\n`,
    );
  process.stdout.write(
    `\nCommand line, ${cli.cliRows} rows (${cli.cliFileMB} MB .xlsx): ${cli.cliMs} ms (median of ${CLI_RUNS}), peak RSS ${cli.cliPeakRssMB} MB\n`,
  );
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
