import type { Issue } from "../core/model/issue";
import { TEXTS } from "./texts";

/** The engine's message and, when the pane has one, how to make the decision here (never a flag). */
export function paneMessage(issue: Issue): string {
  const fixes: Partial<Record<string, string>> = TEXTS.fixes;
  const fix = fixes[issue.code];
  return fix ? `${issue.message} ${fix}` : issue.message;
}
