/**
 * Range.format.borders: the four outer edges. Excel stores a shared edge once, so A1's bottom border is
 * also A2's top; the emulator stores it on the cell it was set on and reads it from either side.
 */
import type { Batch } from "./batch";
import { formatAt, patchFormat, uniform } from "./cell-format";
import type { Locator } from "./client-object";
import { ClientObject } from "./client-object";
import type { BorderEdge, BorderFormat } from "./model";
import { NO_BORDER } from "./model";
import type { RangeTarget } from "./range-cells";
import { checkEditable, normalizeColor, oneOf } from "./sheet-rules";

/** The cells an edge runs along: EdgeTop is the top of the range's first row, and so on. */
function edgeBlock(t: RangeTarget, edge: BorderEdge): RangeTarget {
  const b = t.block;
  switch (edge) {
    case "EdgeTop":
      return { sheet: t.sheet, block: { ...b, rowCount: 1 } };
    case "EdgeBottom":
      return { sheet: t.sheet, block: { ...b, row: b.row + b.rowCount - 1, rowCount: 1 } };
    case "EdgeLeft":
      return { sheet: t.sheet, block: { ...b, columnCount: 1 } };
    case "EdgeRight":
      return { sheet: t.sheet, block: { ...b, column: b.column + b.columnCount - 1, columnCount: 1 } };
  }
}

/** The neighbour sharing an edge: A1's bottom is A2's top, and Excel reads it from either side. */
const OPPOSITE: Record<BorderEdge, [BorderEdge, number, number]> = {
  EdgeTop: ["EdgeBottom", -1, 0],
  EdgeBottom: ["EdgeTop", 1, 0],
  EdgeLeft: ["EdgeRight", 0, -1],
  EdgeRight: ["EdgeLeft", 0, 1],
};

function borderAt(t: RangeTarget, edge: BorderEdge, r: number, c: number): BorderFormat {
  const own = formatAt(t.sheet, r, c, "borders")?.[edge];
  if (own !== undefined) return own;
  const [other, dr, dc] = OPPOSITE[edge];
  const next = r + dr >= 0 && c + dc >= 0 ? formatAt(t.sheet, r + dr, c + dc, "borders")?.[other] : undefined;
  return next ?? NO_BORDER;
}

const EDGES: readonly BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
/** Excel has these too; the emulator does not model them. */
const UNMODELLED_EDGES: readonly string[] = [
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

export class RangeBorderCollection extends ClientObject<RangeTarget, object> {
  constructor(batch: Batch, path: string, locator: Locator<RangeTarget>) {
    super(batch, { typeName: "RangeBorderCollection", readers: {} }, path, locator);
    Object.preventExtensions(this);
  }
  getItem(index: BorderEdge): RangeBorder {
    const locate = this.locateSelf;
    if (UNMODELLED_EDGES.includes(index)) throw this.unknownMember(`getItem("${index}")`);
    return new RangeBorder(this.batch, `${this.path}.getItem("${index}")`, index, (exec) => {
      const edge = oneOf(EDGES, index, "RangeBorderCollection.getItem");
      const t = locate(exec);
      return t === undefined ? undefined : edgeBlock(t, edge);
    });
  }
}

interface BorderProps {
  style: BorderFormat["style"] | null;
  weight: BorderFormat["weight"] | null;
  color: string | null;
  sideIndex: BorderEdge;
}

const STYLES: readonly BorderFormat["style"][] = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
const WEIGHTS: readonly BorderFormat["weight"][] = ["Hairline", "Thin", "Medium", "Thick"];

export class RangeBorder extends ClientObject<RangeTarget, BorderProps> {
  constructor(
    batch: Batch,
    path: string,
    private readonly edge: BorderEdge,
    locator: Locator<RangeTarget>,
  ) {
    const pick =
      <K extends keyof BorderFormat>(key: K) =>
      (t: RangeTarget) =>
        uniform(t.block, (r, c) => borderAt(t, edge, r, c)[key]);
    super(
      batch,
      {
        typeName: "RangeBorder",
        readers: {
          style: pick("style"),
          weight: pick("weight"),
          color: pick("color"),
          sideIndex: () => edge,
        },
      },
      path,
      locator,
    );
    Object.preventExtensions(this);
  }

  /** `patch` runs at sync, so an invalid value fails the sync as in Excel. */
  private change(
    prop: "style" | "weight" | "color",
    value: unknown,
    patchOf: () => Partial<BorderFormat>,
  ): void {
    this.write(prop, value, (t, exec) => {
      const patch = patchOf();
      checkEditable(t.sheet, "formatCells", `RangeBorder.${prop}`);
      patchFormat(t.sheet, t.block, exec, (old) => {
        const border = {
          ...(old.borders?.[this.edge] ?? { style: "Continuous", weight: "Thin", color: "#000000" }),
        };
        return { ...old, borders: { ...old.borders, [this.edge]: { ...border, ...patch } } };
      });
    });
  }

  get sideIndex(): BorderEdge {
    return this.read("sideIndex");
  }
  get style(): BorderFormat["style"] | null {
    return this.read("style");
  }
  set style(value: BorderFormat["style"]) {
    this.change("style", value, () => ({ style: oneOf(STYLES, value, "RangeBorder.style") }));
  }
  get weight(): BorderFormat["weight"] | null {
    return this.read("weight");
  }
  set weight(value: BorderFormat["weight"]) {
    this.change("weight", value, () => ({ weight: oneOf(WEIGHTS, value, "RangeBorder.weight") }));
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(value: string) {
    this.change("color", value, () => ({ color: normalizeColor(value, "RangeBorder.color") }));
  }
}
