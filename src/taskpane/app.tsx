import type { Theme } from "@fluentui/react-components";
import { FluentProvider } from "@fluentui/react-components";
import { ErrorBoundary } from "./error-boundary";
import { Pane } from "./pane";
import type { ExcelPort } from "./workflow";

/** The task pane: Fluent in the Office theme, everything inside an error boundary. */
export function App({ port, theme }: { port: ExcelPort; theme: Theme }) {
  return (
    <FluentProvider theme={theme}>
      <ErrorBoundary>
        <Pane port={port} />
      </ErrorBoundary>
    </FluentProvider>
  );
}
