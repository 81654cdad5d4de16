/**
 * Errors shaped like OfficeExtension.Error, so that an adapter's error handling (which reads `code`,
 * `message` and `debugInfo.errorLocation`) can be tested against the emulator unchanged.
 */

/** The codes the emulator raises; spelled as Excel spells them (Excel.ErrorCodes, OfficeExtension.ErrorCodes). */
export type EmulatorErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "MergedRangeConflict"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RangeExceedsLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "FormulaLengthExceedsLimit";

export interface EmulatorDebugInfo {
  code: string;
  message: string;
  /** "Range.values", "WorksheetCollection.getItem", … as Excel reports it. */
  errorLocation?: string;
  /** The queued statement that failed, when the error came from a sync. */
  statement?: string;
}

/** An error with the fields of OfficeExtension.Error (name, code, message, debugInfo, traceMessages). */
export class EmulatorError extends Error {
  override readonly name = "OfficeExtension.Error";
  readonly code: EmulatorErrorCode;
  readonly debugInfo: EmulatorDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: EmulatorError | null = null;

  constructor(code: EmulatorErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation === undefined ? {} : { errorLocation }) };
  }
}

/** Office.js's own wording for a property read before load + sync. */
export function propertyNotLoaded(typeName: string, property: string): EmulatorError {
  return new EmulatorError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

/** Office.js's own wording for a member of a requirement set the host does not have. */
export function apiNotFound(member: string, requirement: string): EmulatorError {
  return new EmulatorError(
    "ApiNotFound",
    `The method or property ${member} is part of the ${requirement} requirement set, which is not available in your version of Excel.`,
    member,
  );
}

export function invalidArgument(message: string, location?: string): EmulatorError {
  return new EmulatorError("InvalidArgument", message, location);
}

export function itemNotFound(message: string, location?: string): EmulatorError {
  return new EmulatorError("ItemNotFound", message, location);
}

/** True for an error of the given code, whatever produced it (the emulator, or real office.js). */
export function hasErrorCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === code;
}
