import {
  Button,
  Caption1,
  Label,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useRef, useState } from "react";
import { layoutDocument } from "../core/document/layout-document";
import type { ReportContext } from "../core/report/header-block";
import type { SettingsOverride } from "../core/settings/validate-settings";
import { renderDocumentHtml } from "../io/html/document-html";
import type { ClipboardPort, DocumentStatus, DownloadPort } from "./document-export";
import { copyDocument, downloadDocument, selectContents } from "./document-export";
import type { TemplateChoice, TemplatePort } from "./document-template";
import { chooseTemplate, forgetTemplate, sessionTemplate } from "./document-template";
import { madeTexts, withDocumentSettings } from "./document-choices";
import type { ChoicesChange } from "./document-texts";
import { DocumentTexts } from "./document-texts";
import { FailureMessage } from "./failure-message";
import { TEXTS } from "./texts";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  heading: { margin: 0 },
  // the document as Word will show it: white, with its own fonts; it scrolls within the pane
  view: {
    maxHeight: "420px",
    overflow: "auto",
    padding: tokens.spacingHorizontalS,
    backgroundColor: "#ffffff",
    color: "#000000",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    userSelect: "text",
    ":focus": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  },
});

type Props = {
  /** the result the report sheets were just written from, and their time */
  report: ReportContext;
  /** the user's choices now: their `document` (months, title, decision) over the report's */
  choices: SettingsOverride;
  onChoices: ChoicesChange;
  /** "Mac": Excel for Mac, whose webview does not download (Office.onReady's platform) */
  platform?: string;
  download: DownloadPort;
  clipboard: ClipboardPort;
  templates: TemplatePort;
};

/**
 * The tjänsteskrivelse, offered three ways: download the .docx, copy it as formatted text, or select it
 * in a view for the user's own Ctrl+C. Its HTML is made when the section shows, not on the click: the
 * copy must reach the clipboard within the click itself.
 */
export function DocumentSection({
  report,
  choices,
  onChoices,
  platform,
  download,
  clipboard,
  templates,
}: Props) {
  const styles = useStyles();
  // the texts the user chose now, over the figures of the report as generated: nothing is computed again
  const document = choices.document;
  const layout = useMemo(() => layoutDocument(withDocumentSettings(report, document)), [report, document]);
  const made = useMemo(() => madeTexts(report, document), [report, document]);
  const html = useMemo(() => renderDocumentHtml(layout), [layout]);
  const [status, setStatus] = useState<DocumentStatus>({ state: "idle" });
  const [viewOpen, setViewOpen] = useState(false);
  const view = useRef<HTMLDivElement>(null);
  const [template, setTemplate] = useState<TemplateChoice>(sessionTemplate);

  const onDownload = async (): Promise<void> => {
    setStatus({ state: "preparing" });
    const chosen = template.state === "chosen" ? template.chosen.template : undefined;
    setStatus(await downloadDocument(layout, download, chosen));
  };
  const onTemplate = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setTemplate({ state: "reading", fileName: file.name });
    setTemplate(await chooseTemplate(file, templates));
  };
  const onCopy = async (): Promise<void> => {
    const copied = await copyDocument(html, clipboard);
    setStatus(copied);
    if (copied.state === "copy-refused") setViewOpen(true);
  };
  const onSelect = (): void => {
    if (view.current) setStatus(selectContents(view.current));
  };

  return (
    <section className={styles.section} aria-labelledby="tjansteskrivelse-rubrik">
      <Subtitle2 id="tjansteskrivelse-rubrik" as="h2" className={styles.heading}>
        {TEXTS.document.title}
      </Subtitle2>
      <Text>{TEXTS.document.intro}</Text>
      <DocumentTexts choices={choices} made={made} onChange={onChoices} />
      <Button appearance="primary" disabled={status.state === "preparing"} onClick={() => void onDownload()}>
        {TEXTS.document.download}
      </Button>
      {platform === "Mac" ? <Caption1>{TEXTS.document.macDownload}</Caption1> : null}
      <TemplatePicker
        choice={template}
        onChoose={onTemplate}
        onForget={() => setTemplate(forgetTemplate())}
      />
      <Button onClick={() => void onCopy()}>{TEXTS.document.copy}</Button>
      <Button appearance="subtle" aria-expanded={viewOpen} onClick={() => setViewOpen(!viewOpen)}>
        {viewOpen ? TEXTS.document.hideView : TEXTS.document.showView}
      </Button>
      <DocumentStatusMessage status={status} />
      {viewOpen ? (
        <>
          <Button onClick={onSelect}>{TEXTS.document.selectAll}</Button>
          <div
            ref={view}
            className={styles.view}
            role="document"
            aria-label={TEXTS.document.view}
            tabIndex={0}
            // the renderer escapes every text: only its own markup is in it
            dangerouslySetInnerHTML={{ __html: html.body }}
          />
        </>
      ) : null}
    </section>
  );
}

