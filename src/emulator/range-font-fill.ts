/** Range.format.font and Range.format.fill. */
import type { Batch } from "./batch";
import { common, setField } from "./cell-format";
import type { Locator } from "./client-object";
import { ClientObject } from "./client-object";
import { invalidArgument } from "./errors";
import type { RangeTarget } from "./range-cells";
import { booleanArg, normalizeColor, numberIn } from "./sheet-rules";

interface FontProps {
  bold: boolean | null;
  italic: boolean | null;
  size: number | null;
  color: string | null;
  name: string | null;
}

const FONT_SPEC = {
  typeName: "RangeFont",
  readers: {
    bold: (t: RangeTarget) => common(t, "bold"),
    italic: (t: RangeTarget) => common(t, "italic"),
    size: (t: RangeTarget) => common(t, "fontSize"),
    color: (t: RangeTarget) => common(t, "fontColor"),
    name: (t: RangeTarget) => common(t, "fontName"),
  },
};

export class RangeFont extends ClientObject<RangeTarget, FontProps> {
  constructor(batch: Batch, path: string, locator: Locator<RangeTarget>) {
    super(batch, FONT_SPEC, path, locator);
    Object.preventExtensions(this);
  }
  get bold(): boolean | null {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.write("bold", value, (t, exec) =>
      setField("bold", booleanArg(value, "RangeFont.bold"), "formatCells", "RangeFont.bold")(t, exec),
    );
  }
  get italic(): boolean | null {
    return this.read("italic");
  }
  set italic(value: boolean) {
    this.write("italic", value, (t, exec) =>
      setField("italic", booleanArg(value, "RangeFont.italic"), "formatCells", "RangeFont.italic")(t, exec),
    );
  }
  get size(): number | null {
    return this.read("size");
  }
  set size(value: number) {
    this.write("size", value, (t, exec) =>
      setField(
        "fontSize",
        numberIn(1, 409, value, "RangeFont.size"),
        "formatCells",
        "RangeFont.size",
      )(t, exec),
    );
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(value: string) {
    this.write("color", value, (t, exec) =>
      setField(
        "fontColor",
        normalizeColor(value, "RangeFont.color"),
        "formatCells",
        "RangeFont.color",
      )(t, exec),
    );
  }
  get name(): string | null {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (t, exec) => {
      if (typeof value !== "string" || value === "")
        throw invalidArgument("A font name is required.", "RangeFont.name");
      setField("fontName", value, "formatCells", "RangeFont.name")(t, exec);
    });
  }
}

const FILL_SPEC = {
  typeName: "RangeFill",
  readers: { color: (t: RangeTarget) => common(t, "fillColor") },
};

export class RangeFill extends ClientObject<RangeTarget, { color: string | null }> {
  constructor(batch: Batch, path: string, locator: Locator<RangeTarget>) {
    super(batch, FILL_SPEC, path, locator);
    Object.preventExtensions(this);
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(value: string) {
    this.write("color", value, (t, exec) =>
      setField(
        "fillColor",
        normalizeColor(value, "RangeFill.color"),
        "formatCells",
        "RangeFill.color",
      )(t, exec),
    );
  }
  clear(): void {
    this.call("clear", [], setField("fillColor", undefined, "formatCells", "RangeFill.clear"));
  }
}
