/**
 * The task pane on a full sheet, before and after the engine moved to a worker: how long the pane's
 * thread is blocked (it cannot paint, and Avbryt cannot be clicked) while the workbook is read and
 * computed, and how much memory the pane keeps and peaks at. Not part of `npm run bench`: run
 *   npx tsc -p tsconfig.bench.json && node --expose-gc dist/bench/scripts/bench/measure-pane.js
 * Each way runs in a process of its own (its own peak RSS). "before" is the pane as it was: the grid read
 * and kept in the pane's thread, the engine run there. "after" is the pane now: the rows go to the
 * engine's worker (worker_threads here, a Web Worker in the pane) as they are read, and the pane keeps
 * its view. Node, not a webview: the figures compare the two ways on one machine.
 */
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { createEmulator } from "../../src/emulator";
import { capabilitiesOf } from "../../src/io/excel/excel-run";
import type { RowSink } from "../../src/io/excel/read-workbook";
import { readWorkbook } from "../../src/io/excel/read-workbook";
import type { CellValue, WorkbookGrid } from "../../src/core/model/grid";
import { runOnWorkbook, savedChoices } from "../../src/core/state/run-on-workbook";
import type { ClientPort, StartEngine } from "../../src/taskpane/engine-worker/engine-session";
import { workerEngine } from "../../src/taskpane/engine-worker/engine-session";
import type { ExcelPort } from "../../src/taskpane/workflow";
import { analyseWorkbook } from "../../src/taskpane/workflow";
import { fullSheetLedger, makeLedger } from "./ledger";
import { emulatedLedger } from "./measure-size";

type Way = "before" | "after";
type Figures = {
  way: Way;
  rows: number;
  totalMs: number;
  /** from the last row read to the figures */
  computeMs: number;
  /** the longest the pane's thread went without a turn of its event loop, while reading */
  longestBlockReadingMs: number;
  /** the same while computing: from the last row read to the figures */
  longestBlockComputingMs: number;
  /** the pane's thread's heap: the highest sample (every 10 ms) and what it keeps after a full GC */
  paneHeapPeakMB: number;
  paneHeapKeptMB: number;
  /** the longest the pane's thread took to hand one block of rows on (to the grid, or the worker) */
  longestHandOnMs: number;
  /** the worker's heap after a full GC, what it keeps once it has cut the unused cells ("after") */
  workerHeapKeptMB?: number;
  processPeakRssMB: number;
};

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number): number => Math.round(bytes / 1024 ** 2);

/** The engine in a worker_threads worker, as the pane has it in a Web Worker; `heap` asks for its heap. */
function nodeWorker(): { start: StartEngine; heap: () => Promise<number> } {
  let worker: Worker | undefined;
  const start: StartEngine = () => {
    // --expose-gc is inherited from this process
    const w = new Worker(join(__dirname, "pane-worker.js"));
    worker = w;
    const port: ClientPort = { postMessage: (m) => w.postMessage(m), onmessage: null };
    w.on("message", (data: { kind: string }) => {
      if (data.kind !== "heap") port.onmessage?.({ data: data as never });
    });
    w.on("error", (e) => port.onerror?.({ message: e.message }));
    return workerEngine(port, () => void w.terminate());
  };
  const heap = (): Promise<number> =>
    new Promise((resolve) => {
      const w = worker;
      if (!w) throw new Error("no worker");
      const on = (data: { kind: string; usedMB?: number }): void => {
        if (data.kind !== "heap") return;
        w.off("message", on);
        resolve(data.usedMB ?? 0);
      };
      w.on("message", on);
      w.postMessage({ kind: "heap" });
    });
  return { start, heap };
}

/**
 * Each sync as a round trip: in Excel the answer comes in a task of its own, so the pane's thread is
 * free between syncs; the emulator answers at once (a microtask), which would hide that.
 */
