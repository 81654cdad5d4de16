import type { CostTypeResult } from "../compute/compute-result";
import type { Figures } from "../compute/figures";
import { ZERO_FIGURES, addFigures } from "../compute/figures";
import type { Presentation } from "./cells";
import type { TableRow } from "./figure-table";
import { figureHeader, figureRows } from "./figure-table";
import type { ReportContext } from "./header-block";
import { headerBlock } from "./header-block";
import type { ReportSheet } from "./layout";
import { REPORT_PROTECTION, a4Landscape } from "./sheet-setup";

export const COST_TYPE_SHEET = "Driftredovisning";

const total = (lines: readonly Figures[]): Figures =>
  lines.reduce<Figures>((a, b) => addFigures(a, b), ZERO_FIGURES);

/**
 * Driftredovisning per kostnadsslag (as Alingsås's drift): income and cost lines, Verksamhetens
 * kostnader, Verksamhetens nettokostnader, Kommunbidrag, Finansnetto, Årets resultat. Every subtotal is
 * a formula over the lines above it.
 */
export function costTypeSheet(ctx: ReportContext): ReportSheet {
  const r = ctx.result;
  const p: Presentation = { unit: r.settings.reportUnit, sign: r.settings.reportSign };
  const rows = headerBlock(ctx, "driftredovisning per kostnadsslag");
  rows.push(...figureHeader("Kostnadsslag", r.period.month));
  const first = rows.length + 1;
  const table: TableRow[] = [];
  const add = (row: TableRow): number => {
    table.push(row);
    return first + table.length - 1;
  };
  const lines = (group: CostTypeResult["group"]): CostTypeResult[] =>
    r.costTypes.filter((c) => c.group === group);
  const addLines = (group: CostTypeResult["group"]): { rows: number[]; figures: Figures[] } => {
    const found = lines(group);
    return { rows: found.map((c) => add({ label: c.name, figures: c, kind: "line" })), figures: found };
  };

  const income = addLines("income");
  const costs = addLines("cost");
  const costRow =
    costs.rows.length > 0
      ? [
          add({
            label: "Verksamhetens kostnader",
            figures: total(costs.figures),
            kind: "subtotal",
            sumOf: costs.rows,
          }),
        ]
      : [];
  const unclassified = addLines("unclassified");
  const netFigures = total([...income.figures, ...costs.figures, ...unclassified.figures]);
  const financing = r.costTypes.some((c) => c.group === "kommunbidrag" || c.group === "financial");
  const netRow = add({
    label: "Verksamhetens nettokostnader",
    figures: netFigures,
    kind: financing ? "subtotal" : "total",
    sumOf: [...income.rows, ...costRow, ...unclassified.rows],
  });
  const kommunbidrag = addLines("kommunbidrag");
  const financial = addLines("financial");
  // Årets resultat is the net cost after Kommunbidrag: without Kommunbidrag in the ledger it would
  // only be the net cost under another name.
  if (financing) {
    add({
      label: kommunbidrag.rows.length > 0 ? "Årets resultat" : "Nettokostnader inklusive finansnetto",
      figures: total([netFigures, ...kommunbidrag.figures, ...financial.figures]),
      kind: "total",
      sumOf: [netRow, ...kommunbidrag.rows, ...financial.rows],
    });
  }
  rows.push(...figureRows(table, first, p));
  const top = first - 2;
  return {
    name: COST_TYPE_SHEET,
    rows,
    columnWidths: [34, 13, 13, 13, 13, 13, 13],
    merges: [`B${top}:D${top}`, `E${top}:G${top}`],
    freeze: { rows: first - 1, columns: 1 },
    gridlines: false,
    page: a4Landscape(`${top}:${first - 1}`),
    protection: REPORT_PROTECTION,
  };
}
