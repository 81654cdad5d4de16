/** A problem in the user's data or settings: returned beside the result, never thrown. */
export type Severity = "error" | "warning";

export type Issue = {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly sheet?: string;
  readonly cell?: string;
  /** the columns the user can choose between (column-ambiguous): a front offers each as an action */
  readonly choices?: ColumnChoices;
};

/** Columns that could each fill `role` (a ledger column key), by letter. */
export type ColumnChoices = { readonly role: string; readonly letters: readonly string[] };

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
}

/** "Underlag!D9: message", as the command line prints it. */
export function formatIssue(issue: Issue): string {
  const place = issue.sheet ? `${quoteSheet(issue.sheet)}${issue.cell ? `!${issue.cell}` : ""}: ` : "";
  return `${place}${issue.message}`;
}

function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
