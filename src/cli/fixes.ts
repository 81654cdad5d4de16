import type { IssueCode } from "../core/messages";
import type { Issue } from "../core/model/issue";

/**
 * How to make on the command line the decision an engine message asks for: said after the message,
 * so that the engine's text stays true in the pane too (the pane has its own, in TEXTS.fixes).
 */
const FIGURE_ROLES: readonly string[] = ["annualBudget", "periodBudget", "outcome", "forecast"];

const CLI_FIXES: Partial<Record<IssueCode, (issue: Issue) => string>> = {
  "column-ambiguous": (i) => {
    const role = i.choices?.role ?? "outcome";
    // "columns" takes the figure columns only; a level or account column is the sheet's own setting
    return FIGURE_ROLES.includes(role)
      ? `Det görs med "columns" i --config, till exempel { "${i.sheet ?? "Blad"}": { "${role}": "${i.choices?.letters[0] ?? "J"}" } }.`
      : `Det görs med bladets "columns" under "sheets" i --config.`;
  },
  "period-unknown": () => "Det görs med --period ÅÅÅÅ-MM.",
  "period-saved-contradicted": () => "Det görs med --period ÅÅÅÅ-MM.",
  "compare-with-missing": () => 'Det görs med "compareWith" i --config: en av de sparade månaderna.',
  "compare-with-not-earlier": () => 'Det görs med "compareWith" i --config: en tidigare månad samma år.',
  "sign-unknown": () => 'Det görs med "inputSign" i --config: "netCostPositive" eller "incomePositive".',
};

/** The message and, when the command line has one, how to fix it there. */
export function cliMessage(issue: Issue): string {
  const fix = CLI_FIXES[issue.code as IssueCode];
  return fix ? `${issue.message} ${fix(issue)}` : issue.message;
}
