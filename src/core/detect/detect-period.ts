import { issue } from "../messages";
import { cellRef, isBlank } from "../model/grid";
import type { Issue } from "../model/issue";
import type { Period } from "../model/period";
import { formatPeriod } from "../model/period";
import type { ScannedSheet } from "./detect-sheet";

export type PeriodSource =
  | { kind: "argument" }
  | { kind: "settings" }
  | { kind: "header"; sheet: string; cell: string; header: string }
  | { kind: "monthColumns"; sheet: string; cell: string }
  /** long data: the last month with outcome, at its first row's period cell */
  | { kind: "data"; sheet: string; cell: string; header: string }
  | { kind: "title"; sheet: string; cell: string };

export type PeriodResolution = {
  period?: Period;
  source?: PeriodSource;
  issues: Issue[];
  /** what the sheets say, when they say it: the columns are judged by it, even under `--period` */
  detected?: Period;
};

export type PeriodInputs = {
  /** `--period`, already validated */
  argument?: Period;
  /** the period in the settings file or saved in the workbook */
  settings?: Period;
  ledgers: readonly ScannedSheet[];
  /** long data's last month with outcome, per sheet */
  longPeriods?: readonly { year?: number; month: number; sheet: string; cell: string; header: string }[];
  /** the year to assume when nothing states one (the caller's clock; the engine has none) */
  fallbackYear?: number;
};

type Found = { year?: number; month: number; source: PeriodSource; label: string; accumulated?: boolean };

/**
 * The period, by these rules in order:
 * 1. `--period` wins; headers that say otherwise are a warning.
 * 2. What the sheets say: the latest month named by an outcome header of the report year ("Utfall ack
 *    202408" beside "Utfall ack 202308"; "Utfall 2004" beside "Utfall 1904"), else by a period-budget
 *    header, else the last outcome month column holding amounts, else a title ("Period: 202408",
 *    "Delårsrapport april 2024"). A title naming another month is a warning.
 * 3. A period saved earlier never overrides the headers: one they contradict is an error asking which
 *    is meant. With headers silent, the saved period is used.
 */
export function resolvePeriod(inputs: PeriodInputs): PeriodResolution {
  const issues: Issue[] = [];
  const detected = detectPeriod(inputs);
  if (inputs.argument) {
    if (detected.period && formatPeriod(detected.period) !== formatPeriod(inputs.argument))
      issues.push(contradiction(inputs.argument, detected.found, detected.period));
    return {
      period: inputs.argument,
      source: { kind: "argument" },
      issues,
      ...(detected.period ? { detected: detected.period } : {}),
    };
  }
  if (detected.period && detected.found) {
    if (inputs.settings && formatPeriod(inputs.settings) !== formatPeriod(detected.period)) {
      issues.push(
        issue(
          "period-saved-contradicted",
          {
            saved: formatPeriod(inputs.settings),
            header: detected.found.label,
            detected: formatPeriod(detected.period),
          },
          placeOf(detected.found.source),
        ),
      );
      return { issues, detected: detected.period };
    }
    issues.push(...detected.issues);
    return { period: detected.period, source: detected.found.source, issues, detected: detected.period };
  }
  if (inputs.settings) return { period: inputs.settings, source: { kind: "settings" }, issues };
  return { issues: [...detected.issues, issue("period-unknown")] };
}

function detectPeriod(inputs: PeriodInputs): { period?: Period; found?: Found; issues: Issue[] } {
  const own: Issue[] = [];
  const headers = [
    ...headerFindings(inputs.ledgers, "outcome"),
    ...(inputs.longPeriods ?? []).map((l): Found => ({
      ...(l.year !== undefined ? { year: l.year } : {}),
      month: l.month,
      source: { kind: "data", sheet: l.sheet, cell: l.cell, header: l.header },
      label: l.header,
      accumulated: true,
    })),
  ];
  const budgets = headerFindings(inputs.ledgers, "periodBudget");
  const titles = inputs.ledgers.flatMap((l) => l.titles);
  const found =
    latest(headers) ??
    latest(budgets) ??
    latest(monthColumnFindings(inputs.ledgers)) ??
    latest(titleFindings(inputs.ledgers));
  if (!found) return { issues: own };
  let year = found.year ?? titles[0]?.year ?? yearOfHeaders(inputs.ledgers);
  if (year === undefined) {
    if (inputs.fallbackYear === undefined) return { issues: own };
    year = inputs.fallbackYear;
    own.push(issue("period-year-assumed", { year }));
  }
  const period = { year, month: found.month };
  for (const t of titles) {
    if (t.month === undefined || found.source.kind === "title") continue;
    if (t.month !== period.month || t.year !== period.year)
      own.push(
        issue(
          "period-contradiction",
          {
            used: formatPeriod(period),
            header: t.text,
            detected: formatPeriod({ year: t.year, month: t.month }),
          },
          { sheet: t.sheet, cell: t.cell },
        ),
      );
  }
  return { period, found: { ...found, year }, issues: own };
}