/** The municipality's own Word template: a file for the download, kept for the session. */
function TemplatePicker({
  choice,
  onChoose,
  onForget,
}: {
  choice: TemplateChoice;
  onChoose: (file: File | undefined) => Promise<void>;
  onForget: () => void;
}) {
  const id = useId();
  return (
    <>
      <Label htmlFor={id}>{TEXTS.document.templateLabel}</Label>
      <input
        id={id}
        type="file"
        accept=".docx,.dotx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-describedby={`${id}-hint`}
        disabled={choice.state === "reading"}
        // the same file chosen again (after it was corrected in Word) is read again
        onClick={(e) => void (e.currentTarget.value = "")}
        onChange={(e) => void onChoose(e.currentTarget.files?.[0])}
      />
      <Caption1 id={`${id}-hint`}>{TEXTS.document.templateHint}</Caption1>
      {choice.state === "reading" ? <Spinner size="tiny" label={TEXTS.document.templateReading} /> : null}
      {choice.state === "chosen" ? (
        <>
          <Note
            intent="info"
            text={TEXTS.document.templateChosen(
              choice.chosen.fileName,
              choice.chosen.template.placeholders.length,
            )}
          />
          <Button appearance="subtle" onClick={onForget}>
            {TEXTS.document.templateForget}
          </Button>
        </>
      ) : null}
      {choice.state === "refused" ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {TEXTS.document.templateRefused(choice.fileName)}
            {choice.issues.map((i) => (
              <Caption1 block key={i.message}>
                {i.message}
              </Caption1>
            ))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {choice.state === "failed" ? (
        <FailureMessage failure={{ ...choice.failure, message: TEXTS.document.templateFailed }} />
      ) : null}
    </>
  );
}

function DocumentStatusMessage({ status }: { status: DocumentStatus }) {
  switch (status.state) {
    case "idle":
      return null;
    case "preparing":
      return <Spinner size="tiny" label={TEXTS.document.preparing} />;
    case "downloaded":
      return <Note intent="info" text={TEXTS.document.downloaded(status.fileName)} />;
    case "download-failed":
      return <FailureMessage failure={{ ...status.failure, message: TEXTS.document.downloadFailed }} />;
    case "copied":
      return <Note intent="success" text={TEXTS.document.copied} />;
    case "copy-refused":
      return <Note intent="warning" text={TEXTS.document.copyRefused} detail={status.detail} />;
    case "selected":
      return <Note intent="info" text={TEXTS.document.selected} />;
  }
}

function Note({
  intent,
  text,
  detail,
}: {
  intent: "info" | "success" | "warning";
  text: string;
  detail?: string;
}) {
  return (
    <MessageBar intent={intent} role="status">
      <MessageBarBody>
        {text}
        {detail ? <Caption1 block>{TEXTS.errors.detail(detail)}</Caption1> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
