import type { ReportContext } from "./header-block";
import { headerBlock } from "./header-block";
import type { ReportSheet } from "./layout";
import { text } from "./cells";
import { summarySentences } from "./summary-text";

export const SUMMARY_SHEET = "Sammanfattning";

/** Characters that fit on one line of the summary's wide column, to size rows of wrapped text. */
const CHARS_PER_LINE = 95;

/** The report's opening text, one paragraph per row, generated from the figures. */
export function summarySheet(ctx: ReportContext): ReportSheet {
  const rows = headerBlock(ctx, "sammanfattning av budgetuppföljningen");
  const first = rows.length;
  const sentences = summarySentences(ctx.result);
  for (const sentence of sentences) rows.push([text(sentence, "paragraph")]);
  const rowHeights: Record<number, number> = {};
  sentences.forEach((s, i) => {
    rowHeights[first + i + 1] = 15 * Math.max(1, Math.ceil(s.length / CHARS_PER_LINE)) + 4;
  });
  return {
    name: SUMMARY_SHEET,
    rows,
    columnWidths: [105],
    rowHeights,
    merges: [],
    freeze: { rows: 0, columns: 0 },
    protect: true,
  };
}
