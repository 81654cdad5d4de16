import { cellRef } from "../model/grid";
import type { Issue } from "../model/issue";
import type { Period } from "../model/period";
import type { LedgerColumns } from "../settings/settings";
import type { SecondaryRole } from "./column-rules";
import type { HeaderCell } from "./detect-header-row";
import type { DetectionEntry } from "./detection";

/** The single-column figure roles, and the label roles, that detection decides. */
export type FigureRole = "annualBudget" | "periodBudget" | "outcome" | "forecast";
type LabelRole = "level" | "account" | "accountName";

/** The roles as the messages and the pane name them. */
export const ROLE_NAMES: Record<FigureRole | LabelRole | SecondaryRole | "months" | "budgetMonths", string> =
  {
    level: "anslagsbindningsnivå",
    account: "konto",
    accountName: "kontonamn",
    annualBudget: "årsbudget",
    periodBudget: "periodens budget",
    outcome: "periodens utfall",
    forecast: "helårsprognos",
    monthOutcome: "månadens utfall",
    lastYearOutcome: "utfall samma period i fjol",
    lastYearFinal: "fjolårets bokslut",
    previousForecast: "föregående prognos",
    months: "utfall per månad",
    budgetMonths: "budget per månad",
  };

export type ColumnContext = {
  sheet: string;
  /** zero-based */
  headerRow: number;
  period: Period | undefined;
  /** bare month columns hold budget (the sheet's name, title or the cells above say so) */
  budgetMonths: boolean;
  /** columns the user chose, by role: they win over every rule */
  chosen: Partial<Record<FigureRole, string>>;
};

export type ChosenColumns = { columns: LedgerColumns; detection: DetectionEntry[]; issues: Issue[] };

/** A header cell as detection names it: its A1 reference and its text. */
export function place(ctx: ColumnContext, cell: HeaderCell): { cell: string; header: string } {
  return { cell: cellRef(ctx.headerRow, cell.col), header: cell.text };
}
