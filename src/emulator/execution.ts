/**
 * One sync being carried out: the workbook it changes, an undo journal (so that a sync refused for its
 * response size leaves the workbook as it was), the response bytes so far, and the loaded values that
 * proxies get only once the whole sync has succeeded.
 */
import { EmulatorError } from "./errors";
import type { EmulatedCell, EmulatedSheet, EmulatedWorkbook } from "./model";
import { jsonBytes, PAYLOAD_LIMIT } from "./payload";
import type { Requirements } from "./requirements";

export class Execution {
  responseBytes = 0;
  private readonly undo: (() => void)[] = [];
  private readonly commits: (() => void)[] = [];

  constructor(
    readonly workbook: EmulatedWorkbook,
    readonly requirements: Requirements,
  ) {}

  /** Adds response bytes; past Excel's limit the whole sync fails. */
  charge(bytes: number): void {
    this.responseBytes += bytes;
    if (this.responseBytes > PAYLOAD_LIMIT)
      throw new EmulatorError(
        "ResponsePayloadSizeLimitExceeded",
        `The response would exceed ${PAYLOAD_LIMIT} bytes. Read the range in smaller blocks.`,
      );
  }

  /** Charges a loaded value by the size of its JSON and returns it. */
  respond<T>(value: T): T {
    this.charge(jsonBytes(value, PAYLOAD_LIMIT - this.responseBytes));
    return value;
  }

  /** Runs `publish` if the sync succeeds (loaded values reach proxies only then). */
  onSuccess(publish: () => void): void {
    this.commits.push(publish);
  }

  /** Sets a field, remembering the old value. */
  assign<O extends object, K extends keyof O>(target: O, key: K, value: O[K]): void {
    const old = target[key];
    const had = Object.prototype.hasOwnProperty.call(target, key);
    this.undo.push(() => {
      if (had) target[key] = old;
      else delete target[key];
    });
    target[key] = value;
  }

  setCell(sheet: EmulatedSheet, row: number, column: number, cell: EmulatedCell | undefined): void {
    const old = sheet.cells.get(row, column);
    if (old === cell) return;
    this.undo.push(() => sheet.cells.set(row, column, old));
    sheet.cells.set(row, column, cell);
  }

  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i--) this.undo[i]?.();
    this.undo.length = 0;
  }

  publish(): void {
    for (const commit of this.commits) commit();
  }
}
