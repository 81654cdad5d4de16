import type { EngineResult } from "../engine";
import { MONTH_NAMES } from "../model/period";

/** The months whose report is a delårsrapport unless the settings say otherwise: April and August. */
export const DEFAULT_INTERIM_MONTHS: readonly number[] = [4, 8];

function isInterim(r: EngineResult): boolean {
  return (r.settings.document?.interimMonths ?? DEFAULT_INTERIM_MONTHS).includes(r.period.month);
}

/** "31 augusti": the period's last day. */
function periodEnd(r: EngineResult): string {
  const day = new Date(Date.UTC(r.period.year, r.period.month, 0)).getUTCDate();
  return `${day} ${MONTH_NAMES[r.period.month - 1] ?? ""}`;
}

/**
 * The title the period gives, in the indefinite form for the heading and the definite for the decision
 * ("Delårsrapporten per den 31 augusti … godkänns", as Linköping's seeds write it).
 */
function periodTitle(r: EngineResult): { heading: string; definite: string } {
  const { year, month } = r.period;
  if (isInterim(r)) {
    const rest = `per den ${periodEnd(r)} med prognos för helår ${year}`;
    return { heading: `Delårsrapport ${rest}`, definite: `Delårsrapporten ${rest}` };
  }
  const rest = `${MONTH_NAMES[month - 1] ?? ""} ${year}`;
  return { heading: `Månadsuppföljning ${rest}`, definite: `Månadsuppföljningen ${rest}` };
}

/**
 * "Delårsrapport per den 31 augusti med prognos för helår 2023" in the interim months (settings,
 * default April and August), "Månadsuppföljning mars 2024" in the others; the settings' title over both.
 */
export function documentTitle(r: EngineResult): string {
  return oneLine(r.settings.document?.title) || periodTitle(r).heading;
}

/**
 * The standard decision: "Delårsrapporten per den 31 augusti med prognos för helår 2023 godkänns och
 * överlämnas till kommunstyrelsen."; a title of the settings' own is named as written; the settings'
 * decision over all of it.
 */
export function decisionSentence(r: EngineResult): string {
  const own = oneLine(r.settings.document?.decision);
  if (own) return own;
  const title = oneLine(r.settings.document?.title) || periodTitle(r).definite;
  return `${title} godkänns och överlämnas till kommunstyrelsen.`;
}

/** A text the user typed, as one line: a line break typed in the pane is a space in a heading or a sentence. */
function oneLine(text: string | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}
