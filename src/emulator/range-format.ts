/**
 * Range.format: alignment, wrapping, indent, column width and row height, and the way to font, fill
 * and borders. A read gives the cells' common value or null when they differ; a write formats every
 * cell (or whole columns / rows) at sync, if protection allows it.
 */
import type { Batch } from "./batch";
import { common, setField, uniform } from "./cell-format";
import type { Loadable, Locator } from "./client-object";
import { ClientObject } from "./client-object";
import { invalidArgument } from "./errors";
import type { HorizontalAlignment } from "./model";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, MAX_COLUMNS, MAX_ROWS } from "./model";
import { RangeBorderCollection } from "./range-borders";
import type { RangeTarget } from "./range-cells";
import { RangeFill, RangeFont } from "./range-font-fill";
import { booleanArg, checkEditable, numberIn, oneOf } from "./sheet-rules";

const ALIGNMENTS: readonly HorizontalAlignment[] = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];

interface FormatProps {
  horizontalAlignment: HorizontalAlignment | null;
  wrapText: boolean | null;
  indentLevel: number | null;
  columnWidth: number | null;
  rowHeight: number | null;
}

const FORMAT_SPEC = {
  typeName: "RangeFormat",
  readers: {
    horizontalAlignment: (t: RangeTarget) => common(t, "horizontalAlignment"),
    wrapText: (t: RangeTarget) => common(t, "wrapText"),
    indentLevel: (t: RangeTarget) => common(t, "indentLevel"),
    columnWidth: (t: RangeTarget) =>
      uniform({ ...t.block, row: 0, rowCount: 1 }, (_, c) => t.sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH),
    rowHeight: (t: RangeTarget) =>
      uniform({ ...t.block, column: 0, columnCount: 1 }, (r) => t.sheet.rowHeights[r] ?? DEFAULT_ROW_HEIGHT),
  },
  propertyApi: { indentLevel: "1.9", columnWidth: "1.2", rowHeight: "1.2" },
};

export class RangeFormat extends ClientObject<RangeTarget, FormatProps> {
  private fontProxy: RangeFont | undefined = undefined;
  private fillProxy: RangeFill | undefined = undefined;
  private bordersProxy: RangeBorderCollection | undefined = undefined;

  constructor(batch: Batch, path: string, locator: Locator<RangeTarget>) {
    super(batch, FORMAT_SPEC, path, locator);
    Object.preventExtensions(this);
  }

  protected override child(name: string): Loadable | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    return undefined;
  }

  get font(): RangeFont {
    this.fontProxy ??= new RangeFont(this.batch, `${this.path}.font`, this.locateSelf);
    return this.fontProxy;
  }
  get fill(): RangeFill {
    this.fillProxy ??= new RangeFill(this.batch, `${this.path}.fill`, this.locateSelf);
    return this.fillProxy;
  }
  get borders(): RangeBorderCollection {
    this.bordersProxy ??= new RangeBorderCollection(this.batch, `${this.path}.borders`, this.locateSelf);
    return this.bordersProxy;
  }

  get horizontalAlignment(): HorizontalAlignment | null {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(value: HorizontalAlignment) {
    const loc = "RangeFormat.horizontalAlignment";
    this.write("horizontalAlignment", value, (t, exec) =>
      setField("horizontalAlignment", oneOf(ALIGNMENTS, value, loc), "formatCells", loc)(t, exec),
    );
  }
  get wrapText(): boolean | null {
    return this.read("wrapText");
  }
  set wrapText(value: boolean) {
    const loc = "RangeFormat.wrapText";
    this.write("wrapText", value, (t, exec) =>
      setField("wrapText", booleanArg(value, loc), "formatCells", loc)(t, exec),
    );
  }
  get indentLevel(): number | null {
    return this.read("indentLevel");
  }
  set indentLevel(value: number) {
    const loc = "RangeFormat.indentLevel";
    this.write("indentLevel", value, (t, exec) =>
      setField("indentLevel", Math.trunc(numberIn(0, 250, value, loc)), "formatCells", loc)(t, exec),
    );
  }
  get columnWidth(): number | null {
    return this.read("columnWidth");
  }
  set columnWidth(value: number) {
    const loc = "RangeFormat.columnWidth";
    this.write("columnWidth", value, (t, exec) => {
      const width = numberIn(0, 1_790, value, loc);
      checkEditable(t.sheet, "formatColumns", loc);
      const next = { ...t.sheet.columnWidths };
      for (let c = t.block.column; c < t.block.column + t.block.columnCount && c < MAX_COLUMNS; c++)
        next[c] = width;
      exec.assign(t.sheet, "columnWidths", next);
    });
  }
  get rowHeight(): number | null {
    return this.read("rowHeight");
  }
  set rowHeight(value: number) {
    const loc = "RangeFormat.rowHeight";
    this.write("rowHeight", value, (t, exec) => {
      const height = numberIn(0, 409, value, loc);
      checkEditable(t.sheet, "formatRows", loc);
      if (t.block.rowCount === MAX_ROWS) throw invalidArgument("Set the height of fewer rows at once.", loc);
      const next = { ...t.sheet.rowHeights };
      for (let r = t.block.row; r < t.block.row + t.block.rowCount; r++) next[r] = height;
      exec.assign(t.sheet, "rowHeights", next);
    });
  }
}
