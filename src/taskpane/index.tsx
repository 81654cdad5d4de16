import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { excelRun } from "../io/excel/excel-run";
import { capabilitiesOf } from "../io/excel/excel-run";
import type { ExcelPort } from "./workflow";
import { App } from "./app";
import { startWorkerEngine } from "./engine-worker/start";
import { themeFor } from "./office-theme";
import { TEXTS } from "./texts";

function notice(text: string) {
  return (
    <FluentProvider theme={webLightTheme}>
      <MessageBar intent="warning">
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}

/** Starts inside Office.onReady: outside Excel, or in an Excel too old, the pane says so plainly. */
void Office.onReady((info) => {
  const element = document.getElementById("root");
  if (!element) return;
  const root = createRoot(element);
  if (info.host !== Office.HostType.Excel) {
    root.render(notice(TEXTS.errors.notExcel));
    return;
  }
  const capabilities = capabilitiesOf((name, version) =>
    Office.context.requirements.isSetSupported(name, version),
  );
  if (!capabilities) {
    root.render(notice(TEXTS.errors.tooOld));
    return;
  }
  // every batch waits while the user is typing in a cell, instead of failing (delayForCellEdit)
  const run = excelRun(Excel.run);
  const port: ExcelPort = {
    run,
    capabilities,
    now: () => new Date(),
    startEngine: startWorkerEngine,
    platform: String(info.platform),
  };
  root.render(<App port={port} theme={themeFor(Office.context.officeTheme?.bodyBackgroundColor)} />);
});
