import type { Unit } from "../money";
import type { CellValue, SheetGrid } from "../model/grid";
import { cellRef, cellText, columnLetter } from "../model/grid";
import type { Issue } from "../model/issue";
import type { LongLedgerSheet } from "../settings/settings";
import { kindKey, periodCode, yearOf } from "../values/long-values";
import { HEADER_SEARCH_ROWS } from "./detect-header-row";
import { detectUnitAbove } from "./detect-unit";
import type { DetectionEntry } from "./detection";
import type { Candidate, ColumnRole, Picker, Role } from "./long-columns";
import { at, decideColumn, unitDetection } from "./long-columns";
import type { HeaderMeaning } from "./header-words";
import { readHeader, unitFromWord } from "./header-words";
import { normalizeHeader } from "../values/normalize-text";
import { kindMeaning } from "./long-kinds";

export type LongDetection = {
  /** with the first candidate where no rule decides (an error in `issues` asks which is meant) */
  settings: LongLedgerSheet;
  /** false when neither the amount's header nor a note above states the unit: read in kronor */
  unitStated: boolean;
  detection: DetectionEntry[];
  issues: Issue[];
};

type LongHeader = {
  row: number;
  cells: Map<Role, Candidate[]>;
  labels: { col: number; text: string; cell: string; meaning: HeaderMeaning }[];
  units: Map<number, Unit>;
};

const AMOUNT = /^(belopp|värde|amount|value)( i)?$/;
const KIND = /^(typ|version|beloppstyp|belopptyp|värdetyp|scenario|kind|type)$/;
const PERIOD = /^(period|bokföringsperiod|redovisningsperiod|datum|date)$/;
const MONTH = /^(månad|mån|month)$/;
const YEAR = /^(år|year|räkenskapsår|bokföringsår)$/;
const UNIT_WORD = /(?:^|[\s(,;/])(kr|kronor|tkr|mkr|mnkr)\)?$/;
/** data rows looked at to choose between candidate columns by their values */
const SAMPLE_ROWS = 200;

/**
 * Long ("tidy") data: one row per dimensions × period × kind, with an amount column (`Belopp`,
 * `Värde (tkr)`, `Amount`), a kind column (`Typ`, `Version`, `Beloppstyp`, `Scenario`) and a period
 * column (`Period`, `Datum`, `Månad`, or `År` + `Månad`). Undefined when the sheet's header has no
 * such three. Level, account and dimension columns are read by the ledger's own header words.
 */
export function detectLongSheet(sheet: SheetGrid): LongDetection | undefined {
  const header = findLongHeader(sheet);
  if (!header) return undefined;
  const issues: Issue[] = [];
  const detection: DetectionEntry[] = [];
  const decide = (role: ColumnRole, candidates: readonly Candidate[], pick?: Picker) => {
    const d = decideColumn(sheet, header.row, role, candidates, pick);
    detection.push(d.detection);
    if (d.issue) issues.push(d.issue);
    return d.column;
  };
  const of = (role: Role): Candidate[] => header.cells.get(role) ?? [];
  const amount = decide("amount", of("amount"));
  const kind = decide("kind", of("kind"), byKindValues);
  const passOver = (role: Role, candidates: readonly Candidate[], period: string): void => {
    if (candidates.length === 0) return;
    const reason = `året och månaden läses ur periodkolumnen ${period}`;
    const rejected = candidates.map((c) => ({ ...at(c), rule: "period-column", reason }));
    detection.push({ sheet: sheet.name, role, chosen: null, rule: "period-column", reason, rejected });
  };
  const time = decideTime(sheet, header.row, of("period"), of("month"), of("year"), decide, passOver);
  const labelColumns: { level?: string; account?: string; accountName?: string } = {};
  for (const role of ["level", "account", "accountName"] as const) {
    const found = header.labels.filter((l) => l.meaning.kind === role);
    const column = found.length > 0 ? decide(role, found) : undefined;
    if (column !== undefined) labelColumns[role] = column;
  }
  // a code's name ("Ansvar benämning") is a label like its code: a subtotal's text may stand in either
  const dimensions: Record<string, string> = {};
  for (const l of header.labels) {
    const what = l.meaning.kind;
    if ((what === "dimension" || what === "dimensionName") && dimensions[l.text] === undefined)
      dimensions[l.text] = columnLetter(l.col);
  }
  if (amount === undefined || kind === undefined) return undefined;
  const headerUnit = header.units.get(columnIndexOf(of("amount"), amount));
  const noteUnit = headerUnit ? undefined : detectUnitAbove(sheet, header.row);
  const unit = headerUnit ?? noteUnit ?? "kr";
  detection.push(unitDetection(sheet.name, header.row, amount, of("amount"), headerUnit, noteUnit));
  const settings: LongLedgerSheet = {
    name: sheet.name,
    role: "long",
    headerRow: header.row + 1,
    unit,
    columns: {
      ...labelColumns,
      ...(Object.keys(dimensions).length > 0 ? { dimensions } : {}),
      amount,
      kind,
      ...time,
    },
  };
  return { settings, unitStated: headerUnit !== undefined || noteUnit !== undefined, detection, issues };
}

