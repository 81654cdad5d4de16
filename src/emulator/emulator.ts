/**
 * createEmulator: an Excel.run over an in-memory workbook. `run` has Excel.run's signature, so the
 * adapter can be handed either; it creates a context, awaits the batch, sends what is still queued (as
 * Excel.run does) and rejects with the batch's error.
 */
import type { EmulatorState, EmulatorStats } from "./batch";
import { Batch } from "./batch";
import type { EmulatedWorkbook } from "./model";
import { createWorkbook } from "./model";
import type { RequirementSets, Requirements } from "./requirements";
import { createRequirements } from "./requirements";
import { RequestContext } from "./request-context";

export interface EmulatorOptions {
  /** The emulated Excel's requirement sets; default { ExcelApi: "1.9" }. */
  requirements?: RequirementSets;
}

export interface Emulator {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** The live workbook: changed by every successful sync. */
  readonly workbook: EmulatedWorkbook;
  readonly stats: EmulatorStats;
  /** Install `requirements.isSetSupported` as Office.context.requirements.isSetSupported in a harness. */
  readonly requirements: Requirements;
}

export function createEmulator(
  workbook: EmulatedWorkbook = createWorkbook(),
  options: EmulatorOptions = {},
): Emulator {
  const state: EmulatorState = {
    workbook,
    requirements: createRequirements(options.requirements),
    stats: { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0, log: [] },
  };
  return {
    workbook,
    stats: state.stats,
    requirements: state.requirements,
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const queue = new Batch(state);
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
