import {
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatTimestamp } from "../core/model/timestamp";
import { layoutReport } from "../core/report/layout-report";
import { swedishList } from "../core/report/swedish-text";
import { browserClipboard, browserDownload } from "./document-export";
import { browserTemplates } from "./document-template";
import { DocumentSection } from "./document-section";
import type { ChoicesChange } from "./document-texts";
import { FailureMessage } from "./failure-message";
import { IssueList } from "./issue-list";
import type { Generation } from "./pane-state";
import { TEXTS } from "./texts";
import type { Analysis, Stage } from "./workflow";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  links: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

const STAGES: Stage[] = ["läser", "beräknar", "skriver"];

type Props = {
  analysis: Analysis;
  generation: Generation;
  onGenerate: () => void;
  onCancel: () => void;
  onShow: (sheet: string, cell: string) => void;
  /** a change of the tjänsteskrivelse's texts: kept among the choices, the report left as it is */
  onDocumentChoices: ChoicesChange;
  /** Office.onReady's platform, for what the tjänsteskrivelse's download can promise */
  platform?: string;
};

// the browser's clipboard and download, once: the section's props stay the same between renders
const CLIPBOARD = browserClipboard();
const DOWNLOAD = browserDownload();
const TEMPLATES = browserTemplates();

/** One button: what will be written is said first; then progress through the stages, then links and warnings. */
export function GenerateStep({
  analysis,
  generation,
  onGenerate,
  onCancel,
  onShow,
  onDocumentChoices,
  platform,
}: Props) {
  const styles = useStyles();
  const result = analysis.output.result;
  const sheets = result
    ? layoutReport({ result, generatedAt: formatTimestamp(new Date()) }).sheets.map((s) => s.name)
    : [];
  const running = generation.state === "running";
  return (
    <div className={styles.step}>
      {result ? (
        <Text>{TEXTS.generate.willWrite(swedishList(sheets))}</Text>
      ) : (
        <Text>{TEXTS.generate.blocked}</Text>
      )}
      <Button appearance="primary" disabled={!result || running} onClick={onGenerate}>
        {TEXTS.generate.button}
      </Button>
      {running ? (
        <>
          <ProgressBar
            value={(STAGES.indexOf(generation.stage) + (generation.within ?? 0.5)) / STAGES.length}
            aria-label={TEXTS.generate.stage[generation.stage]}
          />
          <Text role="status">{TEXTS.generate.stage[generation.stage]}</Text>
          <Button onClick={onCancel}>{TEXTS.generate.cancel}</Button>
        </>
      ) : null}
      {generation.state === "done" ? (
        <>
          <MessageBar intent="success">
            <MessageBarBody>{TEXTS.generate.done}</MessageBarBody>
          </MessageBar>
          <Text weight="semibold">{TEXTS.generate.created}</Text>
          <ul className={styles.links}>
            {generation.written.sheets.map((name) => (
              <li key={name}>
                <Link onClick={() => onShow(name, "A1")}>{name}</Link>
              </li>
            ))}
          </ul>
          {generation.written.notices.map((n) => (
            <Text key={n.got}>{TEXTS.generate.renamed(n.wanted, n.got)}</Text>
          ))}
          {generation.written.lookFailed !== undefined ? (
            <MessageBar intent="warning">
              <MessageBarBody>
                {TEXTS.generate.lookFailed}
                <Caption1 block>{TEXTS.errors.detail(generation.written.lookFailed)}</Caption1>
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <IssueList
            issues={analysis.output.issues.filter((i) => i.severity === "warning")}
            onShow={onShow}
          />
          <DocumentSection
            report={generation.report}
            choices={analysis.choices}
            onChoices={onDocumentChoices}
            download={DOWNLOAD}
            clipboard={CLIPBOARD}
            templates={TEMPLATES}
            {...(platform ? { platform } : {})}
          />
        </>
      ) : null}
      {generation.state === "blocked" ? (
        <IssueList issues={analysis.output.issues.filter((i) => i.severity === "error")} onShow={onShow} />
      ) : null}
      {generation.state === "cancelled" ? <Text role="status">{TEXTS.generate.cancelled}</Text> : null}
      {generation.state === "failed" ? <FailureMessage failure={generation.failure} /> : null}
    </div>
  );
}
