/** A new engine worker (engine.worker.ts, bundled by webpack). Only in a browser. */
export declare function startEngineWorker(): Worker;
