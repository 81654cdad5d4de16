import { issue } from "../messages";
import type { Unit } from "../money";
import type { SheetGrid } from "../model/grid";
import { columnLetter } from "../model/grid";
import type { Issue } from "../model/issue";
import type { DetectionColumn, DetectionEntry } from "./detection";

/** Long data's own columns; level, account and dimensions are the ledger's header words. */
export type Role = "amount" | "kind" | "period" | "month" | "year";
export type Candidate = { col: number; text: string; cell: string };

/** what each role is called in a sentence: "… kan vara beloppet" */
export const ROLE_NAMES: Record<Role | "level" | "account" | "accountName", string> = {
  amount: "beloppet",
  kind: "typen (budget, utfall eller prognos)",
  period: "perioden",
  month: "månaden",
  year: "året",
  level: "anslagsbindningsnivån",
  account: "kontot",
  accountName: "kontonamnet",
};

export type ColumnRole = keyof typeof ROLE_NAMES;

/** A rule that may rank several candidates by their values: the winner, or undefined when it cannot. */
export type Picker = (
  sheet: SheetGrid,
  headerRow: number,
  candidates: readonly Candidate[],
) => { chosen: Candidate; rule: string; reason: string; rejectedReason: string } | undefined;

/**
 * One role's column among its candidates: the only one; else the one a rule (`pick`) ranks first; else
 * none — an error naming both cells asks the user (the first stands in the settings meanwhile).
 */
export function decideColumn(
  sheet: SheetGrid,
  headerRow: number,
  role: ColumnRole,
  candidates: readonly Candidate[],
  pick?: Picker,
): { column: string | undefined; detection: DetectionEntry; issue?: Issue } {
  const [first, ...others] = candidates;
  const base = { sheet: sheet.name, role };
  if (!first) {
    const detection = { ...base, chosen: null, rule: "no-candidate", reason: "ingen kolumn", rejected: [] };
    return { column: undefined, detection };
  }
  if (others.length === 0) {
    const reason = `den enda kolumnen för ${ROLE_NAMES[role]}: ${columnLetter(first.col)} "${first.text}"`;
    const detection = { ...base, chosen: at(first), rule: "only-candidate", reason, rejected: [] };
    return { column: columnLetter(first.col), detection };
  }
  const picked = pick?.(sheet, headerRow, candidates);
  if (picked) {
    const rejected = candidates
      .filter((c) => c !== picked.chosen)
      .map((c) => ({ ...at(c), rule: picked.rule, reason: picked.rejectedReason }));
    const detection = {
      ...base,
      chosen: at(picked.chosen),
      rule: picked.rule,
      reason: picked.reason,
      rejected,
    };
    return { column: columnLetter(picked.chosen.col), detection };
  }
  const named = candidates.map((c) => `${columnLetter(c.col)} "${c.text}"`);
  const listed = `${named.slice(0, -1).join(", ")} och ${named[named.length - 1] ?? ""}`;
  const reason = `ingen regel avgör mellan ${listed}`;
  const rejected = candidates.map((c) => ({ ...at(c), rule: "ambiguous", reason }));
  return {
    // the first stands in the settings for the user to correct; the error stops the report
    column: columnLetter(first.col),
    detection: { ...base, chosen: null, rule: "ambiguous", reason, rejected },
    issue: issue(
      "column-ambiguous",
      {
        role: ROLE_NAMES[role],
        first: columnLetter(first.col),
        firstHeader: first.text,
        second: columnLetter(others[0]?.col ?? first.col),
        secondHeader: others[0]?.text ?? "",
      },
      { sheet: sheet.name, cell: others[0]?.cell ?? first.cell },
    ),
  };
}

export function at(c: Candidate): DetectionColumn {
  return { cell: c.cell, header: c.text };
}

/** Where the amounts' unit comes from: the amount's header, a note above the header, or kronor assumed. */
export function unitDetection(
  sheet: string,
  headerRow: number,
  amount: string,
  candidates: readonly Candidate[],
  headerUnit: Unit | undefined,
  noteUnit: Unit | undefined,
): DetectionEntry {
  const cand = candidates.find((c) => columnLetter(c.col) === amount);
  const chosen = cand ? at(cand) : { cell: `${amount}${headerRow + 1}`, header: "" };
  if (headerUnit)
    return {
      sheet,
      role: "unit",
      chosen,
      rule: "header-unit",
      reason: `rubriken anger ${headerUnit}`,
      rejected: [],
    };
  if (noteUnit)
    return {
      sheet,
      role: "unit",
      chosen,
      rule: "note-above",
      reason: `en rad ovanför rubriken anger ${noteUnit}`,
      rejected: [],
    };
  return {
    sheet,
    role: "unit",
    chosen: null,
    rule: "assumed-kr",
    reason: "varken rubriken eller raderna ovanför anger enhet; beloppen läses i kronor",
    rejected: [],
  };
}
