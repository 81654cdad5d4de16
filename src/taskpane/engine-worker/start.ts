import type { ClientPort, StartEngine } from "./engine-session";
import { workerEngine } from "./engine-session";
import type { FromEngine } from "./protocol";
import { startEngineWorker } from "./start-worker";

/** The engine in a Web Worker of its own for each reading of the workbook (the pane and the harness). */
export const startWorkerEngine: StartEngine = () => {
  const worker = startEngineWorker();
  const port: ClientPort = {
    postMessage: (message) => worker.postMessage(message),
    onmessage: null,
    onerror: null,
  };
  worker.onmessage = (event: MessageEvent<FromEngine>) => port.onmessage?.(event);
  worker.onerror = (event) => port.onerror?.(event);
  worker.onmessageerror = () => port.onerror?.({ message: "a message from the worker could not be read" });
  return workerEngine(port, () => worker.terminate());
};
