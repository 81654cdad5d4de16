import { snapshot } from "../../../src/emulator";
import { ClientObject } from "../../../src/emulator/client-object";
import { capabilitiesOf } from "../../../src/io/excel/excel-run";
import {
  appendExplanation,
  removeExplanation,
  updateExplanation,
} from "../../../src/io/excel/edit-explanations";
import { readWorkbookGrid } from "../../../src/io/excel/read-workbook";
import type { ExplanationsSheet } from "../../../src/core/settings/settings";
import { generateReport } from "../../../src/taskpane/workflow";
import type { ExcelPort } from "../../../src/taskpane/workflow";
import { emulated, exampleWorkbook } from "./emulated-excel";

const LIST: ExplanationsSheet = {
  name: "Förklaringar",
  role: "explanations",
  headerRow: 1,
  unit: "tkr",
  columns: { level: "A", text: "B", amount: "C" },
};

describe("the adapter fails safe", () => {
  it("an unloaded-property bug fails: with load() made a no-op, reading the workbook throws PropertyNotLoaded", async () => {
    const { port } = emulated(await exampleWorkbook());
    const load = jest.spyOn(ClientObject.prototype, "load").mockImplementation(function (
      this: ClientObject<never, never>,
    ) {
      return this;
    } as never);
    try {
      await expect(readWorkbookGrid(port.run)).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    } finally {
      load.mockRestore();
    }
  });

  it("a write that fails leaves the workbook as it was: no temporary or half-written sheet remains", async () => {
    const { emulator, port } = emulated(await exampleWorkbook());
    const before = emulator.workbook.sheets.map((s) => s.name);
    let syncs = 0;
    const failing: ExcelPort = {
      ...port,
      run: (batch) =>
        port.run((context) => {
          // The report's second sync (the one that writes the sheets) fails, as a dropped connection would.
          const failSecond = (): Promise<void> =>
            ++syncs === 2
              ? Promise.reject(Object.assign(new Error("nätet föll bort"), { code: "GeneralException" }))
              : context.sync();
          const proxy = new Proxy(context, {
            get: (target, prop): unknown =>
              prop === "sync" ? failSecond : (Reflect.get(target, prop, target) as unknown),
          });
          return batch(proxy);
        }),
    };
    await expect(generateReport(failing, {}, () => undefined)).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(emulator.workbook.sheets.map((s) => s.name)).toEqual(before);
  });

  it("a cancelled generation leaves the workbook as it was", async () => {
    const { emulator, port } = emulated(await exampleWorkbook());
    const before = emulator.workbook.sheets.map((s) => s.name);
    const controller = new AbortController();
    const done = generateReport(
      port,
      {},
      (stage) => stage === "skriver" && controller.abort(),
      controller.signal,
    );
    await expect(done).rejects.toMatchObject({ name: "AbortError" });
    expect(emulator.workbook.sheets.map((s) => s.name)).toEqual(before);
  });

  it("requires ExcelApi 1.9, the manifest's minimum: 1.8 is too old, 1.9 has every capability", () => {
    expect(capabilitiesOf((n, v) => n === "ExcelApi" && Number(v) <= 1.8)).toBeUndefined();
    expect(capabilitiesOf((n, v) => n === "ExcelApi" && Number(v) <= 1.9)).toEqual({
      pageLayout: true,
      suspendScreenUpdating: true,
      indentLevel: true,
      gridlines: true,
    });
  });
});

describe("editing explanations, one row at a time", () => {
  it("appends after the last row, updates and clears only that row, and writes user text as text", async () => {
    const { emulator, port } = emulated(await exampleWorkbook());
    const before = snapshot(emulator.workbook, "Förklaringar");
    const { row } = await appendExplanation(port.run, LIST, {
      level: "LSS",
      text: "=1+1 är inte en formel",
      amount: -300,
    });
    expect(row).toBe(before.length + 1);
    expect(snapshot(emulator.workbook, "Förklaringar", "formulas")[row - 1]).toEqual([
      "LSS",
      "=1+1 är inte en formel",
      -300,
    ]);
    const sheet = emulator.workbook.sheets.find((s) => s.name === "Förklaringar");
    expect(sheet?.cells.get(row - 1, 1)?.formula).toBeUndefined();
    const appended = { level: "LSS", text: "=1+1 är inte en formel", amount: -300 };
    await updateExplanation(port.run, LIST, row, appended, {
      level: "LSS",
      text: "Lägre kostnader",
      amount: 400,
    });
    expect(snapshot(emulator.workbook, "Förklaringar")[row - 1]).toEqual(["LSS", "Lägre kostnader", 400]);
    await removeExplanation(port.run, LIST, row, { level: "LSS", text: "Lägre kostnader", amount: 400 });
    expect(snapshot(emulator.workbook, "Förklaringar")).toEqual(before);
  });

  it("creates the explanations sheet, with a header the engine recognises, when there is none", async () => {
    const workbook = await exampleWorkbook();
    workbook.sheets = workbook.sheets.filter((s) => s.name !== "Förklaringar");
    const { emulator, port } = emulated(workbook);
    const { layout } = await appendExplanation(port.run, undefined, {
      level: "LSS",
      text: "Vakanta tjänster",
      amount: 1200,
    });
    expect(layout.name).toBe("Förklaringar");
    expect(snapshot(emulator.workbook, "Förklaringar")).toEqual([
      ["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr"],
      ["LSS", "Vakanta tjänster", 1200],
    ]);
  });
});
