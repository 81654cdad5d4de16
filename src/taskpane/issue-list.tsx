import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../core/model/issue";
import { formatIssue } from "../core/model/issue";
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

/** Problems with their place; a button selects the cell in the workbook. */
export function IssueList(props: {
  issues: readonly Issue[];
  onShow: (sheet: string, cell: string) => void;
}) {
  const styles = useStyles();
  if (props.issues.length === 0) return null;
  return (
    <ul className={styles.list}>
      {props.issues.map((issue, i) => (
        <li key={`${issue.code}-${issue.sheet ?? ""}-${issue.cell ?? ""}-${i}`}>
          <MessageBar intent={issue.severity === "error" ? "error" : "warning"}>
            <MessageBarBody>
              {formatIssue(issue)}{" "}
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
