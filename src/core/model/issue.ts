/** A problem in the user's data or settings: returned beside the result, never thrown. */
export type Severity = "error" | "warning";

export type Issue = {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly sheet?: string;
  readonly cell?: string;
};

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
