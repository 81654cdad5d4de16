import type { EngineResult } from "../engine";
import type { ReportUnit } from "../settings/settings";
import { periodEndText } from "../model/period";
import { markerLine } from "../model/report-marker";
import type { ReportCell } from "./layout";
import { text } from "./cells";

export type ReportContext = {
  result: EngineResult;
  /** "2026-11-23 04:35": the caller's clock (the core has none) */
  generatedAt: string;
};

export const SIGN_TEXT = {
  netCostPositive: "Kostnader positiva, intäkter negativa (nettokostnad). Positiv avvikelse = överskott.",
  incomePositive: "Intäkter positiva, kostnader negativa. Positiv avvikelse = överskott.",
} as const;

/**
 * What a sheet's subtitle says, when the sheet does not follow the report's own unit or sign: the
 * summary's sentences speak mnkr, investments show expenditure positive whatever the report's sign.
 */
export type HeaderOverride = { unit?: ReportUnit; signText?: string };

export function committeeName(result: EngineResult): string {
  return result.settings.committee?.trim() || "Nämnden";
}

/**
 * The rows that open every report sheet: what, when, in which unit and sign, from where. The source
 * line marks the sheet as the product's (report-marker.ts), so it must stay within the first rows.
 */
export function headerBlock(
  ctx: ReportContext,
  title: string,
  extraNote?: string,
  override: HeaderOverride = {},
): (ReportCell | undefined)[][] {
  const s = ctx.result.settings;
  const unitText = (override.unit ?? s.reportUnit) === "tkr" ? "Belopp i tkr" : "Belopp i mnkr";
  const sources = s.sheets.filter((sh) => sh.role !== "ignore").map((sh) => sh.name);
  return [
    [text(`${committeeName(ctx.result)} – ${title}`, "title")],
    [
      text(
        `Per den ${periodEndText(ctx.result.period)}. ${unitText}. ${override.signText ?? SIGN_TEXT[s.reportSign]}`,
        "subtitle",
      ),
    ],
    [
      // Also the mark by which the product knows its own sheets later (report-marker.ts).
      text(
        markerLine(`${sources.length === 1 ? "bladet" : "bladen"} ${sources.join(", ")}.`, ctx.generatedAt),
        "note",
      ),
    ],
    [
      text(
        `Summor är beräknade exakt före avrundning; avrundningsdifferenser kan förekomma.${extraNote ? ` ${extraNote}` : ""}`,
        "note",
      ),
    ],
    [],
  ];
}
