/** The request context a batch receives: context.workbook (worksheets, application) and sync(). */
import type { Batch } from "./batch";
import type { Loadable } from "./client-object";
import { ClientObject } from "./client-object";
import type { EmulatedWorkbook } from "./model";
import { WorkbookProtection } from "./workbook-protection";
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
  private protectionProxy: WorkbookProtection | undefined = undefined;

  constructor(batch: Batch) {
    super(batch, { typeName: "Workbook", readers: {} }, "workbook", (exec) => exec.workbook);
    this.worksheets = new WorksheetCollection(batch);
    this.application = new Application(batch);
    Object.preventExtensions(this);
  }

  /** ExcelApi 1.7: the protection of the workbook's structure. */
  get protection(): WorkbookProtection {
    this.requireApi("protection", "1.7");
    this.protectionProxy ??= new WorkbookProtection(this.batch, "workbook.protection");
    return this.protectionProxy;
  }

  protected override child(name: string): Loadable | undefined {
    return name === "protection" ? this.protection : undefined;
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
