/**
 * The engine's worker in Node (worker_threads), for measure-pane.ts: the same serveEngine the pane's
 * Web Worker runs, and one message of its own, "heap", answered with the worker's heap after a full GC.
 */
import { getHeapStatistics } from "node:v8";
import { parentPort } from "node:worker_threads";
import type { EnginePort } from "../../src/taskpane/engine-worker/serve-engine";
import { serveEngine } from "../../src/taskpane/engine-worker/serve-engine";

const parent = parentPort;
if (!parent) throw new Error("pane-worker.js runs as a worker");
const port: EnginePort = { postMessage: (message) => parent.postMessage(message), onmessage: null };
serveEngine(port);
parent.on(
  "message",
  (data: Parameters<NonNullable<EnginePort["onmessage"]>>[0]["data"] | { kind: "heap" }) => {
    if (data.kind === "heap") {
      (globalThis as { gc?: () => void }).gc?.();
      parent.postMessage({ kind: "heap", usedMB: getHeapStatistics().used_heap_size / 1024 ** 2 });
    } else port.onmessage?.({ data });
  },
);
