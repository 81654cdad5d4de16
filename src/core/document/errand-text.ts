import type { EngineResult } from "../engine";
import { levelParagraphs } from "../report/level-text";
import { comparisonSentences } from "../report/summary-change";
import {
  forecastSentence,
  periodSentences,
  spreadSentences,
  unexplainedSentences,
} from "../report/summary-text";

/**
 * Ärende, as the seeds write it (Linköping, August 2023): the period's result; the year's forecast
 * (beside the earlier one and what changed, when there is one) and where the deviation lies; a
 * paragraph for each level with the largest deviations and what it mainly depends on; what no
 * explanation covers. The sentences are the report summary's own (report/summary-text.ts and its
 * neighbours) in the summary's order, so a figure reads the same in the sheet and the document, and
 * the forecast is said once.
 */
export function errandParagraphs(r: EngineResult): string[] {
  const year = [...(comparisonSentences(r) ?? [forecastSentence(r)]), ...spreadSentences(r)];
  return [periodSentences(r), year, ...levelParagraphs(r).map((p) => [p]), unexplainedSentences(r)]
    .filter((sentences) => sentences.length > 0)
    .map((sentences) => sentences.join(" "));
}
