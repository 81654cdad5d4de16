/** Excel.Worksheet. Bound to the sheet it found, so a rename does not lose it (as Excel's ids). */
import { insideGrid, parseAddress } from "./address";
import type { Batch } from "./batch";
import { ChartCollection } from "./chart";
import type { Loadable, Locator } from "./client-object";
import { ClientObject } from "./client-object";
import { EmulatorError, invalidArgument } from "./errors";
import type { Execution } from "./execution";
import type { CellBlock, EmulatedCell, EmulatedSheet, SheetVisibility } from "./model";
import { MAX_COLUMNS, MAX_ROWS } from "./model";
import { Range } from "./range";
import type { RangeTarget } from "./range-cells";
import { booleanArg, checkOneVisibleRemains, checkSheetName, oneOf } from "./sheet-rules";
import { checkStructure } from "./workbook-protection";
import { PageLayout, WorksheetFreezePanes, WorksheetProtection } from "./worksheet-parts";

interface WorksheetProps {
  id: string;
  name: string;
  visibility: SheetVisibility;
  position: number;
  showGridlines: boolean;
}

const SPEC = {
  typeName: "Worksheet",
  readers: {
    id: (s: EmulatedSheet) => s.id,
    name: (s: EmulatedSheet) => s.name,
    visibility: (s: EmulatedSheet) => s.visibility,
    position: (s: EmulatedSheet, exec: Execution) => exec.workbook.sheets.indexOf(s),
    showGridlines: (s: EmulatedSheet) => s.showGridlines,
  },
  propertyApi: { showGridlines: "1.8" },
};

const VISIBILITIES: readonly SheetVisibility[] = ["Visible", "Hidden", "VeryHidden"];

const hasContent = (cell: EmulatedCell): boolean => cell.value !== undefined || cell.formula !== undefined;

/** The used range's block, or undefined on an empty sheet. */
function usedBlock(sheet: EmulatedSheet, valuesOnly: boolean): CellBlock | undefined {
  return sheet.cells.bounds(valuesOnly ? hasContent : () => true);
}

export class Worksheet extends ClientObject<EmulatedSheet, WorksheetProps> {
  private protectionProxy: WorksheetProtection | undefined = undefined;
  private freezePanesProxy: WorksheetFreezePanes | undefined = undefined;
  private pageLayoutProxy: PageLayout | undefined = undefined;
  private chartsProxy: ChartCollection | undefined = undefined;

  constructor(batch: Batch, path: string, locator: Locator<EmulatedSheet>, orNull = false) {
    super(batch, SPEC, path, locator, orNull);
    Object.preventExtensions(this);
  }

  protected override alive(sheet: EmulatedSheet, exec: Execution): boolean {
    return exec.workbook.sheets.includes(sheet);
  }