function roundTrips(context: Excel.RequestContext): Excel.RequestContext {
  const sync = async (): Promise<void> => {
    await context.sync();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return new Proxy(context, {
    get: (target, prop): unknown => (prop === "sync" ? sync : (Reflect.get(target, prop, target) as unknown)),
  });
}

/**
 * Each block's rows as office.js gives them: parsed from the response's JSON, a new string per cell (the
 * emulator would hand out its own strings, shared down a column, which office.js never does). The parse
 * is office.js's, not the pane's: it is not counted in the hand-on time.
 */
function asOfficeJs(sink: RowSink, took: (ms: number) => void): RowSink {
  return {
    sheets: (names) => sink.sheets(names),
    rows: (sheet, first, rows) => {
      const parsed = JSON.parse(JSON.stringify(rows)) as CellValue[][];
      const t = performance.now();
      sink.rows(sheet, first, parsed);
      took(performance.now() - t);
    },
  };
}

async function measure(way: Way, rows: number | "full"): Promise<Figures> {
  const ledger = rows === "full" ? fullSheetLedger() : makeLedger(rows);
  const emulator = createEmulator(emulatedLedger(ledger));
  const capabilities = capabilitiesOf((n, v) => emulator.requirements.isSetSupported(n, v));
  if (!capabilities) throw new Error("the emulated Excel is too old");
  const worker = nodeWorker();
  let handOn = 0;
  const port: ExcelPort = {
    run: (batch) => emulator.run((context) => batch(roundTrips(context))),
    capabilities,
    now: () => new Date(2024, 4, 13),
    startEngine: () => {
      const session = worker.start();
      return { ...session, sink: asOfficeJs(session.sink, (ms) => (handOn = Math.max(handOn, ms))) };
    },
  };
  let readDone = Infinity;
  const onProgress = (_: string, done: number, total: number): void => {
    if (done === total) readDone = performance.now();
  };
  // The pane's event loop: the gaps between its turns are the times it could not paint.
  const gaps: [at: number, gap: number][] = [];
  let last = performance.now();
  let heapPeak = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    gaps.push([now, now - last]);
    last = now;
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }, 1);
  gc();
  const start = performance.now();
  let kept: unknown;
  if (way === "before") {
    const grid: WorkbookGrid = { sheets: [] };
    const sink: RowSink = {
      sheets: (names) =>
        names.forEach((name) =>
          (grid.sheets as { name: string; rows: CellValue[][] }[]).push({ name, rows: [] }),
        ),
      rows: (sheet, first, rows) =>
        rows.forEach((row, i) => ((grid.sheets[sheet]?.rows as CellValue[][])[first + i] = row)),
    };
    await readWorkbook(
      port.run,
      asOfficeJs(sink, (ms) => (handOn = Math.max(handOn, ms))),
      { onProgress },
    );
    const { state, choices } = savedChoices(grid);
    kept = { grid, output: runOnWorkbook(grid, state, choices, { fallbackYear: 2024 }) };
  } else kept = await analyseWorkbook(port, onProgress);
  if (way === "before") void worker;
  const end = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(ticker);
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  gc();
  const heapKept = process.memoryUsage().heapUsed;
  const workerHeap = way === "after" ? await worker.heap() : undefined;
  // the gaps that ended in [from, to): a block is counted where the pane got its thread back
  const longest = (from: number, to: number): number =>
    Math.max(0, ...gaps.filter(([at]) => at >= from && at < to).map(([, gap]) => gap));
  if (!kept) throw new Error("nothing computed");
  return {
    way,
    rows: ledger.sheetRows,
    totalMs: Math.round(end - start),
    computeMs: Math.round(end - readDone),
    longestBlockReadingMs: Math.round(longest(start, readDone)),
    longestBlockComputingMs: Math.round(longest(readDone, end + 20)),
    longestHandOnMs: Math.round(handOn),
    paneHeapPeakMB: mb(heapPeak),
    paneHeapKeptMB: mb(heapKept),
    ...(workerHeap !== undefined ? { workerHeapKeptMB: Math.round(workerHeap) } : {}),
    processPeakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

async function main(argv: readonly string[]): Promise<void> {
  const child = argv.indexOf("--child");
  if (child >= 0) {
    const way = argv[child + 1] as Way;
    const rows = argv[child + 2] === "full" ? "full" : Number(argv[child + 2]);
    process.stdout.write(`${JSON.stringify(await measure(way, rows))}\n`);
    process.exit(0);
  }
  const sizes = argv.includes("--quick") ? ["100000"] : ["100000", "full"];
  for (const size of sizes)
    for (const way of ["before", "after"] as const) {
      const run = spawnSync(process.execPath, ["--expose-gc", __filename, "--child", way, size], {
        encoding: "utf8",
        maxBuffer: 16 * 1024 * 1024,
      });
      if (run.status !== 0) throw new Error(`${way} ${size} failed:\n${run.stderr}`);
      process.stdout.write(run.stdout);
    }
}

void main(process.argv.slice(2));
