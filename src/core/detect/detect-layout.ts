import { issue } from "../messages";
import type { Unit } from "../money";
import type { WorkbookGrid } from "../model/grid";
import { isReportSheet } from "../model/report-marker";
import type { Issue } from "../model/issue";
import type { LedgerSheet, SheetSettings } from "../settings/settings";
import type { PeriodHint } from "./detect-sheet";
import { detectSheet } from "./detect-sheet";

export type DetectedLayout = {
  sheets: SheetSettings[];
  hints: PeriodHint[];
  issues: Issue[];
  /** the unit of the first ledger whose unit a note, a header or the settings state; undefined when none does */
  ledgerUnit?: Unit;
};

/**
 * Detects every sheet's role and columns, then lets the settings replace any sheet by name. Sheets
 * that are none of ledger, mapping or explanations (a read-me) are passed over, and so are the
 * product's own sheets: those `skip` names and any that carries the report's mark, a user's copy of a
 * report sheet included — an old report looks like a ledger or an investments sheet. Only a sheet the
 * settings name is read whatever it holds.
 */
export function detectLayout(
  workbook: WorkbookGrid,
  given: readonly SheetSettings[] = [],
  skip: (sheet: string) => boolean = () => false,
): DetectedLayout {
  const issues: Issue[] = [];
  const hints: PeriodHint[] = [];
  const sheets: SheetSettings[] = [];
  const detectedLedgers: { layout: LedgerSheet; stated: boolean }[] = [];
  const byName = new Map(given.map((s) => [s.name, s]));
  for (const g of given) {
    if (!workbook.sheets.some((s) => s.name === g.name))
      issues.push(issue("settings-sheet-missing", { sheet: g.name }));
  }
  for (const grid of workbook.sheets) {
    const stated = byName.get(grid.name);
    if (stated) {
      sheets.push(stated);
      continue;
    }
    if (skip(grid.name) || isReportSheet(grid)) continue;
    const detected = detectSheet(grid);
    if (!detected) continue;
    sheets.push(detected.settings);
    if (detected.settings.role === "ledger")
      detectedLedgers.push({ layout: detected.settings, stated: detected.unitStated });
    hints.push(...detected.hints);
    issues.push(...detected.issues);
  }
  issues.push(...unitWarnings(detectedLedgers));
  const explanations = sheets.filter((s) => s.role === "explanations");
  if (explanations.length > 1 && explanations[0]) {
    issues.push(issue("explanations-sheet-twice", { used: explanations[0].name }));
    for (const extra of explanations.slice(1))
      sheets[sheets.indexOf(extra)] = { name: extra.name, role: "ignore" };
  }
  const ledgerUnit = sheets.find(
    (s): s is LedgerSheet =>
      s.role === "ledger" && (byName.has(s.name) || detectedLedgers.some((l) => l.layout === s && l.stated)),
  )?.unit;
  return { sheets, hints, issues, ...(ledgerUnit ? { ledgerUnit } : {}) };
}

/**
 * A ledger sheet that states no unit beside one that states tkr or mkr is read in kronor — a factor of
 * a thousand if the user meant the same unit. Say so at its header.
 */
function unitWarnings(ledgers: readonly { layout: LedgerSheet; stated: boolean }[]): Issue[] {
  const stated = ledgers.find((l) => l.stated && l.layout.unit !== "kr");
  if (!stated) return [];
  return ledgers
    .filter((l) => !l.stated)
    .map((l) =>
      issue(
        "unit-assumed",
        { other: stated.layout.name, unit: stated.layout.unit },
        { sheet: l.layout.name, cell: `A${l.layout.headerRow}` },
      ),
    );
}
