/**
 * The queue of one request context and what happens at sync: the request is measured (and refused
 * whole when too big), then the operations run in order against the shared workbook. An error stops the
 * sync where it happened, like Excel: earlier operations stay applied, later ones are dropped, and no
 * loaded value is delivered. A payload-size error applies nothing. While the user edits a cell a request
 * fails, or waits if its Excel.run asked to (cell-edit.ts).
 */
import type { CellEditMode } from "./cell-edit";
import { cellEditRefusal } from "./cell-edit";
import { EmulatorError, hasErrorCode } from "./errors";
import { Execution } from "./execution";
import type { EmulatedWorkbook } from "./model";
import { jsonBytes, PAYLOAD_LIMIT } from "./payload";
import type { RefusedCalls } from "./refused-calls";
import type { Requirements } from "./requirements";
import type { SecondWriter } from "./second-writer";

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** The error code, when the sync failed. */
  error?: string;
  /** suspendScreenUpdatingUntilNextSync was in effect for this sync. */
  screenUpdatingSuspended?: boolean;
}

export interface EmulatorStats {
  /** Round trips: syncs with at least one queued operation (office.js sends nothing for an empty one). */
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  log: SyncRecord[];
}

/** One queued operation: what it sends (measured as the request) and what it does at sync. */
export interface Operation {
  /** Readable form for error messages, e.g. `Worksheet("Data").getRange("A1").values = …`. */
  statement: string;
  /** The data this operation sends to Excel: its path and arguments. */
  request: unknown;
  run(exec: Execution): void;
}

/** What every context of one emulator shares. */
export interface EmulatorState {
  workbook: EmulatedWorkbook;
  requirements: Requirements;
  stats: EmulatorStats;
  cellEdit: CellEditMode;
  /** Another user's changes between the add-in's syncs (second-writer.ts). */
  secondWriter: SecondWriter;
  /** Calls the emulated Excel is told to refuse (refused-calls.ts). */
  refusedCalls: RefusedCalls;
}

export class Batch {
  private queue: Operation[] = [];
  private closed = false;
  screenUpdatingSuspended = false;

  /** `delayForCellEdit`: the Excel.run option (a request waits while a cell is being edited). */
  constructor(
    readonly state: EmulatorState,
    private readonly delayForCellEdit = false,
  ) {}

  enqueue(op: Operation): void {
    this.queue.push(op);
  }

  /** After Excel.run ends its objects are no longer tracked: nothing more can be sent through them. */
  close(): void {
    this.closed = true;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    // Office.js answers after a round trip: nothing loaded is readable before the promise settles.
    await Promise.resolve();
    if (ops.length === 0) return;
    if (this.closed)
      throw new EmulatorError(
        "InvalidObjectPath",
        "The request context is no longer valid: its Excel.run batch has finished.",
      );
    const record: SyncRecord = { requestBytes: 0, responseBytes: 0, operations: ops.length };
    if (this.screenUpdatingSuspended) record.screenUpdatingSuspended = true;
    this.screenUpdatingSuspended = false;
    const stats = this.state.stats;
    stats.syncs += 1;
    stats.log.push(record);
    record.requestBytes = jsonBytes(
      ops.map((op) => op.request),
      PAYLOAD_LIMIT,
    );
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, record.requestBytes);
    if (record.requestBytes > PAYLOAD_LIMIT) {
      record.error = "RequestPayloadSizeLimitExceeded";
      throw new EmulatorError(
        "RequestPayloadSizeLimitExceeded",
        `The request would exceed ${PAYLOAD_LIMIT} bytes. Write in smaller blocks, with a sync between them.`,
      );
    }
    if (this.state.cellEdit.active) {
      if (!this.delayForCellEdit) {
        record.error = "InvalidOperationInCellEditMode";
        throw cellEditRefusal();
      }
      await this.state.cellEdit.ended();
    }
    this.state.secondWriter.beforeSync(
      this.state.workbook,
      ops.map((op) => op.statement),
    );
    const exec = new Execution(this.state.workbook, this.state.requirements);
    try {
      for (const op of ops) runOne(op, exec, this.state.refusedCalls);
    } catch (error) {
      if (hasErrorCode(error, "ResponsePayloadSizeLimitExceeded")) exec.rollback();
      record.error = errorCode(error);
      throw error;
    } finally {
      record.responseBytes = exec.responseBytes;
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, record.responseBytes);
    }
    exec.publish();
  }
}

function runOne(op: Operation, exec: Execution, refused: RefusedCalls): void {
  try {
    refused.check(op.statement);
    op.run(exec);
  } catch (error) {
    if (error instanceof EmulatorError && error.debugInfo.statement === undefined)
      error.debugInfo.statement = op.statement;
    throw error;
  }
}

function errorCode(error: unknown): string {
  return error instanceof EmulatorError ? error.code : "GeneralException";
}
