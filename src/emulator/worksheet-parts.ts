/** Worksheet.protection, Worksheet.freezePanes and Worksheet.pageLayout. */
import type { Batch } from "./batch";
import type { Locator } from "./client-object";
import { ClientObject } from "./client-object";
import { EmulatorError, invalidArgument } from "./errors";
import type { EmulatedSheet, PageLayoutModel, PaperType, ProtectionOptions } from "./model";
import { PAPER_TYPES } from "./model";
import { Range } from "./range";
import { booleanArg, oneOf } from "./sheet-rules";
import { parseAddress } from "./address";
import type { Execution } from "./execution";

interface ProtectionProps {
  protected: boolean;
  options: ProtectionOptions;
}

const PROTECTION_SPEC = {
  typeName: "WorksheetProtection",
  readers: {
    protected: (s: EmulatedSheet) => s.protection.protected,
    options: (s: EmulatedSheet) => ({ ...s.protection.options }),
  },
};

export class WorksheetProtection extends ClientObject<EmulatedSheet, ProtectionProps> {
  constructor(batch: Batch, path: string, locator: Locator<EmulatedSheet>) {
    super(batch, PROTECTION_SPEC, path, locator);
    Object.preventExtensions(this);
  }

  get protected(): boolean {
    return this.read("protected");
  }
  get options(): ProtectionOptions {
    return this.read("options");
  }

  /**
   * Fails if the sheet is already protected, as Excel documents. Options not given are Excel's
   * defaults (those of its Protect Sheet dialog): cells can be selected, nothing else is allowed.
   */
  protect(options?: ProtectionOptions, password?: string): void {
    if (password !== undefined) this.requireApi("protect", "1.7");
    for (const key of Object.keys(options ?? {}))
      if ((OPTIONS_1_7 as readonly string[]).includes(key)) this.requireApi(`protect(options.${key})`, "1.7");
    this.call("protect", [options ?? null, password === undefined ? null : "********"], (sheet, exec) => {
      if (sheet.protection.protected)
        throw new EmulatorError(
          "InvalidOperation",
          `The sheet "${sheet.name}" is already protected.`,
          "WorksheetProtection.protect",
        );
      exec.assign(sheet, "protection", {
        protected: true,
        options: protectionOptions(options ?? {}),
        ...(password === undefined || password === "" ? {} : { password }),
      });
    });
  }

  unprotect(password?: string): void {
    if (password !== undefined) this.requireApi("unprotect", "1.7");
    this.call("unprotect", [password === undefined ? null : "********"], (sheet, exec) => {
      const expected = sheet.protection.password;
      if (sheet.protection.protected && expected !== undefined && expected !== password)
        throw invalidArgument("The password is incorrect.", "WorksheetProtection.unprotect");
      exec.assign(sheet, "protection", { protected: false, options: {} });
    });
  }
}

/** WorksheetProtectionOptions members of ExcelApi 1.7 (the others are 1.2). */
const OPTIONS_1_7 = ["allowEditObjects", "allowEditScenarios", "selectionMode"] as const;

const ALLOW_KEYS = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
] as const;

/** Every option, as Excel reports them back after protect: given ones checked, the rest its defaults. */
function protectionOptions(given: ProtectionOptions): Required<ProtectionOptions> {
  const location = "WorksheetProtection.protect";
  for (const key of Object.keys(given))
    if (key !== "selectionMode" && !(ALLOW_KEYS as readonly string[]).includes(key))
      throw invalidArgument(`"${key}" is not a protection option.`, location);
  const options = {} as Required<ProtectionOptions>;
  for (const key of ALLOW_KEYS)
    options[key] = given[key] === undefined ? false : booleanArg(given[key], `${location}(options.${key})`);
  options.selectionMode =
    given.selectionMode === undefined
      ? "Normal"
      : oneOf(
          ["Normal", "Unlocked", "None"] as const,
          given.selectionMode,
          `${location}(options.selectionMode)`,
        );
  return options;
}

/**
 * Frozen rows and columns; a window setting, so protection does not stop it. Freezing panes makes the
 * sheet the active one, as Excel does even when the sheet is not shown (office-js #3148).
 */
export class WorksheetFreezePanes extends ClientObject<EmulatedSheet, object> {
  constructor(batch: Batch, path: string, locator: Locator<EmulatedSheet>) {
    super(batch, { typeName: "WorksheetFreezePanes", readers: {} }, path, locator);
    Object.preventExtensions(this);
  }

  freezeRows(count = 1): void {
    this.call("freezeRows", [count], (sheet, exec) => {
      if (!Number.isInteger(count) || count < 0)
        throw invalidArgument("The row count must be a whole number.", "WorksheetFreezePanes.freezeRows");
      exec.assign(sheet, "frozen", { rows: count, columns: 0 });
      activateFrozen(sheet, exec);
    });
  }

