import { EngineCore } from "./engine-core";
import type { FromEngine, ToEngine } from "./protocol";

/** The worker's side of its port: the worker's global scope, or a MessagePort in tests. */
export type EnginePort = {
  postMessage(message: FromEngine): void;
  onmessage: ((event: { data: ToEngine }) => void) | null;
};

/**
 * Answers the pane's messages with an EngineCore. Each request gets its answer or its failure (the
 * error's message and stack, for the pane to log). After an analysis is sent, the cells the engine did
 * not use are dropped, while the pane goes on (the next message waits for it). A failure where there is
 * no request to answer (taking rows, the cut) is said with the next request, never dropped.
 */
export function serveEngine(port: EnginePort, core = new EngineCore()): void {
  let broken: Error | undefined = undefined;
  port.onmessage = ({ data }) => {
    if (data.kind === "sheets" || data.kind === "rows") {
      try {
        if (data.kind === "sheets") core.begin(data.names);
        else core.add(data.sheet, data.firstRow, data.rows);
      } catch (e) {
        broken ??= asError(e);
      }
      return;
    }
    try {
      if (broken !== undefined) throw broken;
      if (data.kind === "analyse") {
        port.postMessage({
          kind: "analysed",
          id: data.id,
          analysed: core.analyse(data.choices, new Date(data.now)),
        });
        try {
          core.trim();
        } catch (e) {
          broken = asError(e);
        }
      } else {
        const recomputed = core.recompute(data.request);
        port.postMessage({ kind: "recomputed", id: data.id, ...(recomputed ? { recomputed } : {}) });
      }
    } catch (e) {
      port.postMessage({ kind: "failed", id: data.id, ...described(e) });
    }
  };
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

function described(e: unknown): { message: string; stack?: string } {
  if (e instanceof Error)
    return { message: `${e.name}: ${e.message}`, ...(e.stack ? { stack: e.stack } : {}) };
  return { message: String(e) };
}
