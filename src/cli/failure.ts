import { FileWriteError } from "../io/write-file-atomic";

/** The system's reasons a user can act on, in Swedish; any other is shown as the system gives it. */
const REASONS: Record<string, string> = {
  ENOSPC: "disken är full",
  EDQUOT: "diskkvoten är slut",
  EACCES: "behörighet saknas",
  EPERM: "behörighet saknas",
  EROFS: "platsen är skrivskyddad",
};

/**
 * What the user is told when the run fails for a reason that is no problem in the input: a file that
 * could not be written names the file and the reason; anything else is a bug, shown with its stack
 * so that it can be reported.
 */
export function describeFailure(e: unknown): string {
  if (e instanceof FileWriteError) {
    const cause = e.cause as { code?: unknown; message?: unknown };
    const reason = typeof cause.code === "string" ? REASONS[cause.code] : undefined;
    const detail = typeof cause.message === "string" ? cause.message : String(e.cause);
    return `kunde inte skriva ${e.path}: ${reason ? `${reason} (${detail})` : detail}`;
  }
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  return `ett oväntat fel inträffade (ett programfel; rapportera det gärna med texten nedan):\n${detail}`;
}
