import { oreToMoney } from "../../src/core/money";
import type { CellScalar } from "../../src/emulator";
import { createSheet, createWorkbook, lazyCells } from "../../src/emulator";
import { sheetViews, withColumnChoice } from "../../src/taskpane/choices";
import { EngineCore } from "../../src/taskpane/engine-worker/engine-core";
import type { EngineSession, StartEngine } from "../../src/taskpane/engine-worker/engine-session";
import { workerEngine } from "../../src/taskpane/engine-worker/engine-session";
import type { EnginePort } from "../../src/taskpane/engine-worker/serve-engine";
import { serveEngine } from "../../src/taskpane/engine-worker/serve-engine";
import type { ClientPort } from "../../src/taskpane/engine-worker/engine-session";
import { addExplanationRow } from "../../src/taskpane/explanation-edits";
import type { ExcelPort } from "../../src/taskpane/workflow";
import { analyseWorkbook, changeChoices, generateReport, recompute } from "../../src/taskpane/workflow";
import { emulated, exampleWorkbook } from "../io/excel/emulated-excel";

/**
 * The engine's worker, tested through its real protocol: the pane's side and the worker's side talk
 * over a MessageChannel, which copies every message with the structured clone as a Worker's port does
 * (Node has no Worker for the bundle; the end-to-end tests run the bundled worker in Chromium).
 */
const sessions: EngineSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.dispose()));

function overChannel(core?: EngineCore): { start: StartEngine; stops: () => number } {
  let stops = 0;
  const start: StartEngine = () => {
    const { port1, port2 } = new MessageChannel();
    serveEngine(port2 as unknown as EnginePort, core);
    const session = workerEngine(port1 as unknown as ClientPort, () => {
      stops += 1;
      port1.close();
      port2.close();
    });
    sessions.push(session);
    return session;
  };
  return { start, stops: () => stops };
}

const HEADER: CellScalar[] = [
  "Anslagsbindningsnivå",
  "Konto",
  "Budget 2024",
  "Utfall jan–apr 2024",
  "Prognos helår",
  "Interna poster",
];

/** A ledger of 20 000 rows (120 000 cells) whose last column, "Interna poster" (7 kr a row), nothing reads. */
function largeLedger() {
  const sheet = createSheet("Huvudbok", {
    cells: lazyCells(20_001, 6, (r, c) =>
      r === 0 ? HEADER[c] : ([r % 2 ? "LSS" : "Förskola", 5010, 1200, 410.5, 1250, 7] as const)[c],
    ),
  });
  return createWorkbook([sheet]);
}

describe("the pane keeps its view of the workbook; the engine keeps the cells it uses", () => {
  it("keeps the titles, the header and the preview of a large sheet, and offers every column", async () => {
    const { port } = emulated(largeLedger());
    const analysis = await analyseWorkbook(port);
    sessions.push(analysis.engine);
    expect(analysis.grid.sheets[0]?.rows.length).toBeLessThanOrEqual(34);
    const view = sheetViews(analysis).find((v) => v.name === "Huvudbok");
    expect(view?.headers.map((h) => h.letter)).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect(analysis.output.result?.total.outcome).toBe(20_000 * 41_050);
    // the same choices again: the same figures, from what the engine kept
    const again = await recompute(analysis, analysis.choices, port.now());
    expect(again.output).toEqual(analysis.output);
  });

  it("reads the workbook again when a choice names a column it dropped, and computes from it", async () => {
    const { port } = emulated(largeLedger());
    const analysis = await analyseWorkbook(port);
    sessions.push(analysis.engine);
    const choices = withColumnChoice(analysis.choices, "Huvudbok", "outcome", "F");
    const changed = await changeChoices(port, analysis, choices);
    if (changed) sessions.push(changed.engine);
    expect(changed?.engine).not.toBe(analysis.engine);
    expect(changed?.output.result?.total.outcome).toBe(20_000 * 700);
  });
});

describe("the worker's protocol: plain data over a port", () => {
  it("reads, computes and computes again as the engine does in the pane's thread", async () => {
    const here = emulated(await exampleWorkbook());
    const inPane = await analyseWorkbook(here.port);
    const worker = overChannel();
    const there = emulated(await exampleWorkbook());
    const port: ExcelPort = { ...there.port, startEngine: worker.start };
    const inWorker = await analyseWorkbook(port);
    expect(inWorker.output).toStrictEqual(inPane.output);
    expect(inWorker.grid).toEqual(inPane.grid);
    const choices = { ...inPane.choices, reportUnit: "mkr" as const };
    const a = await recompute(inPane, choices, here.port.now());
    const b = await recompute(inWorker, choices, port.now());
    expect(b.output).toStrictEqual(a.output);
  });

  it("an explanation the pane writes reaches the worker's cells: the figures follow at once", async () => {
    const worker = overChannel();
    const { emulator, port: base } = emulated(await exampleWorkbook());
    const port: ExcelPort = { ...base, startEngine: worker.start };
    const analysis = await analyseWorkbook(port);
    const before = analysis.output.result?.levels.find((l) => l.name === "LSS")?.explained ?? 0;
    const added = await addExplanationRow(port, analysis, {
      level: "LSS",
      text: "Ny",
      amount: oreToMoney(-100_000_000),
    });
    expect(added.output.result?.explanations.map((e) => e.text)).toContain("Ny");
    expect(added.output.result?.levels.find((l) => l.name === "LSS")?.explained).toBe(before - 100_000_000);
    expect(emulator.workbook.sheets.map((s) => s.name)).toContain("Förklaringar");
  });

  it("Avbryt while the engine computes stops the worker at once; nothing is written", async () => {
    const worker = overChannel();
    const { emulator, port: base } = emulated(await exampleWorkbook());
    const port: ExcelPort = { ...base, startEngine: worker.start };
    const before = emulator.workbook.sheets.map((s) => s.name);
    const controller = new AbortController();
    const done = generateReport(
      port,
      {},
      // once the computation is asked of the worker (right after this stage begins)
      (stage) => stage === "beräknar" && queueMicrotask(() => controller.abort()),
      controller.signal,
    );
    await expect(done).rejects.toMatchObject({ name: "AbortError" });
    expect(worker.stops()).toBe(1);
    expect(emulator.workbook.sheets.map((s) => s.name)).toEqual(before);
  });

  it("a failure in the worker reaches the pane with its words and the worker's stack", async () => {
    class Failing extends EngineCore {
      override analyse(): never {
        throw new RangeError("a bug in the engine");
      }
    }
    const worker = overChannel(new Failing());
    const { port: base } = emulated(await exampleWorkbook());
    const failure = await analyseWorkbook({ ...base, startEngine: worker.start }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ message: "RangeError: a bug in the engine" });
    expect((failure as Error).stack).toContain("(in the engine's worker)");
    // the pane's side ended the worker of the failed reading
    expect(worker.stops()).toBe(1);
  });
});
