import type { CellValue, WorkbookGrid } from "../../core/model/grid";
import type { SettingsOverride } from "../../core/settings/validate-settings";
import type { ProductState } from "../../core/state/product-state";
import type { RowSink } from "../../io/excel/read-workbook";
import { EngineCore } from "./engine-core";
import type { Analysed, FromEngine, Recomputed, SheetEdits, ToEngine } from "./protocol";

/**
 * Where the engine runs for one reading of the workbook, and where that reading's cells are kept: a
 * worker in the pane (workerEngine), this thread in the tests (inThreadEngine). The pane holds only the
 * view it is given; what it changes in it (an explanation it wrote) goes back with the next recompute.
 */
export type EngineSession = {
  /** Where the reader puts the rows, as they are read. */
  readonly sink: RowSink;
  /** The engine on the workbook as read: with `choices`, or those saved in it. */
  analyse(choices: SettingsOverride | undefined, now: Date, signal?: AbortSignal): Promise<Analysed>;
  /**
   * The engine again, on the workbook as the pane now has it (`grid`: its view, with its changes).
   * Undefined when the choices need cells that were dropped: the workbook is then to be read again.
   */
  recompute(
    grid: WorkbookGrid,
    state: ProductState | undefined,
    choices: SettingsOverride,
    now: Date,
  ): Promise<Recomputed | undefined>;
  /** Ends it (the worker stops); what is pending rejects as aborted. */
  dispose(): void;
};

export type StartEngine = () => EngineSession;

/**
 * The rows of the views given out, to tell the pane's changes from them: the pane changes its view
 * only by replacing a row with a new array (grid-patch.ts), so a row not given out is one it changed.
 */
class Views {
  private readonly given = new WeakSet<readonly CellValue[]>();

  note(view: WorkbookGrid): WorkbookGrid {
    for (const sheet of view.sheets) sheet.rows.forEach((row) => row && this.given.add(row));
    return view;
  }

  edits(grid: WorkbookGrid): SheetEdits[] {
    return grid.sheets.map((sheet) => {
      const rows: SheetEdits["rows"] = [];
      sheet.rows.forEach((row, r) => {
        if (row && !this.given.has(row)) rows.push([r, row]);
      });
      return { name: sheet.name, rows };
    });
  }
}

/** The engine in this thread (tests; Node has no Worker). The cells stay in this thread. */
export const inThreadEngine: StartEngine = () => {
  const core = new EngineCore();
  const views = new Views();
  return {
    sink: {
      sheets: (names) => core.begin(names),
      rows: (sheet, first, rows) => core.add(sheet, first, rows),
    },
    analyse: (choices, now, signal) => {
      signal?.throwIfAborted();
      const analysed = core.analyse(choices, now);
      views.note(analysed.view);
      core.trim();
      return Promise.resolve(analysed);
    },
    recompute: (grid, state, choices, now) => {
      const edits = views.edits(grid);
      const recomputed = core.recompute({
        ...(state ? { state } : {}),
        choices,
        now: now.getTime(),
        sheets: edits,
      });
      if (recomputed) views.note(recomputed.view);
      return Promise.resolve(recomputed);
    },
    dispose: () => undefined,
  };
};

/** The pane's side of a worker's port: a Worker, or a MessagePort in tests. */
export type ClientPort = {
  postMessage(message: ToEngine): void;
  onmessage: ((event: { data: FromEngine }) => void) | null;
  /** a Worker's: its script failed to load or threw outside a request */
  onerror?: ((event: { message?: string }) => void) | null;
};

type Pending = { resolve: (message: FromEngine) => void; reject: (reason: unknown) => void };

/**
 * The engine in a worker reached through `port`; `stop` ends the worker (Worker.terminate). Cancelling
 * stops it at once, however far the engine has come: nothing in the pane waits for it.
 */
export function workerEngine(port: ClientPort, stop: () => void): EngineSession {
  const views = new Views();
  const pending = new Map<number, Pending>();
  let next = 0;
  let ended: Error | undefined = undefined;
  const end = (reason: Error): void => {
    if (ended === undefined) {
      ended = reason;
      stop();
    }
    for (const p of pending.values()) p.reject(reason);
    pending.clear();
  };
  port.onmessage = ({ data }) => {
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if (!waiting) throw new Error(`the engine answered ${data.kind} ${data.id}, which nothing waits for`);
    if (data.kind === "failed") waiting.reject(workerFailure(data.message, data.stack));
    else waiting.resolve(data);
  };
  port.onerror = (event) =>
    end(workerFailure(`the engine's worker failed: ${event.message ?? "(no message)"}`));
  const request = (message: ToEngine & { id: number }): Promise<FromEngine> =>
    new Promise((resolve, reject) => {
      if (ended !== undefined) return reject(ended);
      pending.set(message.id, { resolve, reject });
      port.postMessage(message);
    });
  const send = (message: ToEngine): void => {
    if (ended === undefined) port.postMessage(message);
  };
  return {
    sink: {
      sheets: (names) => send({ kind: "sheets", names: [...names] }),
      rows: (sheet, firstRow, rows) => send({ kind: "rows", sheet, firstRow, rows }),
    },
    async analyse(choices, now, signal) {
      signal?.throwIfAborted();
      const cancel = (): void => end(abortReason(signal));
      signal?.addEventListener("abort", cancel);
      try {
        const id = next++;
        const answer = await request({
          kind: "analyse",
          id,
          ...(choices ? { choices } : {}),
          now: now.getTime(),
        });
        if (answer.kind !== "analysed") throw new Error(`the engine answered ${answer.kind} to analyse`);
        views.note(answer.analysed.view);
        return answer.analysed;
      } finally {
        signal?.removeEventListener("abort", cancel);
      }
    },
    async recompute(grid, state, choices, now) {
      const id = next++;
      const sheets = views.edits(grid);
      const body = { ...(state ? { state } : {}), choices, now: now.getTime(), sheets };
      const answer = await request({ kind: "recompute", id, request: body });
      if (answer.kind !== "recomputed") throw new Error(`the engine answered ${answer.kind} to recompute`);
      if (answer.recomputed) views.note(answer.recomputed.view);
      return answer.recomputed;
    },
    dispose: () => end(new DOMException("The engine's worker was stopped.", "AbortError")),
  };
}

/** Why `signal` aborted: its reason, an AbortError DOMException unless the caller gave another. */
function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new DOMException("Avbrutet.", "AbortError");
}

/** A failure inside the worker, with the worker's stack for whoever opens the developer tools. */
function workerFailure(message: string, stack?: string): Error {
  const error = new Error(message);
  if (stack) error.stack = `${message}\n(in the engine's worker)\n${stack}`;
  return error;
}
