import type { ReportContext } from "../core/report/header-block";
import type { WrittenReport } from "../io/excel/write-report";
import { officeErrorText } from "./texts";
import type { Analysis, ExcelPort, Stage } from "./workflow";
import { generateReport } from "./workflow";

/** A failure as the pane shows it: what to do, in Swedish, and the technical detail beneath. */
export type Failure = { message: string; detail: string };

export type Generation =
  | { state: "idle" }
  /** `within`: how far the stage has come, 0–1, when known (the rows read) */
  | { state: "running"; stage: Stage; within?: number }
  /** `report`: what the sheets were written from, for the tjänsteskrivelse (the same figures and time) */
  | { state: "done"; written: WrittenReport; report: ReportContext }
  /** errors in the data (found when the sources were re-read): nothing was written */
  | { state: "blocked" }
  | { state: "cancelled" }
  | { state: "failed"; failure: Failure };

/**
 * Logs an error whole (stack, Office's debugInfo) for whoever opens the developer tools, and says it
 * to the user: the Office code's Swedish text, and the error's own words so that it can be reported.
 */
export function logFailure(error: unknown): Failure {
  console.error("Budgetrapport:", error);
  return { message: officeErrorText(codeOf(error)), detail: detailOf(error) };
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; failure: Failure };

/** Carries out what the user asked; a failure of any kind is logged and returned, never dropped. */
export async function attempt<T>(action: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await action() };
  } catch (e) {
    return { ok: false, failure: logFailure(e) };
  }
}

/**
 * The report step's button: generates, telling `onProgress` each stage, and ends in the state the step
 * shows. The analysis goes on from the workbook as re-read and written; on a cancel or failure it is
 * the one the pane had.
 */
export async function generateFromPane(
  port: ExcelPort,
  analysis: Analysis,
  onProgress: (generation: Generation) => void,
  signal?: AbortSignal,
): Promise<{ analysis: Analysis; generation: Generation }> {
  try {
    const done = await generateReport(
      port,
      analysis.choices,
      (stage, within) => onProgress({ state: "running", stage, ...(within !== undefined ? { within } : {}) }),
      signal,
    );
    const generation: Generation =
      done.written && done.report
        ? { state: "done", written: done.written, report: done.report }
        : { state: "blocked" };
    return { analysis: done.analysis, generation };
  } catch (e) {
    // The user's own cancel is no failure: said as such, and not logged.
    if (isAbort(e)) return { analysis, generation: { state: "cancelled" } };
    return { analysis, generation: { state: "failed", failure: logFailure(e) } };
  }
}

function codeOf(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e && typeof e.code === "string"
    ? e.code
    : undefined;
}

function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === "AbortError";
}

/** "ItemNotFound: The requested resource doesn't exist." / "TypeError: x is undefined" */
function detailOf(e: unknown): string {
  const message =
    typeof e === "object" && e !== null && "message" in e && typeof e.message === "string"
      ? e.message
      : String(e);
  const kind = codeOf(e) ?? (e instanceof Error ? e.name : undefined);
  return kind !== undefined ? `${kind}: ${message}` : message;
}