  protected override child(name: string): Loadable | undefined {
    if (name === "protection") return this.protection;
    if (name === "pageLayout") return this.pageLayout;
    return undefined;
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (sheet, exec) => {
      checkStructure(exec.workbook, "Worksheet.name");
      const name = checkSheetName(exec.workbook, value, "Worksheet.name", sheet);
      if (exec.workbook.activeSheet === sheet.name) exec.assign(exec.workbook, "activeSheet", name);
      exec.assign(sheet, "name", name);
    });
  }
  get visibility(): SheetVisibility {
    return this.read("visibility");
  }
  set visibility(value: SheetVisibility) {
    this.write("visibility", value, (sheet, exec) => {
      checkStructure(exec.workbook, "Worksheet.visibility");
      const visibility = oneOf(VISIBILITIES, value, "Worksheet.visibility");
      if (visibility !== "Visible") {
        checkOneVisibleRemains(exec.workbook, sheet, "Worksheet.visibility");
        if (exec.workbook.activeSheet === sheet.name) exec.assign(exec.workbook, "activeSheet", undefined);
      }
      exec.assign(sheet, "visibility", visibility);
    });
  }
  get position(): number {
    return this.read("position");
  }
  set position(value: number) {
    this.write("position", value, (sheet, exec) => {
      checkStructure(exec.workbook, "Worksheet.position");
      const sheets = exec.workbook.sheets.filter((s) => s !== sheet);
      if (!Number.isInteger(value) || value < 0 || value > sheets.length)
        throw invalidArgument(`Position ${value} is outside 0–${sheets.length}.`, "Worksheet.position");
      sheets.splice(value, 0, sheet);
      exec.assign(exec.workbook, "sheets", sheets);
    });
  }

  /** A view setting, so protection does not stop it. */
  get showGridlines(): boolean {
    return this.read("showGridlines");
  }
  set showGridlines(value: boolean) {
    this.write("showGridlines", value, (sheet, exec) =>
      exec.assign(sheet, "showGridlines", booleanArg(value, "Worksheet.showGridlines")),
    );
  }

  get protection(): WorksheetProtection {
    this.requireApi("protection", "1.2");
    this.protectionProxy ??= new WorksheetProtection(this.batch, `${this.path}.protection`, this.locateSelf);
    return this.protectionProxy;
  }
  get freezePanes(): WorksheetFreezePanes {
    this.requireApi("freezePanes", "1.7");
    this.freezePanesProxy ??= new WorksheetFreezePanes(
      this.batch,
      `${this.path}.freezePanes`,
      this.locateSelf,
    );
    return this.freezePanesProxy;
  }
  get pageLayout(): PageLayout {
    this.requireApi("pageLayout", "1.9");
    this.pageLayoutProxy ??= new PageLayout(this.batch, `${this.path}.pageLayout`, this.locateSelf);
    return this.pageLayoutProxy;
  }
  get charts(): ChartCollection {
    this.chartsProxy ??= new ChartCollection(this.batch, `${this.path}.charts`, this.locateSelf);
    return this.chartsProxy;
  }

  delete(): void {
    this.call("delete", [], (sheet, exec) => {
      checkStructure(exec.workbook, "Worksheet.delete");
      // Worksheet.delete's reference: a very hidden sheet must be made hidden or visible first.
      if (sheet.visibility === "VeryHidden")
        throw new EmulatorError(
          "InvalidOperation",
          "A very hidden sheet cannot be deleted. Set its visibility to Hidden or Visible first.",
          "Worksheet.delete",
        );
      checkOneVisibleRemains(exec.workbook, sheet, "Worksheet.delete");
      if (exec.workbook.activeSheet === sheet.name) exec.assign(exec.workbook, "activeSheet", undefined);
      exec.assign(
        exec.workbook,
        "sheets",
        exec.workbook.sheets.filter((s) => s !== sheet),
      );
    });
  }

  activate(): void {
    this.call("activate", [], (sheet, exec) => {
      if (sheet.visibility !== "Visible")
        throw new EmulatorError(
          "InvalidOperation",
          "A hidden sheet cannot be activated.",
          "Worksheet.activate",
        );
      exec.assign(exec.workbook, "activeSheet", sheet.name);
    });
  }

  /** A range of this sheet found at sync by `find`. */
  private range(path: string, find: (sheet: EmulatedSheet) => CellBlock | undefined, orNull = false): Range {
    const locate = this.locateSelf;
    return new Range(
      this.batch,
      `${this.path}.${path}`,
      (exec): RangeTarget | undefined => {
        const sheet = locate(exec);
        if (sheet === undefined) return undefined;
        const block = find(sheet);
        return block === undefined ? undefined : { sheet, block };
      },
      orNull,
    );
  }

  getRange(address?: string): Range {
    return this.range(`getRange(${address === undefined ? "" : JSON.stringify(address)})`, (sheet) => {
      if (address === undefined || address === "")
        return { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };
      const parsed = parseAddress(address);
      if (parsed === undefined)
        throw invalidArgument(
          `"${address}" is not an A1 address (names are not modelled).`,
          "Worksheet.getRange",
        );
      if (parsed.sheet !== undefined && parsed.sheet.toUpperCase() !== sheet.name.toUpperCase())
        throw invalidArgument(`"${address}" is not on the sheet "${sheet.name}".`, "Worksheet.getRange");
      return parsed.block;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    this.requireApi("getRangeByIndexes", "1.7");
    const block = { row: startRow, column: startColumn, rowCount, columnCount };
    return this.range(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`, () => {
      if (!insideGrid(block))
        throw invalidArgument("The indexes are outside the worksheet grid.", "Worksheet.getRangeByIndexes");
      return block;
    });
  }

  getCell(row: number, column: number): Range {
    return this.range(`getCell(${row}, ${column})`, () => {
      const block = { row, column, rowCount: 1, columnCount: 1 };
      if (!insideGrid(block))
        throw invalidArgument("The cell is outside the worksheet grid.", "Worksheet.getCell");
      return block;
    });
  }

  /** As Excel documents it: on a blank sheet this is A1, not an error. */
  getUsedRange(valuesOnly = false): Range {
    return this.range(
      `getUsedRange(${valuesOnly})`,
      (sheet) => usedBlock(sheet, valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
    );
  }

  /** A null object on a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    this.requireApi("getUsedRangeOrNullObject", "1.4");
    return this.range(
      `getUsedRangeOrNullObject(${valuesOnly})`,
      (sheet) => usedBlock(sheet, valuesOnly),
      true,
    );
  }
}
