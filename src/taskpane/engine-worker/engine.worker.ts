/**
 * The engine's worker (webpack bundles it from `new Worker(new URL("./engine.worker.ts", import.meta.url))`
 * in start-worker.js): the engine runs here, so the pane keeps painting and its Avbryt works while a full
 * sheet is computed.
 */
import type { EnginePort } from "./serve-engine";
import { serveEngine } from "./serve-engine";

serveEngine(self as unknown as EnginePort);
