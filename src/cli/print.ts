import type { PeriodSource } from "../core/detect/detect-period";
import type { Previous } from "../core/compute/comparison";
import type { EngineResult } from "../core/engine";
import { formatMoney } from "../core/format";
import type { Money } from "../core/money";
import type { Issue } from "../core/model/issue";
import { formatIssue } from "../core/model/issue";
import { cliMessage } from "./fixes";
import { MONTH_NAMES, periodEndText } from "../core/model/period";

/** Where the command line writes: standard out for results, standard error for problems. */
export type Console = { log: (line: string) => void; err: (line: string) => void };

/** Errors as `Blad!Cell: meddelande`, warnings the same after "varning: "; each with its command-line fix. */
export function printIssues(out: Console, issues: readonly Issue[]): void {
  for (const i of issues) {
    const line = formatIssue({ ...i, message: cliMessage(i) });
    out.err(i.severity === "error" ? line : `varning: ${line}`);
  }
}

function describeSource(source: PeriodSource): string {
  switch (source.kind) {
    case "argument":
      return "angiven med --period";
    case "settings":
      return "ur inställningarna";
    case "header":
      return `ur rubriken "${source.header}" (${source.sheet}!${source.cell})`;
    case "monthColumns":
      return `ur sista månadskolumnen med belopp (${source.sheet}!${source.cell})`;
    case "title":
      return `ur rubriken ${source.sheet}!${source.cell}`;
    case "data":
      return `ur sista månaden med utfall, "${source.header}" (${source.sheet}!${source.cell})`;
  }
}

/** A short table of the deviations, in tkr, for the terminal. */
export function printSummary(out: Console, r: EngineResult): void {
  out.log(
    `${r.settings.committee ?? "Nämnden"}, per den ${periodEndText(r.period)} (perioden ${describeSource(r.periodSource)}).`,
  );
  const previous = r.previous;
  if (previous) out.log(`Prognosen jämförs med ${describePrevious(previous)}.`);
  out.log("Belopp i tkr; positiv avvikelse = överskott.");
  const change = (m: Money | null): string => (m === null ? "–" : formatMoney(m, "tkr"));
  const rows = [...r.levels, r.total].map((l) => [
    l.name,
    formatMoney(l.periodDeviation, "tkr"),
    formatMoney(l.forecastDeviation, "tkr"),
    ...(previous ? [change(l.forecastDeviationChange)] : []),
    formatMoney(l.unexplained, "tkr"),
  ]);
  const head = [
    "",
    "Periodens avvikelse",
    "Helårsavvikelse",
    ...(previous ? ["Förändring"] : []),
    "Ej förklarat",
  ];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? "").length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join("  ");
  out.log(line(head));
  for (const row of rows) out.log(line(row));
}

function describePrevious(previous: Previous): string {
  const p = previous.period;
  const after = p ? `prognosen efter ${MONTH_NAMES[p.month - 1] ?? ""} ${p.year}` : "föregående prognos";
  const s = previous.source;
  switch (s.kind) {
    case "history":
      return `${after} (sparad i arbetsboken)`;
    case "chosen":
      return `${after} (sparad i arbetsboken, vald med compareWith)`;
    case "column":
      return `${after} (${s.sheet ?? ""}!${s.cell ?? ""})`;
  }
}
