/**
 * Excel.WorkbookProtection (ExcelApi 1.7): the protection of the workbook's structure (Granska → Skydda
 * arbetsbok), which forbids adding, deleting, renaming, moving, hiding and showing sheets ("Protect
 * workbook structure" in the Excel JavaScript API's workbook article). The reference documents
 * `protected`, `protect(password)` ("Fails if the workbook has been protected") and `unprotect(password)`,
 * but no error code for a structure change it forbids: the emulator raises AccessDenied, the code of
 * Excel's protections elsewhere; the add-in must not rely on the code, and asks `protected` instead.
 */
import type { Batch } from "./batch";
import { ClientObject } from "./client-object";
import { EmulatorError, invalidArgument } from "./errors";
import type { EmulatedWorkbook } from "./model";

interface WorkbookProtectionProps {
  protected: boolean;
}

const SPEC = {
  typeName: "WorkbookProtection",
  readers: { protected: (wb: EmulatedWorkbook) => wb.protection?.protected === true },
  propertyApi: { protected: "1.7" },
};

/** Throws where the workbook's structure is protected; for every change of the sheets' list. */
export function checkStructure(workbook: EmulatedWorkbook, location: string): void {
  if (workbook.protection?.protected === true)
    throw new EmulatorError(
      "AccessDenied",
      "The workbook's structure is protected: sheets cannot be added, deleted, renamed, moved, hidden or shown.",
      location,
    );
}

export class WorkbookProtection extends ClientObject<EmulatedWorkbook, WorkbookProtectionProps> {
  constructor(batch: Batch, path: string) {
    super(batch, SPEC, path, (exec) => exec.workbook);
    Object.preventExtensions(this);
  }

  get protected(): boolean {
    return this.read("protected");
  }

  protect(password?: string): void {
    this.call("protect", [password === undefined ? null : "********"], (wb, exec) => {
      if (wb.protection?.protected === true)
        throw new EmulatorError(
          "InvalidOperation",
          "The workbook is already protected.",
          "WorkbookProtection.protect",
        );
      exec.assign(wb, "protection", {
        protected: true,
        ...(password === undefined || password === "" ? {} : { password }),
      });
    });
  }

  unprotect(password?: string): void {
    this.call("unprotect", [password === undefined ? null : "********"], (wb, exec) => {
      const expected = wb.protection?.password;
      if (wb.protection?.protected === true && expected !== undefined && expected !== password)
        throw invalidArgument("The password is incorrect.", "WorkbookProtection.unprotect");
      exec.assign(wb, "protection", { protected: false });
    });
  }
}
