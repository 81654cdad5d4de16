import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ErrorInfo, ReactNode } from "react";
import { Component } from "react";
import { TEXTS } from "./texts";

type Props = { children: ReactNode };
type State = { error?: Error };

/** The pane never goes blank: a failure anywhere below becomes a message in Swedish and a way back. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the developer tools; the user sees the message below.
    console.error("Budgetrapport:", error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{TEXTS.errors.title}</MessageBarTitle>
          {TEXTS.errors.unexpected}
          <details>
            <summary>{TEXTS.errors.details}</summary>
            <code>{error.message}</code>
          </details>
          <Button onClick={() => this.setState({ error: undefined })}>{TEXTS.errors.retry}</Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
