import type { Unit } from "../core/money";
import type { SheetGrid } from "../core/model/grid";
import { cellText, columnLetter } from "../core/model/grid";
import type { LedgerColumns, SheetSettings } from "../core/settings/settings";
import { LEDGER_COLUMN_KEYS } from "../core/settings/settings";
import type { Issue } from "../core/model/issue";
import type { SettingsOverride } from "../core/settings/validate-settings";
import { isReportSheet } from "../core/model/report-marker";
import { STATE_SHEET } from "../core/state/product-state";
import type { Analysis } from "./workflow";

/** The user's choices are a settings override: every change replaces one part of it, nothing else. */

export type Role = SheetSettings["role"];

export type SheetView = {
  name: string;
  settings: SheetSettings;
  headers: { letter: string; text: string }[];
};

/** Every sheet the user may assign a role: the product's own sheets are left out. */
export function sheetViews(analysis: Analysis): SheetView[] {
  const own = new Set([...(analysis.state?.reportSheets ?? []), STATE_SHEET]);
  const used = analysis.output.settings.sheets ?? [];
  // The product's own sheets, and copies of them (they carry its mark), are never input: not offered.
  return analysis.grid.sheets
    .filter((s) => !own.has(s.name) && !isReportSheet(s))
    .map((grid) => {
      const settings = used.find((s) => s.name === grid.name) ?? { name: grid.name, role: "ignore" as const };
      return {
        name: grid.name,
        settings,
        headers: headersOf(grid, "headerRow" in settings ? settings.headerRow : 1),
      };
    });
}

export function headersOf(grid: SheetGrid, headerRow: number): { letter: string; text: string }[] {
  const row = grid.rows[headerRow - 1] ?? [];
  return row.map((v, c) => ({ letter: columnLetter(c), text: cellText(v) })).filter((h) => h.text !== "");
}

export function withSheet(choices: SettingsOverride, sheet: SheetSettings): SettingsOverride {
  const others = (choices.sheets ?? []).filter((s) => s.name !== sheet.name);
  return { ...choices, sheets: [...others, sheet] };
}

/**
 * The forecast to compare with: a kept snapshot's period ("2023-07"), or none for the automatic rule
 * (a previous-forecast column, else the latest earlier snapshot of the same year). None removes the
 * key, so the saved settings name no choice the user did not make.
 */
export function withCompareWith(choices: SettingsOverride, period: string | undefined): SettingsOverride {
  const next: SettingsOverride = { ...choices };
  if (period === undefined) delete next.compareWith;
  else next.compareWith = period;
  return next;
}

/**
 * The sheet in a new role, keeping its header row and any unit it states; columns to be chosen. An
 * explanations or investments sheet with no unit is read in the ledger's, with a warning, until the
 * user chooses one.
 */
export function withRole(sheet: SheetSettings, role: Role): SheetSettings {
  const headerRow = "headerRow" in sheet ? sheet.headerRow : 1;
  const stated = "unit" in sheet && sheet.unit ? { unit: sheet.unit } : {};
  switch (role) {
    case "long":
      // long data's columns (amount, kind, period) are detected; the pane keeps what was found
      return sheet.role === "long"
        ? sheet
        : {
            name: sheet.name,
            role,
            headerRow,
            unit: stated.unit ?? "kr",
            columns: { amount: "A", kind: "B", period: "C" },
          };
    case "ledger":
      return {
        name: sheet.name,
        role,
        headerRow,
        unit: stated.unit ?? "kr",
        columns: sheet.role === "ledger" ? sheet.columns : {},
      };
    case "mapping":
      return {
        name: sheet.name,
        role,
        headerRow,
        dimension: "Verksamhet",
        columns: { key: "A", level: "B" },
      };
    case "explanations":
      return {
        name: sheet.name,
        role,
        headerRow,
        ...stated,
        columns: { level: "A", text: "B", amount: "C" },
      };
    case "investments":
      return { name: sheet.name, role, headerRow, ...stated, columns: { level: "A" } };
    case "adjustments":
      return sheet.role === "adjustments"
        ? sheet
        : { name: sheet.name, role, headerRow, ...stated, columns: { level: "A", text: "B", amount: "C" } };
    case "keyFigures":
      return sheet.role === "keyFigures"
        ? sheet
        : { name: sheet.name, role, headerRow, columns: { name: "A" } };
    case "ignore":
      return { name: sheet.name, role };
  }
}

