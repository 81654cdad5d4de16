import { normalizeHeader } from "../values/normalize-text";
import { readHeaderPeriod } from "./header-period";
import type { HeaderReading } from "./header-words";
import { readHeader } from "./header-words";

/**
 * What a header of a key figures table (nyckeltal) names. The figure columns are read by the ledger's
 * own header reader, so "Utfall jan–apr 2023", "Utfall 2304" and "Bokslut 2023" mean here what they
 * mean in a ledger; only the name, the unit and the plan have words of their own.
 */
export type KeyFigureHeader =
  | { kind: "name" }
  /** "Benämning", "Namn": the name column only where the sheet says it holds key figures */
  | { kind: "genericName" }
  | { kind: "unit" }
  | { kind: "plan" | "outcome" | "forecast"; reading: HeaderReading };

const NAME =
  /^(nyckeltal|verksamhetsmått|volymmått|mått|volym|volymer|mätetal|indikator|indikatorer)(?![\p{L}])/u;
const GENERIC_NAME = /^(benämning|namn|beskrivning|text)$/;
const UNIT = /^(enhet|enh|måttenhet|mätenhet)$/;
const PLAN = /^(plan|planerat|mål|målvärde|budget|budgeterat)(?![\p{L}])/u;
/** "Utfall samma period fg år": last year's, through the same period (not the full year). */
const SAME_PERIOD = /(samma|motsvarande) period/;
/** Words in a sheet's name or title that say it holds key figures. */
const KEY_FIGURE_CONTEXT = /nyckeltal|volym|verksamhetsmått|mätetal|(?<![\p{L}])mått(?![\p{L}])/u;

export function saysKeyFigures(text: string): boolean {
  return KEY_FIGURE_CONTEXT.test(normalizeHeader(text));
}

/** Reads one header of a key figures table; undefined for a column it does not read (a change, a share). */
export function readKeyFigureHeader(raw: string): KeyFigureHeader | undefined {
  const text = normalizeHeader(raw);
  if (text === "") return undefined;
  if (NAME.test(text)) return { kind: "name" };
  if (GENERIC_NAME.test(text)) return { kind: "genericName" };
  if (UNIT.test(text)) return { kind: "unit" };
  const reading = readHeader(raw);
  const kind = reading?.meaning.kind;
  if (PLAN.test(text)) {
    if (reading && (kind === "annualBudget" || kind === "periodBudget")) return { kind: "plan", reading };
    // "Plan 2024", "Mål": the ledger's reader knows only "Budget"; the time is read the same way
    if (reading === undefined) return { kind: "plan", reading: planReading(text) };
  }
  if (reading && kind === "outcome") {
    if (!SAME_PERIOD.test(text)) return { kind: "outcome", reading };
    return {
      kind: "outcome",
      reading: { ...reading, lastYear: true, time: { ...reading.time, accumulated: true } },
    };
  }
  if (reading && kind === "forecast") return { kind: "forecast", reading };
  return undefined;
}

function planReading(text: string): HeaderReading {
  const time = readHeaderPeriod(text);
  const periodic = time.accumulated || time.month !== undefined;
  return {
    meaning: { kind: periodic ? "periodBudget" : "annualBudget" },
    time,
    ...(time.year !== undefined ? { year: time.year } : {}),
    ...(time.month !== undefined ? { month: time.month } : {}),
  };
}
