/** The request context a batch receives: context.workbook (worksheets, application) and sync(). */
import type { Batch } from "./batch";
import { ClientObject } from "./client-object";
import type { EmulatedWorkbook } from "./model";
import { WorksheetCollection } from "./worksheet-collection";

export class Application extends ClientObject<EmulatedWorkbook, object> {
  constructor(batch: Batch) {
    super(batch, { typeName: "Application", readers: {} }, "workbook.application", (exec) => exec.workbook);
    Object.preventExtensions(this);
  }

  /** ExcelApi 1.9. Recorded in the next sync's stats entry; the emulator has no screen to suspend. */
  suspendScreenUpdatingUntilNextSync(): void {
    this.requireApi("suspendScreenUpdatingUntilNextSync", "1.9");
    this.batch.screenUpdatingSuspended = true;
  }
}

export class Workbook extends ClientObject<EmulatedWorkbook, object> {
  readonly worksheets: WorksheetCollection;
  readonly application: Application;

  constructor(batch: Batch) {
    super(batch, { typeName: "Workbook", readers: {} }, "workbook", (exec) => exec.workbook);
    this.worksheets = new WorksheetCollection(batch);
    this.application = new Application(batch);
    Object.preventExtensions(this);
  }
}

export class RequestContext {
  readonly workbook: Workbook;
  readonly application: Application;
  readonly #batch: Batch;

  constructor(batch: Batch) {
    this.#batch = batch;
    this.workbook = new Workbook(batch);
    this.application = this.workbook.application;
    Object.preventExtensions(this);
  }

  /** Sends what was queued; loaded values are readable once this resolves. */
  sync(): Promise<void> {
    return this.#batch.sync();
  }
}
