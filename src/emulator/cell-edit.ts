/**
 * The user typing in a cell. While Excel is in cell-edit mode it carries out no batch request: the
 * request fails with InvalidOperationInCellEditMode, unless its Excel.run was given
 * `{ delayForCellEdit: true }`, in which case it waits until the user leaves the cell (Excel.RunOptions).
 * Excel.RunOptions lists the option with no requirement set of its own, so the emulator honours it at
 * every ExcelApi version.
 */
import { EmulatorError } from "./errors";

export class CellEditMode {
  private resumes: (() => void)[] = [];
  private editing = false;

  get active(): boolean {
    return this.editing;
  }

  enter(): void {
    this.editing = true;
  }

  /** Leaving the cell lets the delayed requests through, in the order they came. */
  exit(): void {
    this.editing = false;
    const resumes = this.resumes;
    this.resumes = [];
    for (const resume of resumes) resume();
  }

  /** Resolves once no cell is being edited. */
  async ended(): Promise<void> {
    while (this.editing) await new Promise<void>((resolve) => this.resumes.push(resolve));
  }
}

/** Excel's own words for a request that came while a cell was being edited. */
export function cellEditRefusal(): EmulatorError {
  return new EmulatorError(
    "InvalidOperationInCellEditMode",
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  );
}
