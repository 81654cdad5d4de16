import { assumedUnitNote } from "../detect/sheet-units";
import type { Money } from "../money";
import type { Presentation } from "./cells";
import { amount, formula, ref, roundsToZero, shownDeviation, text } from "./cells";
import { changeExplanationRows } from "./change-explanations";
import type { ReportContext } from "./header-block";
import { committeeName, headerBlock } from "./header-block";
import { midSentence } from "./swedish-text";
import type { ReportCell, ReportSheet } from "./layout";
import { REPORT_PROTECTION, a4Landscape } from "./sheet-setup";

export const EXPLANATIONS_SHEET = "Viktigaste förklaringar";

export const UNEXPLAINED_LABEL = "Ej förklarat";

/** After an explanation of the forecast change among those not counted. */
export const CHANGE_MARK = " (prognosförändring)";

export const NOT_COUNTED_LABEL = "Förklaringar som inte räknas in (nivån finns inte i underlaget):";

/**
 * Viktigaste förklaringar (as Lomma's list): per level its explanations of the deviation, the part not
 * explained on a line of its own whenever it shows, and `Totalt <nivå>`, which is the level's forecast
 * deviation by construction; then `Totalt för <nämnden>`. Below, the explanations of the forecast
 * change in the same shape (change-explanations.ts).
 */
export function explanationsSheet(ctx: ReportContext): ReportSheet {
  const r = ctx.result;
  const p: Presentation = { unit: r.settings.reportUnit, sign: r.settings.reportSign };
  const read = r.sheetUnits.find((u) => u.role === "explanations");
  const unitNote = read && assumedUnitNote(read);
  const rows = headerBlock(ctx, "prognostiserad budgetavvikelse helår, viktigaste förklaringar", unitNote);
  rows.push([text("Förklaring", "columnHeaderLeft"), text("Belopp", "columnHeader")]);
  const first = rows.length + 1;
  const totals: number[] = [];
  const value = (m: Money): number => shownDeviation(m, p);
  for (const level of r.levels) {
    rows.push([text(level.name, "subtitle")]);
    const start = rows.length + 1;
    for (const e of r.explanations.filter(
      (x) => x.known && x.about === "deviation" && x.level === level.name,
    )) {
      rows.push([text(e.text, "textIndent"), amount(value(e.amount), p, "deviation")]);
    }
    if (!roundsToZero(level.unexplained, p)) {
      rows.push([text(UNEXPLAINED_LABEL, "warning"), amount(value(level.unexplained), p, "deviation")]);
    }
    const n = rows.length + 1;
    const shownSum = n > start ? `SUM(${ref(1, start)}:${ref(1, n - 1)})` : "0";
    rows.push([
      text(`Totalt ${level.name}`, "textSubtotal"),
      formula(shownSum, value(level.forecastDeviation), p, "deviation", "amountSubtotal"),
    ]);
    totals.push(n);
    rows.push([]);
  }
  const grand: (ReportCell | undefined)[] = [
    text(`Totalt för ${midSentence(committeeName(r))}`, "textTotal"),
    formula(
      totals.length ? totals.map((t) => ref(1, t)).join("+") : "0",
      value(r.total.forecastDeviation),
      p,
      "deviation",
      "amountTotal",
    ),
  ];
  rows.push(grand);
  rows.push(...changeExplanationRows(r, p, rows.length + 1));
  const unknown = r.explanations.filter((e) => !e.known);
  if (unknown.length > 0) {
    rows.push([], [text(NOT_COUNTED_LABEL, "warning")]);
    for (const e of unknown) {
      rows.push([
        text(
          `${e.level || "(ingen nivå)"}: ${e.text}${e.about === "forecastChange" ? CHANGE_MARK : ""}`,
          "note",
        ),
        amount(value(e.amount), p, "deviation", "note"),
      ]);
    }
  }
  const longest = Math.max(0, ...rows.map((row) => (row[0]?.kind === "text" ? row[0].text.length : 0)));
  return {
    name: EXPLANATIONS_SHEET,
    rows,
    columnWidths: [Math.min(90, Math.max(40, longest + 2)), 14],
    merges: [],
    freeze: { rows: first - 1, columns: 0 },
    gridlines: false,
    page: a4Landscape(`${first - 1}:${first - 1}`),
    protection: REPORT_PROTECTION,
  };
}
