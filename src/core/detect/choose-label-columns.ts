import { issue } from "../messages";
import { cellRef, columnLetter } from "../model/grid";
import { monthName } from "./column-rules";
import type { ChosenColumns, ColumnContext } from "./column-context";
import { ROLE_NAMES, place } from "./column-context";
import type { HeaderCell } from "./detect-header-row";
import type { Rejected } from "./detection";

/** Level, account and account name: one column each; two level or account columns are for the user. */
export function chooseLabels(out: ChosenColumns, ctx: ColumnContext, cells: readonly HeaderCell[]): void {
  for (const role of ["level", "account", "accountName"] as const) {
    const found = cells.filter((c) => c.reading.meaning.kind === role);
    const [first, second] = found;
    if (!first) continue;
    if (second && role !== "accountName") {
      out.issues.push({
        ...issue(
          "column-ambiguous",
          {
            role: ROLE_NAMES[role],
            first: columnLetter(first.col),
            firstHeader: first.text,
            second: columnLetter(second.col),
            secondHeader: second.text,
          },
          { sheet: ctx.sheet, cell: cellRef(ctx.headerRow, second.col) },
        ),
        choices: { role, letters: found.map((c) => columnLetter(c.col)) },
      });
      continue;
    }
    out.columns[role] = columnLetter(first.col);
  }
  for (const c of cells) {
    const m = c.reading.meaning;
    if (m.kind !== "dimension" && m.kind !== "dimensionName") continue;
    const dims = (out.columns.dimensions ??= {});
    if (dims[c.text] === undefined) dims[c.text] = columnLetter(c.col);
  }
}

/** Bare month columns: budget months or outcome months by the sheet's context, each month once. */
export function monthColumns(
  out: ChosenColumns,
  ctx: ColumnContext,
  cells: readonly HeaderCell[],
): { budget: boolean; total?: HeaderCell } {
  const months = cells.filter((c) => c.reading.meaning.kind === "month");
  if (months.length === 0) return { budget: false };
  const key = ctx.budgetMonths ? "budgetMonths" : "months";
  const taken: Record<string, string> = {};
  const rejectedList: Rejected[] = [];
  for (const c of months) {
    const m = c.reading.meaning;
    if (m.kind !== "month") continue;
    const otherYear = ctx.period && c.reading.year !== undefined && c.reading.year !== ctx.period.year;
    if (otherYear)
      rejectedList.push({
        ...place(ctx, c),
        rule: "other-year",
        reason: `${c.reading.year ?? ""}: ett annat år`,
      });
    else if (taken[String(m.month)] !== undefined) {
      out.issues.push(
        issue(
          "column-ambiguous",
          {
            role: `${ROLE_NAMES[key]} (${monthName(m.month)})`,
            first: taken[String(m.month)] ?? "",
            firstHeader: monthName(m.month),
            second: columnLetter(c.col),
            secondHeader: c.text,
          },
          { sheet: ctx.sheet, cell: cellRef(ctx.headerRow, c.col) },
        ),
      );
    } else taken[String(m.month)] = columnLetter(c.col);
  }
  out.columns[key] = taken;
  const total = ctx.budgetMonths ? cells.find((c) => c.reading.meaning.kind === "monthsTotal") : undefined;
  const first = months[0];
  out.detection.push({
    sheet: ctx.sheet,
    role: key,
    chosen: first ? place(ctx, first) : null,
    rule: ctx.budgetMonths ? "months-in-budget-context" : "months-as-outcome",
    reason: ctx.budgetMonths
      ? `månadskolumner på ett budgetblad: årsbudgeten är summan av månaderna${total ? `, kontrolleras mot "${total.text}"` : ""}`
      : "månadskolumner utan ord om budget: utfall per månad",
    rejected: rejectedList,
  });
  return { budget: ctx.budgetMonths, ...(total ? { total } : {}) };
}
