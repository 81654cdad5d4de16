import { issue } from "../messages";
import type { Unit } from "../money";
import type { WorkbookGrid } from "../model/grid";
import { isReportSheet } from "../model/report-marker";
import type { Issue } from "../model/issue";
import type { LedgerSheet, SheetSettings } from "../settings/settings";
import type { ColumnContext } from "./column-context";
import type { PeriodInputs, PeriodResolution } from "./detect-period";
import { resolvePeriod } from "./detect-period";
import type { ScannedSheet } from "./detect-sheet";
import { scanSheet, settleSheet } from "./detect-sheet";
import type { DetectionEntry } from "./detection";
import type { LongDetection } from "./detect-long";
import { detectLongSheet } from "./detect-long";
import type { LongScan } from "./scan-long";
import { scanLongSheet } from "./scan-long";
import type { KeyFiguresScan } from "./detect-key-figures";
import { scanKeyFigures, settleKeyFigures } from "./detect-key-figures";

export type DetectedLayout = {
  sheets: SheetSettings[];
  /** each long-data sheet's scan: its kinds and months, planned once the period is known */
  longScans: Map<string, LongScan>;
  issues: Issue[];
  /** what was decided for each sheet's columns, and why */
  detection: DetectionEntry[];
  period: PeriodResolution;
  /** the unit of the first ledger whose unit a note, a header or the settings state; undefined when none does */
  ledgerUnit?: Unit;
};

export type LayoutChoices = {
  /** sheets the settings state whole: used as they are */
  sheets?: readonly SheetSettings[];
  /** single columns the user chose, per sheet and role: they win over the rules */
  columns?: Readonly<Record<string, ColumnContext["chosen"]>>;
  period: Omit<PeriodInputs, "ledgers">;
};

/**
 * Detects every sheet's role, the period, and then each sheet's columns (which need the period: a
 * column of another year is last year's), and lets the settings replace any sheet by name. Sheets
 * that are none of ledger, mapping or explanations (a read-me) are passed over, and so are the
 * product's own sheets: those `skip` names and any that carries the report's mark, a user's copy of a
 * report sheet included — an old report looks like a ledger or an investments sheet. Only a sheet the
 * settings name is read whatever it holds.
 */
export function detectLayout(
  workbook: WorkbookGrid,
  choices: LayoutChoices,
  skip: (sheet: string) => boolean = () => false,
): DetectedLayout {
  const issues: Issue[] = [];
  const given = choices.sheets ?? [];
  const byName = new Map(given.map((s) => [s.name, s]));
  for (const g of given) {
    if (!workbook.sheets.some((s) => s.name === g.name))
      issues.push(issue("settings-sheet-missing", { sheet: g.name }));
  }
  const scanned = new Map<string, ScannedSheet>();
  const longs = new Map<string, LongDetection>();
  const longScans = new Map<string, LongScan>();
  const keyFigures = new Map<string, KeyFiguresScan>();
  for (const grid of workbook.sheets) {
    const stated = byName.get(grid.name);
    if (!stated && (skip(grid.name) || isReportSheet(grid))) continue;
    // key figures first: their "Budget", "Utfall" and "Enhet" would read as a ledger's, and be summed as money
    const measures = stated ? undefined : scanKeyFigures(grid);
    if (measures) {
      keyFigures.set(grid.name, measures);
      continue;
    }
    // long data first: its "Belopp" and "Nivå" would otherwise read as a mapping or explanations
    const long = stated ? undefined : detectLongSheet(grid);
    if (long) longs.set(grid.name, long);
    const longLayout = stated?.role === "long" ? stated : long?.settings;
    if (longLayout) {
      longScans.set(grid.name, scanLongSheet(grid, longLayout));
      continue;
    }
    const s = scanSheet(grid);
    // a sheet the settings call a ledger still tells the period by its headers
    if (s && (!stated || stated.role === "ledger")) scanned.set(grid.name, s);
  }
  const period = resolvePeriod({
    ...choices.period,
    ledgers: [...scanned.values()].filter((s) => s.role === "ledger"),
    longPeriods: [...longScans.values()].flatMap((l) => (l.period ? [{ ...l.period, sheet: l.sheet }] : [])),
  });
  const sheets: SheetSettings[] = [];
  const detection: DetectionEntry[] = [];
  const detectedLedgers: { layout: LedgerSheet; stated: boolean }[] = [];
  for (const grid of workbook.sheets) {
    const stated = byName.get(grid.name);
    const scan = longScans.get(grid.name);
    if (scan) {
      detection.push(...(longs.get(grid.name)?.detection ?? []), ...scan.detection);
      issues.push(...(longs.get(grid.name)?.issues ?? []), ...scan.issues);
    }
    if (stated) {
      sheets.push(stated);
      continue;
    }
    const long = longs.get(grid.name);
    if (long) {
      sheets.push(long.settings);
      continue;
    }
    const measures = keyFigures.get(grid.name);
    if (measures) {
      const settled = settleKeyFigures(measures, period.detected ?? period.period);
      sheets.push(settled.settings);
      detection.push(...settled.detection);
      continue;
    }
    const s = scanned.get(grid.name);
    if (!s) continue;
    // Columns are judged by the period the sheets name: "--period 2024-03" over "Utfall jan–apr" reads
    // that column (with a warning), it does not make it another month's.
    const settled = settleSheet(s, period.detected ?? period.period, choices.columns?.[grid.name]);
    sheets.push(settled.settings);
    detection.push(...settled.detection);
    issues.push(...settled.issues);
    if (settled.settings.role === "ledger")
      detectedLedgers.push({ layout: settled.settings, stated: s.statedUnit !== undefined });
  }
  issues.push(...unitWarnings(detectedLedgers));
  const explanations = sheets.filter((s) => s.role === "explanations");
  if (explanations.length > 1 && explanations[0]) {
    issues.push(issue("explanations-sheet-twice", { used: explanations[0].name }));
    for (const extra of explanations.slice(1))
      sheets[sheets.indexOf(extra)] = { name: extra.name, role: "ignore" };
  }
  // as for explanations: one list of adjustments, never two summed unseen
  const adjustments = sheets.filter((s) => s.role === "adjustments");
  if (adjustments.length > 1 && adjustments[0]) {
    issues.push(issue("adjustments-sheet-twice", { used: adjustments[0].name }));
    for (const extra of adjustments.slice(1))
      sheets[sheets.indexOf(extra)] = { name: extra.name, role: "ignore" };
  }
  const ledgerUnit = sheets.find(
    (s): s is LedgerSheet =>
      s.role === "ledger" && (byName.has(s.name) || detectedLedgers.some((l) => l.layout === s && l.stated)),
  )?.unit;
  return { sheets, longScans, issues, detection, period, ...(ledgerUnit ? { ledgerUnit } : {}) };
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
