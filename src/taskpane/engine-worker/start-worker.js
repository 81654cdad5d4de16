/* global Worker */
// Plain JavaScript on purpose: `import.meta`, which webpack needs to bundle the worker, is not allowed under
// the CommonJS settings the type check and the tests compile TypeScript with (tsconfig.json), only under the
// bundle's (tsconfig.webpack.json). Its type is in start-worker.d.ts. Never imported by the tests.

/** A new engine worker, from its own bundle (same origin: the content security policy's script-src 'self'). */
export function startEngineWorker() {
  return new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "budgetrapport-motor" });
}