/** The latest finding: by year where known (a finding with no year is taken as the report year's). */
function latest(found: readonly Found[]): Found | undefined {
  if (found.length === 0) return undefined;
  const maxYear = Math.max(...found.map((f) => f.year ?? -Infinity));
  const inYear = found.filter((f) => f.year === undefined || f.year === maxYear || maxYear === -Infinity);
  // the same month twice ("Utfall 202408", "Utfall ack 202408"): the accumulated header is the source
  return inYear.reduce((a, b) =>
    b.month > a.month || (b.month === a.month && b.accumulated && !a.accumulated) ? b : a,
  );
}

/** Headers of `kind` naming a month, last year's ("fg år", "i fjol") aside. */
function headerFindings(ledgers: readonly ScannedSheet[], kind: "outcome" | "periodBudget"): Found[] {
  const out: Found[] = [];
  for (const l of ledgers)
    for (const c of l.header.cells) {
      const r = c.reading;
      if (r.meaning.kind !== kind || r.month === undefined || r.lastYear || r.previous) continue;
      out.push({
        ...(r.year !== undefined ? { year: r.year } : {}),
        month: r.month,
        source: { kind: "header", sheet: l.grid.name, cell: cellRef(l.header.row, c.col), header: c.text },
        label: c.text,
        accumulated: r.time.accumulated,
      });
    }
  return out;
}

/** The last outcome month column with any amount in it (not on a budget sheet). */
function monthColumnFindings(ledgers: readonly ScannedSheet[]): Found[] {
  const out: Found[] = [];
  for (const l of ledgers) {
    if (l.budgetContext) continue;
    const months = l.header.cells
      .flatMap((c) => (c.reading.meaning.kind === "month" ? [{ month: c.reading.meaning.month, c }] : []))
      .sort((a, b) => b.month - a.month);
    const withData = months.find(({ c }) =>
      l.grid.rows.some((row, r) => r > l.header.row && !isBlank(row?.[c.col]) && row?.[c.col] !== 0),
    );
    if (withData)
      out.push({
        ...(withData.c.reading.year !== undefined ? { year: withData.c.reading.year } : {}),
        month: withData.month,
        source: { kind: "monthColumns", sheet: l.grid.name, cell: cellRef(l.header.row, withData.c.col) },
        label: withData.c.text,
      });
  }
  return out;
}

function titleFindings(ledgers: readonly ScannedSheet[]): Found[] {
  return ledgers.flatMap((l) =>
    l.titles.flatMap((t) =>
      t.month === undefined
        ? []
        : [
            {
              year: t.year,
              month: t.month,
              source: { kind: "title" as const, sheet: t.sheet, cell: t.cell },
              label: t.text,
            },
          ],
    ),
  );
}

/** The report year as budget and forecast headers name it ("Budget 2024"), when no outcome header does. */
function yearOfHeaders(ledgers: readonly ScannedSheet[]): number | undefined {
  const years = ledgers.flatMap((l) =>
    l.header.cells.flatMap((c) =>
      ["annualBudget", "forecast", "periodBudget"].includes(c.reading.meaning.kind) &&
      c.reading.year !== undefined
        ? [c.reading.year]
        : [],
    ),
  );
  return years.length > 0 ? Math.max(...years) : undefined;
}

function contradiction(used: Period, found: Found | undefined, detected: Period): Issue {
  return issue(
    "period-contradiction",
    { used: formatPeriod(used), header: found?.label ?? "", detected: formatPeriod(detected) },
    found ? placeOf(found.source) : {},
  );
}

function placeOf(source: PeriodSource): { sheet?: string; cell?: string } {
  return "sheet" in source ? { sheet: source.sheet, cell: source.cell } : {};
}