/** The sheet read in `unit`, as the user chose it: an explanations or investments sheet's is then no longer assumed. */
export function withUnit(sheet: SheetSettings, unit: Unit): SheetSettings {
  switch (sheet.role) {
    case "ledger":
    case "long":
    case "explanations":
    case "investments":
    case "adjustments":
      return { ...sheet, unit };
    default:
      return sheet;
  }
}

export type LedgerColumnKey = (typeof LEDGER_COLUMN_KEYS)[number];

export function withLedgerColumn(
  sheet: SheetSettings,
  key: LedgerColumnKey,
  letter: string | undefined,
): SheetSettings {
  if (sheet.role !== "ledger") return sheet;
  const columns: LedgerColumns = { ...sheet.columns };
  if (letter) columns[key] = letter;
  else delete columns[key];
  return { ...sheet, columns };
}

/** The figure roles a user may choose one column for, over detection, without restating the sheet. */
export type FigureRole = "annualBudget" | "periodBudget" | "outcome" | "forecast";

export function isFigureRole(key: string): key is FigureRole {
  return key === "annualBudget" || key === "periodBudget" || key === "outcome" || key === "forecast";
}

/**
 * One column chosen for a figure role of a detected sheet (`columns` in the settings): the rest of the
 * sheet is still detected, so next month's headers are read afresh. A sheet the user stated whole
 * takes the column in its own settings.
 */
export function withColumnChoice(
  choices: SettingsOverride,
  sheet: string,
  role: FigureRole,
  letter: string | undefined,
): SettingsOverride {
  const stated = choices.sheets?.find((s) => s.name === sheet);
  if (stated) return withSheet(choices, withLedgerColumn(stated, role, letter));
  const forSheet = { ...(choices.columns?.[sheet] ?? {}) };
  if (letter) forSheet[role] = letter;
  else delete forSheet[role];
  return { ...choices, columns: { ...(choices.columns ?? {}), [sheet]: forSheet } };
}

/**
 * The fix an issue offers (column-ambiguous names its columns): `letter` for the issue's role on its
 * sheet. A figure role is one column chosen over detection; a level or account column is the sheet's
 * own setting, as the column choice under Underlag makes it. Undefined when the issue offers no such fix.
 */
export function withIssueChoice(
  analysis: Analysis,
  issue: Issue,
  letter: string,
): SettingsOverride | undefined {
  const role = issue.choices?.role;
  const sheet = issue.sheet;
  if (role === undefined || sheet === undefined) return undefined;
  if (isFigureRole(role)) return withColumnChoice(analysis.choices, sheet, role, letter);
  const key = LEDGER_COLUMN_KEYS.find((k) => k === role);
  const view = sheetViews(analysis).find((v) => v.name === sheet);
  if (!key || !view || view.settings.role !== "ledger") return undefined;
  return withSheet(analysis.choices, withLedgerColumn(view.settings, key, letter));
}

/**
 * The columns a sheet's settings read, by letter: each with the role it fills (a setting's key, or a
 * dimension's name), so a preview can mark them wherever they stand in the sheet.
 */
export function usedColumns(settings: SheetSettings): Map<string, string[]> {
  const used = new Map<string, string[]>();
  if (!("columns" in settings)) return used;
  const mark = (letter: string, role: string): void => {
    used.set(letter, [...(used.get(letter) ?? []), role]);
  };
  for (const [key, value] of Object.entries(settings.columns) as [string, unknown][]) {
    if (typeof value === "string") mark(value, key);
    else if (Array.isArray(value))
      for (const v of value)
        if (typeof v === "string") mark(v, key);
        else if (typeof value === "object" && value !== null)
          for (const [name, v] of Object.entries(value))
            if (typeof v === "string") mark(v, `dimension:${name}`);
  }
  return used;
}
