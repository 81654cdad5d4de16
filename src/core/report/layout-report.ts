import { costTypeSheet } from "./cost-type-sheet";
import { explanationsSheet } from "./explanations-sheet";
import type { ReportContext } from "./header-block";
import { investmentsSheet } from "./investments-sheet";
import { keyFiguresSheet } from "./key-figures-sheet";
import type { ReportLayout } from "./layout";
import { levelSheet } from "./level-sheet";
import { REPORT_STYLES } from "./styles";
import { summarySheet } from "./summary-sheet";

/** The whole report, as data, from the engine's result. */
export function layoutReport(ctx: ReportContext): ReportLayout {
  const levels = levelSheet(ctx);
  const sheets = [summarySheet(ctx, levels), levels.sheet];
  if (ctx.result.costTypes.length > 0) sheets.push(costTypeSheet(ctx));
  sheets.push(explanationsSheet(ctx));
  const investments = investmentsSheet(ctx);
  if (investments) sheets.push(investments);
  const keyFigures = keyFiguresSheet(ctx);
  if (keyFigures) sheets.push(keyFigures);
  return { sheets, styles: REPORT_STYLES };
}