/** The header row among the first 30 with an amount, a kind and a period column; the fullest wins. */
function findLongHeader(sheet: SheetGrid): LongHeader | undefined {
  let best: LongHeader | undefined;
  let bestScore = 0;
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const read = readLongHeader(sheet.rows[r] ?? [], r);
    const has = (role: Role): boolean => (read.cells.get(role)?.length ?? 0) > 0;
    if (!has("amount") || !has("kind") || !(has("period") || has("month"))) continue;
    const score = [...read.cells.values()].reduce((n, c) => n + c.length, 0) + read.labels.length;
    if (score > bestScore) {
      best = read;
      bestScore = score;
    }
  }
  return best;
}

function readLongHeader(values: readonly CellValue[], row: number): LongHeader {
  const header: LongHeader = { row, cells: new Map(), labels: [], units: new Map() };
  values.forEach((value, col) => {
    if (typeof value !== "string") return;
    const text = cellText(value);
    const full = normalizeHeader(text);
    if (full === "") return;
    const unitMatch = UNIT_WORD.exec(full);
    const unit = unitMatch?.[1] ? unitFromWord(unitMatch[1]) : undefined;
    const bare = (unitMatch ? full.slice(0, unitMatch.index) : full)
      .replace(/\s*\([^)]*\)$/, "")
      .replace(/[\s(,;/]+$/, "");
    const role = longRole(bare);
    const cell = cellRef(row, col);
    if (role) {
      const list = header.cells.get(role) ?? [];
      list.push({ col, text, cell });
      header.cells.set(role, list);
      if (unit) header.units.set(col, unit);
      return;
    }
    const meaning = readHeader(text)?.meaning;
    if (meaning && ["level", "account", "accountName", "dimension", "dimensionName"].includes(meaning.kind))
      header.labels.push({ col, text, cell, meaning });
  });
  return header;
}

function longRole(text: string): Role | undefined {
  if (AMOUNT.test(text)) return "amount";
  if (KIND.test(text)) return "kind";
  if (PERIOD.test(text)) return "period";
  if (MONTH.test(text)) return "month";
  if (YEAR.test(text)) return "year";
  return undefined;
}

/** Of several kind columns ("Typ" and "Version"), the one whose values alone name budget, outcome or forecast. */
const byKindValues: Picker = (sheet, headerRow, candidates) => {
  const known = candidates.map((c) => {
    let count = 0;
    for (const v of sample(sheet, headerRow, c.col)) if (kindMeaning(kindKey(v)).role) count++;
    return count;
  });
  const withKinds = candidates.filter((_, i) => (known[i] ?? 0) > 0);
  const chosen = withKinds[0];
  if (withKinds.length !== 1 || !chosen) return undefined;
  return {
    chosen,
    rule: "kind-values",
    reason: `${columnLetter(chosen.col)} "${chosen.text}" har värden som budget, utfall och prognos`,
    rejectedReason: "inga värden som budget, utfall eller prognos",
  };
};

function* sample(sheet: SheetGrid, headerRow: number, col: number): Generator<CellValue | undefined> {
  const last = Math.min(sheet.rows.length, headerRow + 1 + SAMPLE_ROWS);
  for (let r = headerRow + 1; r < last; r++) yield sheet.rows[r]?.[col];
}

type Decide = (role: Role, candidates: readonly Candidate[]) => string | undefined;
type PassOver = (role: Role, candidates: readonly Candidate[], period: string) => void;

/**
 * The period's columns: a period column carries year and month (`Period`, `Datum`, or `Månad` holding
 * dates); `År` + `Månad` give them apart. A period column whose values name no year (1–12, month
 * names) takes the year column's.
 */
function decideTime(
  sheet: SheetGrid,
  headerRow: number,
  periods: readonly Candidate[],
  months: readonly Candidate[],
  years: readonly Candidate[],
  decide: Decide,
  passOver: PassOver,
): { period?: string; year?: string; month?: string } {
  const period = periods.length > 0 ? decide("period", periods) : undefined;
  if (period !== undefined) {
    const col = columnIndexOf(periods, period);
    const needsYear = [...sample(sheet, headerRow, col)].some((v) => {
      const p = periodCode(v);
      return p === p && yearOf(p) === 0;
    });
    const year = needsYear && years.length > 0 ? decide("year", years) : undefined;
    passOver("month", months, period);
    if (!needsYear) passOver("year", years, period);
    return { period, ...(year !== undefined ? { year } : {}) };
  }
  if (years.length > 0) {
    const month = decide("month", months);
    const year = decide("year", years);
    return { ...(month !== undefined ? { month } : {}), ...(year !== undefined ? { year } : {}) };
  }
  const month = decide("period", months);
  return month !== undefined ? { period: month } : {};
}

function columnIndexOf(candidates: readonly Candidate[], letter: string): number {
  return candidates.find((c) => columnLetter(c.col) === letter)?.col ?? -1;
}
