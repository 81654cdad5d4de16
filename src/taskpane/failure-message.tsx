import { Button, Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Failure } from "./pane-state";
import { TEXTS } from "./texts";

/** A failure: what to do, in Swedish, with the error's own words in a smaller line to report it by. */
export function FailureMessage({ failure, onRetry }: { failure: Failure; onRetry?: () => void }) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        {failure.message}
        <Caption1 block>{TEXTS.errors.detail(failure.detail)}</Caption1>
        {onRetry ? <Button onClick={onRetry}>{TEXTS.errors.retry}</Button> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