  freezeColumns(count = 1): void {
    this.call("freezeColumns", [count], (sheet, exec) => {
      if (!Number.isInteger(count) || count < 0)
        throw invalidArgument(
          "The column count must be a whole number.",
          "WorksheetFreezePanes.freezeColumns",
        );
      exec.assign(sheet, "frozen", { rows: 0, columns: count });
      activateFrozen(sheet, exec);
    });
  }

  /** Freezes the rows above and the columns left of the range's bottom-right corner, inclusive. */
  freezeAt(frozenRange: Range | string): void {
    const batch = this.batch;
    this.call("freezeAt", [typeof frozenRange === "string" ? frozenRange : "Range"], (sheet, exec) => {
      let block;
      if (typeof frozenRange === "string") {
        block = parseAddress(frozenRange)?.block;
        if (block === undefined)
          throw invalidArgument(`"${frozenRange}" is not an address.`, "WorksheetFreezePanes.freezeAt");
      } else {
        const target = Range.targetIn(frozenRange, batch, exec);
        if (target === undefined) return;
        if (target.sheet !== sheet)
          throw invalidArgument("The range is on another sheet.", "WorksheetFreezePanes.freezeAt");
        block = target.block;
      }
      exec.assign(sheet, "frozen", {
        rows: block.row + block.rowCount,
        columns: block.column + block.columnCount,
      });
      activateFrozen(sheet, exec);
    });
  }

  unfreeze(): void {
    this.call("unfreeze", [], (sheet, exec) => exec.assign(sheet, "frozen", { rows: 0, columns: 0 }));
  }
}

function activateFrozen(sheet: EmulatedSheet, exec: Execution): void {
  if (sheet.visibility === "Visible") exec.assign(exec.workbook, "activeSheet", sheet.name);
}

interface PageLayoutProps {
  orientation: PageLayoutModel["orientation"];
  paperSize: PaperType;
  zoom: PageLayoutModel["zoom"];
}

const PAGE_SPEC = {
  typeName: "PageLayout",
  readers: {
    orientation: (s: EmulatedSheet) => s.pageLayout.orientation,
    paperSize: (s: EmulatedSheet) => s.pageLayout.paperSize,
    zoom: (s: EmulatedSheet) => ({ ...s.pageLayout.zoom }),
  },
};

/** Exists only from ExcelApi 1.9 (Worksheet.pageLayout checks that). */
export class PageLayout extends ClientObject<EmulatedSheet, PageLayoutProps> {
  constructor(batch: Batch, path: string, locator: Locator<EmulatedSheet>) {
    super(batch, PAGE_SPEC, path, locator);
    Object.preventExtensions(this);
  }

  get orientation(): PageLayoutModel["orientation"] {
    return this.read("orientation");
  }
  set orientation(value: PageLayoutModel["orientation"]) {
    this.write("orientation", value, (sheet, exec) => {
      const orientation = oneOf(["Portrait", "Landscape"] as const, value, "PageLayout.orientation");
      exec.assign(sheet, "pageLayout", { ...sheet.pageLayout, orientation });
    });
  }
  get paperSize(): PaperType {
    return this.read("paperSize");
  }
  set paperSize(value: PaperType) {
    this.write("paperSize", value, (sheet, exec) => {
      const paperSize = oneOf(PAPER_TYPES, value, "PageLayout.paperSize");
      exec.assign(sheet, "pageLayout", { ...sheet.pageLayout, paperSize });
    });
  }
  get zoom(): PageLayoutModel["zoom"] {
    return this.read("zoom");
  }
  /** Excel's zoom is either a scale (10–400) or a number of pages wide and tall. */
  set zoom(value: PageLayoutModel["zoom"]) {
    this.write("zoom", value, (sheet, exec) => {
      const { scale, horizontalFitToPages: h, verticalFitToPages: v } = value;
      const pages = (n: unknown): boolean => n === undefined || (Number.isInteger(n) && (n as number) >= 0);
      const ok =
        scale === undefined
          ? pages(h) && pages(v)
          : h === undefined && v === undefined && scale >= 10 && scale <= 400;
      if (!ok)
        throw invalidArgument(
          "The zoom is not a scale from 10 to 400 or a number of pages.",
          "PageLayout.zoom",
        );
      exec.assign(sheet, "pageLayout", { ...sheet.pageLayout, zoom: { ...value } });
    });
  }

  setPrintTitleRows(rows: Range | string): void {
    const batch = this.batch;
    this.call("setPrintTitleRows", [typeof rows === "string" ? rows : "Range"], (sheet, exec) => {
      let address: string;
      if (typeof rows === "string") {
        const parsed = parseAddress(rows);
        if (parsed === undefined || parsed.block.columnCount !== 16_384)
          throw invalidArgument(
            `"${rows}" is not a block of whole rows, like "$1:$3".`,
            "PageLayout.setPrintTitleRows",
          );
        address = rows;
      } else {
        const target = Range.targetIn(rows, batch, exec);
        if (target === undefined) return;
        address = `$${target.block.row + 1}:$${target.block.row + target.block.rowCount}`;
      }
      exec.assign(sheet, "pageLayout", { ...sheet.pageLayout, printTitleRows: address });
    });
  }
}
