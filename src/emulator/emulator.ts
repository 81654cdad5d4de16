/**
 * createEmulator: an Excel.run over an in-memory workbook. `run` has Excel.run's signatures (with and
 * without run options), so the adapter can be handed either; it creates a context, awaits the batch,
 * sends what is still queued (as Excel.run does) and rejects with the batch's error.
 */
import type { EmulatorState, EmulatorStats } from "./batch";
import { Batch } from "./batch";
import { CellEditMode } from "./cell-edit";
import { invalidArgument } from "./errors";
import type { EmulatedWorkbook } from "./model";
import { createWorkbook } from "./model";
import { RefusedCalls } from "./refused-calls";
import type { RequirementSets, Requirements } from "./requirements";
import { createRequirements } from "./requirements";
import { RequestContext } from "./request-context";
import { SecondWriter } from "./second-writer";

export interface EmulatorOptions {
  /** The emulated Excel's requirement sets; default { ExcelApi: "1.9" }. */
  requirements?: RequirementSets;
}

/** The Excel.RunOptions the emulator models. */
export interface EmulatorRunOptions {
  /** Wait while the user edits a cell instead of failing with InvalidOperationInCellEditMode. */
  delayForCellEdit?: boolean;
}

type BatchFunction<T> = (context: Excel.RequestContext) => Promise<T>;

export interface Emulator {
  // `this: void`: run uses no `this`, so it can be handed on alone, as Excel.run is.
  run<T>(this: void, batch: BatchFunction<T>): Promise<T>;
  run<T>(this: void, options: EmulatorRunOptions, batch: BatchFunction<T>): Promise<T>;
  /** The live workbook: changed by every successful sync. */
  readonly workbook: EmulatedWorkbook;
  readonly stats: EmulatorStats;
  /** Install `requirements.isSetSupported` as Office.context.requirements.isSetSupported in a harness. */
  readonly requirements: Requirements;
  /** The user starts typing in a cell: Excel's cell-edit mode, until `exitCellEditMode`. */
  enterCellEditMode(): void;
  /** The user leaves the cell (Enter, Tab, Esc): requests that waited for it go on. */
  exitCellEditMode(): void;
  /** A colleague (or a second window) whose changes land between the add-in's syncs. */
  readonly secondWriter: SecondWriter;
  /** Calls this Excel refuses, as a test tells it to. */
  readonly refusedCalls: RefusedCalls;
}

export function createEmulator(
  workbook: EmulatedWorkbook = createWorkbook(),
  options: EmulatorOptions = {},
): Emulator {
  const state: EmulatorState = {
    workbook,
    requirements: createRequirements(options.requirements),
    stats: { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0, log: [] },
    cellEdit: new CellEditMode(),
    secondWriter: new SecondWriter(),
    refusedCalls: new RefusedCalls(),
  };
  return {
    workbook,
    stats: state.stats,
    requirements: state.requirements,
    enterCellEditMode: () => state.cellEdit.enter(),
    exitCellEditMode: () => state.cellEdit.exit(),
    secondWriter: state.secondWriter,
    refusedCalls: state.refusedCalls,
    async run<T>(...args: [BatchFunction<T>] | [EmulatorRunOptions, BatchFunction<T>]): Promise<T> {
      const [runOptions, batch] = args.length === 1 ? [{}, args[0]] : args;
      for (const key of Object.keys(runOptions))
        if (key !== "delayForCellEdit")
          throw invalidArgument(`The run option "${key}" is not modelled.`, "Excel.run");
      const queue = new Batch(state, runOptions.delayForCellEdit === true);
      const context = new RequestContext(queue);
      try {
        // The emulator models a subset of Excel.RequestContext; members it lacks are undefined at run time.
        const result = await batch(context as unknown as Excel.RequestContext);
        await context.sync();
        return result;
      } finally {
        queue.close();
      }
    },
  };
}
