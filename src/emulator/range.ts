/** Excel.Range: a block of one sheet. Its address is fixed when its first operation finds it. */
import { cellCount, formatAddress, insideGrid } from "./address";
import type { Batch } from "./batch";
import type { Loadable, Locator } from "./client-object";
import { ClientObject } from "./client-object";
import { EmulatorError, invalidArgument } from "./errors";
import type { Execution } from "./execution";
import { mergeBlock, unmergeBlock } from "./merges";
import type { CellBlock, CellScalar } from "./model";
import type { RangeTarget } from "./range-cells";
import { clearBlock, readGrid, writeGrid } from "./range-cells";
import { columnHiddenOf, setColumnHidden } from "./column-hidden";
import { oneOf } from "./sheet-rules";
import { RangeFormat } from "./range-format";
import type { RangeValueType } from "./value-types";
import { Worksheet } from "./worksheet";

type Grid = (CellScalar | null)[][];

interface RangeProps {
  address: string;
  addressLocal: string;
  rowCount: number;
  columnCount: number;
  rowIndex: number;
  columnIndex: number;
  cellCount: number;
  values: Grid;
  formulas: Grid;
  numberFormat: Grid;
  text: Grid;
  valueTypes: RangeValueType[][];
  columnHidden: boolean | null;
}

const SPEC = {
  typeName: "Range",
  readers: {
    address: (t: RangeTarget) => formatAddress(t.sheet.name, t.block),
    addressLocal: (t: RangeTarget) => formatAddress(t.sheet.name, t.block),
    rowCount: (t: RangeTarget) => t.block.rowCount,
    columnCount: (t: RangeTarget) => t.block.columnCount,
    rowIndex: (t: RangeTarget) => t.block.row,
    columnIndex: (t: RangeTarget) => t.block.column,
    cellCount: (t: RangeTarget) => cellCount(t.block),
    values: (t: RangeTarget, exec: Execution) => readGrid(t, exec, "values"),
    formulas: (t: RangeTarget, exec: Execution) => readGrid(t, exec, "formulas"),
    numberFormat: (t: RangeTarget, exec: Execution) => readGrid(t, exec, "numberFormat"),
    text: (t: RangeTarget, exec: Execution) => readGrid(t, exec, "text"),
    valueTypes: (t: RangeTarget, exec: Execution) => readGrid(t, exec, "valueTypes") as RangeValueType[][],
    columnHidden: (t: RangeTarget) => columnHiddenOf(t),
  },
  propertyApi: { columnHidden: "1.2" },
  selfCharged: ["values", "formulas", "numberFormat", "text", "valueTypes"] as const,
};

/** A block relative to a range's, checked to lie on the grid. */
function shifted(base: RangeTarget, block: CellBlock, location: string): RangeTarget {
  if (!insideGrid(block))
    throw invalidArgument("The resulting range is outside the worksheet grid.", location);
  return { sheet: base.sheet, block };
}

export class Range extends ClientObject<RangeTarget, RangeProps> {
  private formatProxy: RangeFormat | undefined = undefined;
  private worksheetProxy: Worksheet | undefined = undefined;

  constructor(batch: Batch, path: string, locator: Locator<RangeTarget>, orNull = false) {
    super(batch, SPEC, path, locator, orNull);
    Object.preventExtensions(this);
  }

  protected override alive(target: RangeTarget, exec: Execution): boolean {
    return exec.workbook.sheets.includes(target.sheet);
  }

  protected override child(name: string): Loadable | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get text(): Grid {
    return this.read("text");
  }
  /** Read-only, as in Excel: the only property that tells an error from a text (value-types.ts). */
  get valueTypes(): RangeValueType[][] {
    return this.read("valueTypes");
  }

  get values(): Grid {
    return this.read("values");
  }
  set values(input: unknown) {
    this.write("values", input, (t, exec) => writeGrid(t, exec, "values", input));
  }
  get formulas(): Grid {
    return this.read("formulas");
  }
  set formulas(input: unknown) {
    this.write("formulas", input, (t, exec) => writeGrid(t, exec, "formulas", input));
  }
  get numberFormat(): Grid {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown) {
    this.write("numberFormat", input, (t, exec) => writeGrid(t, exec, "numberFormat", input));
  }

  get columnHidden(): boolean | null {
    return this.read("columnHidden");
  }
  set columnHidden(value: boolean) {
    this.write("columnHidden", value, (t, exec) => setColumnHidden(t, exec, value));
  }

  get format(): RangeFormat {
    this.formatProxy ??= new RangeFormat(this.batch, `${this.path}.format`, this.locateSelf);
    return this.formatProxy;
  }

  get worksheet(): Worksheet {
    const locate = this.locateSelf;
    this.worksheetProxy ??= new Worksheet(
      this.batch,
      `${this.path}.worksheet`,
      (exec) => locate(exec)?.sheet,
    );
    return this.worksheetProxy;
  }

  getCell(row: number, column: number): Range {
    const locate = this.locateSelf;
    return new Range(this.batch, `${this.path}.getCell(${row}, ${column})`, (exec) => {
      const t = locate(exec);
      if (t === undefined) return undefined;
      const block = { row: t.block.row + row, column: t.block.column + column, rowCount: 1, columnCount: 1 };
      return shifted(t, block, "Range.getCell");
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    this.requireApi("getResizedRange", "1.2");
    const locate = this.locateSelf;
    return new Range(this.batch, `${this.path}.getResizedRange(${deltaRows}, ${deltaColumns})`, (exec) => {
      const t = locate(exec);
      if (t === undefined) return undefined;
      const block = {
        ...t.block,
        rowCount: t.block.rowCount + deltaRows,
        columnCount: t.block.columnCount + deltaColumns,
      };
      return shifted(t, block, "Range.getResizedRange");
    });
  }

  merge(across = false): void {
    this.requireApi("merge", "1.2");
    this.call("merge", [across], (t, exec) => mergeBlock(t.sheet, t.block, across, exec));
  }

  unmerge(): void {
    this.requireApi("unmerge", "1.2");
    this.call("unmerge", [], (t, exec) => unmergeBlock(t.sheet, t.block, exec));
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    const how = oneOf(["All", "Contents", "Formats"] as const, applyTo, "Range.clear");
    this.call("clear", [how], (t, exec) => clearBlock(t, exec, how));
  }

  select(): void {
    this.call("select", [], (t, exec) => {
      if (t.sheet.visibility !== "Visible")
        throw new EmulatorError(
          "InvalidOperation",
          "A range on a hidden sheet cannot be selected.",
          "Range.select",
        );
      exec.assign(exec.workbook, "activeSheet", t.sheet.name);
      exec.assign(exec.workbook, "selection", formatAddress(t.sheet.name, t.block));
    });
  }

  /** The target of a Range given as an argument (freezeAt, setPosition, charts.add, …). */
  static targetIn(range: Range, batch: Batch, exec: Execution): RangeTarget | undefined {
    return ClientObject.targetOf(range, batch, exec);
  }
}
