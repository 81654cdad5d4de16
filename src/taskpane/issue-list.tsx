import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../core/model/issue";
import { formatIssue } from "../core/model/issue";
import { paneMessage } from "./pane-message";
import { TEXTS } from "./texts";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

/**
 * Problems with their place; a button selects the cell in the workbook, and where the engine named
 * the columns to choose between, one button per column makes that choice.
 */
export function IssueList(props: {
  issues: readonly Issue[];
  onShow: (sheet: string, cell: string) => void;
  /** the choice of `letter` for the issue's column, when the pane can make it */
  columnFix?: (issue: Issue, letter: string) => (() => void) | undefined;
}) {
  const styles = useStyles();
  const { columnFix } = props;
  if (props.issues.length === 0) return null;
  return (
    <ul className={styles.list}>
      {props.issues.map((issue, i) => (
        <li key={`${issue.code}-${issue.sheet ?? ""}-${issue.cell ?? ""}-${i}`}>
          <MessageBar intent={issue.severity === "error" ? "error" : "warning"}>
            <MessageBarBody>
              {formatIssue({ ...issue, message: paneMessage(issue) })}{" "}
              {(issue.choices?.letters ?? []).map((letter) => {
                const fix = columnFix?.(issue, letter);
                return fix ? (
                  <Button key={letter} size="small" appearance="secondary" onClick={fix}>
                    {TEXTS.useColumn(letter)}
                  </Button>
                ) : null;
              })}{" "}
              {issue.sheet && issue.cell ? (
                <Button
                  size="small"
                  appearance="transparent"
                  onClick={() => props.onShow(issue.sheet ?? "", issue.cell ?? "")}
                >
                  {TEXTS.sources.showCell(`${issue.sheet}!${issue.cell}`)}
                </Button>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        </li>
      ))}
    </ul>
  );
}
