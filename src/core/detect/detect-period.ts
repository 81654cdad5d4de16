import { issue } from "../messages";
import type { SheetGrid } from "../model/grid";
import { cellRef, cellText, columnIndex, isBlank } from "../model/grid";
import type { Issue } from "../model/issue";
import type { Period } from "../model/period";
import { MONTH_NAMES, formatPeriod, monthFromWord } from "../model/period";
import type { LedgerSheet } from "../settings/settings";
import type { PeriodHint } from "./detect-sheet";

export type PeriodSource =
  | { kind: "argument" }
  | { kind: "settings" }
  | { kind: "header"; sheet: string; cell: string; header: string }
  | { kind: "monthColumns"; sheet: string; cell: string }
  | { kind: "title"; sheet: string; cell: string };

export type PeriodResolution = { period?: Period; source?: PeriodSource; issues: Issue[] };

export type PeriodInputs = {
  /** `--period`, already validated */
  argument?: Period;
  /** the period in the settings file or saved in the workbook */
  settings?: Period;
  hints: readonly PeriodHint[];
  ledgers: readonly { sheet: SheetGrid; layout: LedgerSheet }[];
  /** the year to assume when nothing states one (the caller's clock; the engine has none) */
  fallbackYear?: number;
};

type Found = { year?: number; month?: number; source: PeriodSource; label: string };

/**
 * The period: `--period` wins, then the settings, then what the sheets say — month ranges in the
 * headers ("Utfall jan–apr 2024"), the last month column holding data, a month and year in a title.
 * A stated period that the headers contradict is kept, with a warning naming the header.
 */
export function resolvePeriod(inputs: PeriodInputs): PeriodResolution {
  const issues: Issue[] = [];
  const found = [
    ...inputs.hints.map(fromHint),
    ...monthColumnFindings(inputs.ledgers),
    ...titleFindings(inputs.ledgers),
  ];
  const detectedMonth = found.find((f) => f.month !== undefined);
  const detectedYear = found.find((f) => f.year !== undefined);
  const stated = inputs.argument
    ? { period: inputs.argument, source: { kind: "argument" } as const }
    : inputs.settings
      ? { period: inputs.settings, source: { kind: "settings" } as const }
      : undefined;
  if (stated) {
    const contradiction = found.find(
      (f) =>
        f.month !== undefined &&
        f.source.kind !== "title" &&
        (f.month !== stated.period.month || (f.year !== undefined && f.year !== stated.period.year)),
    );
    if (contradiction) {
      const detected =
        contradiction.year !== undefined
          ? formatPeriod({ year: contradiction.year, month: contradiction.month ?? 1 })
          : (MONTH_NAMES[(contradiction.month ?? 1) - 1] ?? "");
      issues.push(
        issue(
          "period-contradiction",
          { used: formatPeriod(stated.period), header: contradiction.label, detected },
          placeOf(contradiction.source),
        ),
      );
    }
    return { period: stated.period, source: stated.source, issues };
  }
  if (!detectedMonth || detectedMonth.month === undefined) return { issues: [issue("period-unknown")] };
  let year = detectedMonth.year ?? detectedYear?.year;
  if (year === undefined) {
    if (inputs.fallbackYear === undefined) return { issues: [issue("period-unknown")] };
    year = inputs.fallbackYear;
    issues.push(issue("period-year-assumed", { year }));
  }
  return { period: { year, month: detectedMonth.month }, source: detectedMonth.source, issues };
}

function placeOf(source: PeriodSource): { sheet?: string; cell?: string } {
  return "sheet" in source ? { sheet: source.sheet, cell: source.cell } : {};
}

function fromHint(h: PeriodHint): Found {
  return {
    ...h,
    source: { kind: "header", sheet: h.sheet, cell: h.cell, header: h.header },
    label: h.header,
  };
}

/** The last month column with any amount in it. */
function monthColumnFindings(ledgers: PeriodInputs["ledgers"]): Found[] {
  const out: Found[] = [];
  for (const { sheet, layout } of ledgers) {
    const months = Object.entries(layout.columns.months ?? {})
      .map(([m, letter]) => ({ month: Number(m), col: columnIndex(letter) }))
      .sort((a, b) => b.month - a.month);
    const withData = months.find(
      ({ col }) =>
        col !== undefined &&
        sheet.rows.some((row, r) => r >= layout.headerRow && !isBlank(row?.[col]) && row?.[col] !== 0),
    );
    if (withData && withData.col !== undefined) {
      const cell = cellRef(layout.headerRow - 1, withData.col);
      out.push({
        month: withData.month,
        source: { kind: "monthColumns", sheet: sheet.name, cell },
        label: cellText(sheet.rows[layout.headerRow - 1]?.[withData.col]),
      });
    }
  }
  return out;
}

const TITLE_PERIOD = /\b([a-zåäö]{3,9})\.?\s+(20\d{2})\b/i;
const TITLE_YEAR = /\b(20\d{2})\b/;

/** "Underlag för delårsrapport per april 2024" above the header: a weak hint, used last. */
function titleFindings(ledgers: PeriodInputs["ledgers"]): Found[] {
  const out: Found[] = [];
  for (const { sheet, layout } of ledgers) {
    for (let r = 0; r < layout.headerRow - 1; r++) {
      (sheet.rows[r] ?? []).forEach((value, c) => {
        const text = cellText(value);
        const m = TITLE_PERIOD.exec(text);
        const month = m?.[1] ? monthFromWord(m[1]) : undefined;
        const source = { kind: "title", sheet: sheet.name, cell: cellRef(r, c) } as const;
        if (month !== undefined && m?.[2]) out.push({ month, year: Number(m[2]), source, label: text });
        else {
          const y = TITLE_YEAR.exec(text);
          if (y?.[1]) out.push({ year: Number(y[1]), source, label: text });
        }
      });
    }
  }
  return out;
}
