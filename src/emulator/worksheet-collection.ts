/** Workbook.worksheets: find, add and list sheets. Names are compared ignoring case, as in Excel. */
import type { Batch } from "./batch";
import type { LoadOption } from "./client-object";
import { ClientObject, loadPaths } from "./client-object";
import { itemNotFound, propertyNotLoaded } from "./errors";
import type { EmulatedSheet, EmulatedWorkbook } from "./model";
import { createSheet, findSheet } from "./model";
import { checkSheetName } from "./sheet-rules";
import { Worksheet } from "./worksheet";
import { checkStructure } from "./workbook-protection";

export class WorksheetCollection extends ClientObject<EmulatedWorkbook, object> {
  private loadedItems: Worksheet[] | undefined = undefined;

  constructor(batch: Batch) {
    super(
      batch,
      { typeName: "WorksheetCollection", readers: {} },
      "workbook.worksheets",
      (exec) => exec.workbook,
    );
    Object.preventExtensions(this);
  }

  /** The sheets in tab order, after load("items") or load("items/name, …") and a sync. */
  get items(): Worksheet[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded("WorksheetCollection", "items");
    return this.loadedItems;
  }

  /**
   * Loads the items with the named properties ("items/name" or "name"), or all of them ("items" or
   * nothing), as office.js does for collections.
   */
  override load(option?: LoadOption): this {
    const props = [
      ...new Set(
        loadPaths(option)
          .map((p) => p.replace(/^items\/?/, ""))
          .filter((p) => p !== ""),
      ),
    ];
    for (const p of props) if (p.includes("/")) throw this.unknownMember(`items/${p}`);
    this.batch.enqueue({
      statement: `${this.path}.load(${props.join(",")})`,
      request: { path: this.path, load: props.length === 0 ? ["items"] : props.map((p) => `items/${p}`) },
      run: (exec) => {
        const items = exec.workbook.sheets.map(
          (sheet, i) => new Worksheet(this.batch, `${this.path}.items[${i}]`, () => sheet),
        );
        exec.charge(2 + items.length);
        for (const item of items) ClientObject.loadItem(item, exec, props);
        exec.onSuccess(() => (this.loadedItems = items));
      },
    });
    return this;
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.batch, `${this.path}.getItem(${JSON.stringify(key)})`, (exec) => {
      const sheet = findSheet(exec.workbook, key);
      if (sheet === undefined)
        throw itemNotFound(`There is no worksheet named "${key}".`, "WorksheetCollection.getItem");
      return sheet;
    });
  }

  getItemOrNullObject(key: string): Worksheet {
    this.requireApi("getItemOrNullObject", "1.4");
    return new Worksheet(
      this.batch,
      `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`,
      (exec) => findSheet(exec.workbook, key),
      true,
    );
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.batch, `${this.path}.getActiveWorksheet()`, (exec) => {
      const wb = exec.workbook;
      const active = wb.activeSheet === undefined ? undefined : findSheet(wb, wb.activeSheet);
      const sheet = active ?? wb.sheets.find((s) => s.visibility === "Visible");
      if (sheet === undefined)
        throw itemNotFound("The workbook has no visible sheet.", "WorksheetCollection");
      return sheet;
    });
  }

  /** Adds a sheet at the end (not activated, as Excel documents); without a name Excel picks "SheetN". */
  add(name?: string): Worksheet {
    let created: EmulatedSheet | undefined;
    this.call("add", [name ?? null], (workbook, exec) => {
      checkStructure(workbook, "WorksheetCollection.add");
      let chosen = name;
      for (let n = workbook.sheets.length + 1; chosen === undefined; n++)
        if (findSheet(workbook, `Sheet${n}`) === undefined) chosen = `Sheet${n}`;
      const sheet = createSheet(checkSheetName(workbook, chosen, "WorksheetCollection.add"));
      exec.assign(workbook, "sheets", [...workbook.sheets, sheet]);
      created = sheet;
    });
    return new Worksheet(this.batch, `${this.path}.add(${JSON.stringify(name ?? "")})`, () => created);
  }
}
